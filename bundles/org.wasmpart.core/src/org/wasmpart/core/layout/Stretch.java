package org.wasmpart.core.layout;

import org.wasmpart.model.MemoryBank;

/**
 * A free stretch of one bank: what is left between the memories whose base the layout keeps.
 *
 * @param bank  the bank (as the design refers to it)
 * @param start first free address
 * @param end   first address past the stretch
 */
record Stretch(MemoryBank bank, long start, long end) {

    boolean holds(long base, long size) {
        return base >= start && base + size <= end;
    }
}
