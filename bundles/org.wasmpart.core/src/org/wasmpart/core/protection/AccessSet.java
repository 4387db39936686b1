package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Everything one protection domain (a module) may reach, as disjoint ranges sorted by address.
 * Every address outside the ranges must be inaccessible to the domain.
 */
public record AccessSet(String domain, List<AccessRange> ranges) {

    public AccessSet {
        List<AccessRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(AccessRange::base));
        for (int i = 1; i < sorted.size(); i++) {
            AccessRange prev = sorted.get(i - 1);
            AccessRange next = sorted.get(i);
            if (next.base() < prev.end()) {
                throw new IllegalArgumentException(domain + ": " + prev + " overlaps " + next);
            }
        }
        ranges = List.copyOf(sorted);
    }

    /** The access the domain must have at the address: that of its range there, else none. */
    public Access access(long address) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            AccessRange r = ranges.get(mid);
            if (address < r.base()) {
                hi = mid - 1;
            } else if (address >= r.end()) {
                lo = mid + 1;
            } else {
                return r.access();
            }
        }
        return Access.NONE;
    }

    /**
     * Maximal runs: touching ranges with the same access and attributes joined, since hardware
     * entries need not follow the boundaries between them.
     */
    public List<AccessRange> runs() {
        return join(AccessRange::sameAttributes);
    }

    /** Runs joined on access alone, for units that give memory no type (RISC-V PMP). */
    public List<AccessRange> runsByAccess() {
        return join((a, b) -> a.access() == b.access());
    }

    /** How many different attribute sets (access, memory type, shareability) the ranges have. */
    public int attributeKinds() {
        return (int) ranges.stream().map(r -> List.of(r.access(), r.type(), r.shareable())).distinct().count();
    }

    /** How many different accesses the ranges have. */
    public int accessKinds() {
        return (int) ranges.stream().map(AccessRange::access).distinct().count();
    }

    private List<AccessRange> join(BiPredicate<AccessRange, AccessRange> alike) {
        List<AccessRange> runs = new ArrayList<>();
        for (AccessRange r : ranges) {
            if (!runs.isEmpty()) {
                AccessRange last = runs.get(runs.size() - 1);
                if (last.end() == r.base() && alike.test(last, r)) {
                    runs.set(runs.size() - 1, new AccessRange(last.base(), last.size() + r.size(), last.access(),
                            last.type(), last.shareable(), last.origin() + " + " + r.origin()));
                    continue;
                }
            }
            runs.add(r);
        }
        return runs;
    }
}
