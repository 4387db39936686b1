package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ARMv8-M MPU lets unprivileged code do, decoded from raw RNR/RBAR/RLAR values only
 * (Armv8-M ARM, MPU_RBAR/MPU_RLAR; Arm doc 100699): a region is [RBAR.BASE, RLAR.LIMIT:11111] when
 * RLAR.EN is set, and an address in two enabled regions faults.
 */
final class PmsaV8Oracle {

    /** Thrown where the hardware would fault whatever the access: two regions match. */
    static final class OverlapFault extends RuntimeException {
        OverlapFault(long address) {
            super(String.format("0x%08X is in two enabled regions: MemManage fault", address));
        }
    }

    private record Region(long base, long limit, long ap, boolean xn) {
    }

    private final List<Region> regions = new ArrayList<>();

    /** @param registers each programmed region's registers, with keys RNR, RBAR, RLAR */
    PmsaV8Oracle(List<? extends Map<String, Long>> registers) {
        Set<Long> numbers = new HashSet<>();
        for (Map<String, Long> r : registers) {
            long rnr = r.get("RNR");
            long rbar = r.get("RBAR");
            long rlar = r.get("RLAR");
            if (!numbers.add(rnr)) {
                throw new IllegalStateException("region " + rnr + " programmed twice");
            }
            if ((rlar & 1) == 1) {
                regions.add(new Region(rbar & 0xFFFFFFE0L, rlar & 0xFFFFFFE0L | 0x1F, rbar >>> 1 & 3,
                        (rbar & 1) == 1));
            }
        }
    }

    Access unprivileged(long address) {
        List<Region> hits = regions.stream().filter(r -> r.base() <= address && address <= r.limit()).toList();
        if (hits.size() > 1) {
            throw new OverlapFault(address);
        }
        if (hits.isEmpty()) {
            return Access.NONE;
        }
        Region hit = hits.get(0);
        return switch ((int) hit.ap()) {
            case 1 -> hit.xn() ? Access.RW : Access.RWX;
            case 3 -> hit.xn() ? Access.R : Access.RX;
            default -> Access.NONE;
        };
    }
}
