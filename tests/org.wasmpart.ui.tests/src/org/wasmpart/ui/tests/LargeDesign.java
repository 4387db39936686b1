package org.wasmpart.ui.tests;

/**
 * The text of a design far larger than the examples, for tests of the editor's responsiveness: an
 * STM32H743 (ARMv7-M MPU, the costliest unit to encode) with 32 modules in SRAM1 and 1,000 regions
 * of 256 B packed into the AXI SRAM, each written by one module and read by the next, so every
 * module reaches about 62 regions and validation has real work to do.
 */
final class LargeDesign {

    static final int MODULES = 32;
    static final int REGIONS = 1000;

    private LargeDesign() {
    }

    static String text() {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                    id="large" name="large" board="wasmpart:/catalog/boards#stm32h743zi"
                    runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"
                    profiles="wasmpart:/catalog/profiles#bare-metal wasmpart:/catalog/profiles#wamr"
                    memoryOption="wasmpart:/catalog/options#mpu-partitions">
                """);
        for (int m = 0; m < MODULES; m++) {
            b.append("  <modules id=\"m%d\" name=\"m%d\" linearMemory=\"3 KiB\" stack=\"1 KiB\" base=\"0x%08X\"%n"
                    .formatted(m, m, 0x30000000 + m * 4096))
                    .append("      bank=\"wasmpart:/catalog/boards#stm32h743zi.sram1\">\n");
            for (int r = m; r < REGIONS; r += MODULES) {
                b.append("    <grants target=\"#r%d\" permission=\"RW\"/>%n".formatted(r));
            }
            for (int r = (m + MODULES - 1) % MODULES; r < REGIONS; r += MODULES) {
                b.append("    <grants target=\"#r%d\" permission=\"R\"/>%n".formatted(r));
            }
            b.append("  </modules>\n");
        }
        for (int r = 0; r < REGIONS; r++) {
            b.append("  <regions id=\"r%d\" name=\"r%d\" size=\"256\" base=\"0x%08X\"%n"
                    .formatted(r, r, 0x24000000 + r * 256))
                    .append("      bank=\"wasmpart:/catalog/boards#stm32h743zi.axisram\"/>\n");
        }
        return b.append("</wasmpart:Design>\n").toString();
    }
}
