package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.List;

/**
 * What one of a module's entries matches and what it gives unprivileged code (U-mode) there, read
 * from the entry's decoded fields as the architecture defines them rather than taken from the
 * access set the encoder was given: the report states what the hardware will do, and a test holds
 * it equal to what the design grants.
 *
 * @param entry   the entry
 * @param matched the spans it matches: several for a PMSAv7 region with disabled subregions, none
 *                for a PMP entry that only gives the next TOR entry its bottom
 * @param access  what it allows where it decides; {@link Access#NONE} for an entry that denies
 * @param decides the parts of {@code matched} no other of the module's entries overrides (PMP: a
 *                lower number wins; PMSAv7: a higher one; PMSAv8: an address two regions match
 *                faults, so neither decides it; MMU mappings never overlap)
 */
public record EntryCoverage(HardwareEntry entry, List<AddressSpan> matched, Access access, List<AddressSpan> decides) {

    /**
     * The coverage of a module's entries, in their order.
     *
     * @param pmpGrain the PMP grain in bytes (2^(G+2)); unused for other kinds
     */
    public static List<EntryCoverage> of(List<HardwareEntry> entries, long pmpGrain) {
        List<List<AddressSpan>> matched = new ArrayList<>();
        for (HardwareEntry e : entries) {
            matched.add(matched(e, entries, pmpGrain));
        }
        List<EntryCoverage> coverage = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<AddressSpan> overriding = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                if (j != i && overrides(entries.get(j), entries.get(i))) {
                    overriding.addAll(matched.get(j));
                }
            }
            List<AddressSpan> decides = new ArrayList<>();
            matched.get(i).forEach(s -> decides.addAll(s.minus(overriding)));
            coverage.add(new EntryCoverage(entries.get(i), List.copyOf(matched.get(i)), access(entries.get(i)),
                    List.copyOf(decides)));
        }
        return coverage;
    }

    /** Whether {@code other} takes from {@code entry} the addresses both match. */
    private static boolean overrides(HardwareEntry other, HardwareEntry entry) {
        return switch (entry) {
            case PmpEntry p -> other.index() < p.index();
            case PmsaV7Region r -> other.index() > r.index();
            case PmsaV8Region r -> true;
            case MmuMapping m -> true;
        };
    }

    private static List<AddressSpan> matched(HardwareEntry entry, List<HardwareEntry> all, long pmpGrain) {
        return switch (entry) {
            case PmsaV7Region r -> enabledSubregions(r);
            case PmsaV8Region r -> List.of(new AddressSpan(r.base(), r.limit() + 1));
            case MmuMapping m -> List.of(AddressSpan.of(m.base(), m.size()));
            case PmpEntry p -> pmp(p, all, Math.max(4, pmpGrain));
        };
    }

    /** A region of 256 B or more is eight subregions, each off when its SRD bit is set. */
    private static List<AddressSpan> enabledSubregions(PmsaV7Region r) {
        if (r.srd() == 0) {
            return List.of(AddressSpan.of(r.base(), r.size()));
        }
        long eighth = r.size() / 8;
        List<AddressSpan> spans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if ((r.srd() >>> i & 1) != 0) {
                continue;
            }
            long from = r.base() + i * eighth;
            AddressSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == from) {
                spans.set(spans.size() - 1, new AddressSpan(last.base(), from + eighth));
            } else {
                spans.add(AddressSpan.of(from, eighth));
            }
        }
        return spans;
    }

    /** The privileged spec's matching: TOR from the entry below's address, NA4, NAPOT by trailing ones. */
    private static List<AddressSpan> pmp(PmpEntry p, List<HardwareEntry> all, long grain) {
        return switch (p.mode()) {
            case OFF -> List.of();
            case NA4 -> List.of(AddressSpan.of(p.pmpaddr() << 2, 4));
            case NAPOT -> {
                // G >= 2 makes pmpaddr[G-2:0] read as ones
                long pmpaddr = grain >= 16 ? p.pmpaddr() | (grain >>> 3) - 1 : p.pmpaddr();
                int ones = Long.numberOfTrailingZeros(~pmpaddr);
                yield List.of(AddressSpan.of((pmpaddr & -(1L << ones + 1)) << 2, 1L << ones + 3));
            }
            case TOR -> {
                long bottom = p.index() == 0 ? 0 : all.stream().filter(e -> e.index() == p.index() - 1)
                        .map(e -> ((PmpEntry) e).pmpaddr() << 2).findFirst()
                        .orElseThrow(() -> new IllegalStateException("TOR entry " + p.index()
                                + " takes its bottom from an entry the module does not program"));
                // G >= 1 makes pmpaddr[G-1:0] read as zeros
                long top = p.pmpaddr() << 2 & -grain;
                yield top > bottom ? List.of(new AddressSpan(bottom, top)) : List.of();
            }
        };
    }

    private static Access access(HardwareEntry entry) {
        return switch (entry) {
            case PmsaV7Region r -> {
                // RASR.AP for unprivileged code: 010, 011, 110, 111 read; only 011 writes
                boolean read = r.ap() == 0b010 || r.ap() == 0b011 || r.ap() == 0b110 || r.ap() == 0b111;
                yield Access.of(read, read && r.ap() == 0b011, read && !r.xn());
            }
            case PmsaV8Region r -> {
                // RBAR.AP: 1 read-write and 3 read-only at any privilege; 0 and 2 privileged only
                boolean read = r.ap() == 1 || r.ap() == 3;
                yield Access.of(read, r.ap() == 1, read && !r.xn());
            }
            case PmpEntry p -> p.mode() == PmpMode.OFF ? Access.NONE : Access.of(p.read(), p.write(), p.execute());
            case MmuMapping m -> m.access();
        };
    }
}
