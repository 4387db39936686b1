package org.wasmpart.core.protection;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * A RISC-V PMP entry: the lowest-numbered matching entry decides; a TOR entry matches
 * {@code pmpaddr[i-1] << 2 <= a < pmpaddr[i] << 2}.
 *
 * @param index   entry number
 * @param mode    OFF, TOR, NA4 or NAPOT
 * @param read    R
 * @param write   W
 * @param execute X
 * @param locked  L: locked until reset, and enforced on M-mode too
 * @param pmpaddr the pmpaddr register (address bits 33:2, NAPOT size encoded in the low bits)
 */
public record PmpEntry(int index, PmpMode mode, boolean read, boolean write, boolean execute, boolean locked,
        long pmpaddr) implements HardwareEntry {

    /** The entry's byte of pmpcfg: L(7) A(4:3) X(2) W(1) R(0). */
    public int cfg() {
        return (locked ? 0x80 : 0) | mode.field() << 3 | (execute ? 4 : 0) | (write ? 2 : 0) | (read ? 1 : 0);
    }

    /** pmpaddr of a NAPOT entry covering [base, base + size), size a power of two of at least 8. */
    public static long napot(long base, long size) {
        return (base >>> 2) | ((size >>> 3) - 1);
    }

    @Override
    public SequencedMap<String, Long> registers() {
        SequencedMap<String, Long> r = new LinkedHashMap<>();
        r.put("pmpaddr" + index, pmpaddr);
        r.put("pmp" + index + "cfg", (long) cfg());
        return r;
    }

    @Override
    public String describe() {
        return String.format("entry %d: %s pmpaddr=0x%08X %s%s%s%s", index, mode, pmpaddr, read ? "R" : "-",
                write ? "W" : "-", execute ? "X" : "-", locked ? " L" : "");
    }
}
