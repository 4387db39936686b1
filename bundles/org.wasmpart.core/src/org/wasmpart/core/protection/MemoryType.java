package org.wasmpart.core.protection;

/**
 * The memory type an entry gives a range; encoders map it to TEX/C/B (PMSAv7), a MAIR attribute
 * (PMSAv8) or page attributes (MMU). RISC-V PMP carries no memory type (that is the PMA's job).
 */
public enum MemoryType {
    /** Normal memory, write-back, read- and write-allocate: ordinary SRAM. */
    NORMAL_WRITE_BACK,
    /** Normal memory, write-through, no write-allocate. */
    NORMAL_WRITE_THROUGH,
    /** Normal memory, not cacheable: buffers shared with DMA or another core without coherency. */
    NORMAL_NON_CACHEABLE,
    /** Device memory (peripherals): never speculated, never cached. */
    DEVICE
}
