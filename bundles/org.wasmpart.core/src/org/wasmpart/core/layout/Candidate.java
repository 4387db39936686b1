package org.wasmpart.core.layout;

/**
 * One place the exact mode may put a memory: a stretch, a base in it and a size (the asked size,
 * or rounded up).
 */
record Candidate(Item item, Stretch stretch, long base, long size) {

    long end() {
        return base + size;
    }

    /** Whether the memory, placed here, covers the address. */
    boolean covers(long address) {
        return base <= address && address < end();
    }

    Placement placement() {
        return new Placement(item.original(), stretch.bank(), base, size, 0);
    }
}
