package org.wasmpart.core.protection;

import java.util.List;
import java.util.SequencedMap;

/**
 * Decodes identity mappings of ARMv7-A short-descriptor small pages from their raw values only
 * (the first page's descriptor and the page count), as the MMU would translate an unprivileged
 * access: AP[2:0] 011 full access, 010 and 11x read-only, else none; XN forbids execution.
 */
final class MmuOracle {

    private record Mapping(long base, long end, Access access) {
    }

    private final List<Mapping> mappings;

    MmuOracle(List<SequencedMap<String, Long>> registers, long pageSize) {
        this.mappings = registers.stream().map(r -> decode(r, pageSize)).toList();
    }

    private static Mapping decode(SequencedMap<String, Long> r, long pageSize) {
        long descriptor = r.get("descriptor");
        if ((descriptor & 0b10) == 0) {
            throw new AssertionError("not a small-page descriptor: " + Long.toHexString(descriptor));
        }
        long base = descriptor & ~0xFFFL;
        int ap = (int) ((descriptor >> 9 & 1) << 2 | (descriptor >> 4 & 3));
        boolean xn = (descriptor & 1) != 0;
        boolean read = ap == 0b010 || ap == 0b011 || ap == 0b110 || ap == 0b111;
        boolean write = ap == 0b011;
        return new Mapping(base, base + r.get("pages") * pageSize, read ? Access.of(true, write, !xn) : Access.NONE);
    }

    /** The access of unprivileged code at the address; unmapped pages fault. */
    Access access(long address) {
        Access found = Access.NONE;
        int hits = 0;
        for (Mapping m : mappings) {
            if (address >= m.base() && address < m.end()) {
                found = m.access();
                hits++;
            }
        }
        if (hits > 1) {
            throw new AssertionError("address 0x" + Long.toHexString(address) + " is mapped twice");
        }
        return found;
    }
}
