package org.wasmpart.core.protection;

import java.util.Map;
import java.util.TreeMap;

/**
 * What RISC-V PMP lets U-mode do, decoded from raw pmpaddrN/pmpNcfg values and the grain only
 * (privileged spec, "Physical Memory Protection"): the lowest-numbered entry whose range holds the
 * address decides, no match denies U-mode. Only the given entries are known: a TOR entry whose
 * bottom comes from an entry not given (other than entry 0, whose bottom is 0) is an error, since
 * its range would depend on registers the encoder does not own.
 */
final class PmpOracle {

    private record Entry(long pmpaddr, int cfg) {
        int mode() {
            return cfg >>> 3 & 3;
        }
    }

    private final TreeMap<Integer, Entry> entries = new TreeMap<>();
    private final long grain;

    /**
     * @param registers each entry's registers, with keys pmpaddrN and pmpNcfg
     * @param grain     2^(G+2) bytes
     */
    PmpOracle(Iterable<? extends Map<String, Long>> registers, long grain) {
        this.grain = grain;
        for (Map<String, Long> r : registers) {
            Integer index = null;
            Long pmpaddr = null;
            Long cfg = null;
            for (Map.Entry<String, Long> register : r.entrySet()) {
                String name = register.getKey();
                if (name.startsWith("pmpaddr")) {
                    index = Integer.valueOf(name.substring("pmpaddr".length()));
                    pmpaddr = register.getValue();
                } else if (name.matches("pmp\\d+cfg")) {
                    cfg = register.getValue();
                }
            }
            if (index == null || cfg == null || !r.containsKey("pmp" + index + "cfg")) {
                throw new IllegalStateException("not one PMP entry: " + r);
            }
            if (pmpaddr < 0 || pmpaddr > 0xFFFFFFFFL || cfg < 0 || cfg > 0xFF) {
                throw new IllegalStateException("register out of range: " + r);
            }
            if (entries.put(index, new Entry(pmpaddr, cfg.intValue())) != null) {
                throw new IllegalStateException("entry " + index + " programmed twice");
            }
        }
    }

    Access user(long address) {
        for (Map.Entry<Integer, Entry> e : entries.entrySet()) {
            if (matches(e.getKey(), e.getValue(), address)) {
                return access(e.getKey(), e.getValue().cfg());
            }
        }
        return Access.NONE;
    }

    private boolean matches(int index, Entry entry, long address) {
        return switch (entry.mode()) {
            case 0 -> false;
            case 1 -> matchesTor(index, entry, address);
            case 2 -> {
                if (grain != 4) {
                    throw new IllegalStateException("entry " + index + " is NA4, not selectable with a grain of " + grain);
                }
                long base = entry.pmpaddr() << 2;
                yield base <= address && address < base + 4;
            }
            default -> {
                // G >= 2 makes pmpaddr[G-2:0] read as ones in NAPOT mode
                long pmpaddr = grain >= 16 ? entry.pmpaddr() | (grain >>> 3) - 1 : entry.pmpaddr();
                int ones = Long.numberOfTrailingZeros(~pmpaddr);
                long size = 1L << ones + 3;
                long base = (pmpaddr & -(1L << ones + 1)) << 2;
                yield base <= address && address < base + size;
            }
        };
    }

    /**
     * The spec leaves open whether the bottom taken from a NAPOT-mode neighbour is read with that
     * entry's forced low bits; both readings must agree, else the encoding depends on the part.
     */
    private boolean matchesTor(int index, Entry entry, long address) {
        long bottom;
        if (index == 0) {
            bottom = 0;
        } else {
            Entry below = entries.get(index - 1);
            if (below == null) {
                throw new IllegalStateException("TOR entry " + index + " takes its bottom from entry " + (index - 1)
                        + ", which the encoding does not program");
            }
            bottom = below.pmpaddr() << 2;
        }
        // G >= 1 makes pmpaddr[G-1:0] read as zeros in TOR mode
        long top = entry.pmpaddr() << 2 & -grain;
        boolean raw = bottom <= address && address < top;
        boolean onGrain = (bottom & -grain) <= address && address < top;
        if (raw != onGrain) {
            throw new IllegalStateException("TOR entry " + index + " matches 0x" + Long.toHexString(address)
                    + " only under one reading of its bottom");
        }
        return raw;
    }

    private static Access access(int index, int cfg) {
        boolean r = (cfg & 1) != 0;
        boolean w = (cfg & 2) != 0;
        boolean x = (cfg & 4) != 0;
        if (w && !r) {
            throw new IllegalStateException("entry " + index + " has W without R, a reserved encoding");
        }
        if (x && !r) {
            throw new IllegalStateException("entry " + index + " is execute-only, which no module is granted");
        }
        return r ? Access.of(true, w, x) : Access.NONE;
    }
}
