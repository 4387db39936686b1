package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.List;

import org.wasmpart.model.ProtectionKind;

/**
 * ARMv8-M MPU (PMSAv8): one region per maximal run. A region spans any number of 32-byte granules
 * but two enabled regions must never share an address (that faults), so regions cannot be layered
 * and a run cannot be given in fewer than one region: one per run is the minimum.
 */
public final class PmsaV8Encoder implements ProtectionEncoder {

    /** RBAR.AP[2:1] read/write at any privilege. */
    private static final int AP_RW_ANY = 1;
    /** RBAR.AP[2:1] read-only at any privilege. */
    private static final int AP_RO_ANY = 3;
    /** RBAR.SH inner shareable. */
    private static final int SH_INNER = 3;

    @Override
    public ProtectionKind kind() {
        return ProtectionKind.PMSA_V8;
    }

    @Override
    public long granule(UnitParameters unit) {
        return unit.granularity();
    }

    /** A region is any 32-byte-aligned base and limit. */
    @Override
    public boolean packingSuffices() {
        return true;
    }

    @Override
    public Encoding encode(AccessSet accessSet, UnitParameters unit) {
        List<AccessRange> runs = accessSet.runs();
        int available = unit.available();
        if (runs.isEmpty()) {
            return new Encoding.Encoded(List.of(), available);
        }
        if (available == 0) {
            return new Encoding.Infeasible(EncodingFailure.NO_FREE_ENTRIES, null, runs.size(), 0,
                    "all " + unit.entryCount() + " MPU regions are taken (" + unit.reserved()
                            + " reserved by the RTOS and runtime), none is left for " + accessSet.domain()
                            + "; reserve fewer regions or use a part with more");
        }
        long granule = granule(unit);
        AccessRange offGrain = OffGrain.first(runs, granule);
        if (offGrain != null) {
            return OffGrain.refuse(offGrain, granule, granule + "-byte granule of the ARMv8-M MPU", runs.size(),
                    available);
        }
        if (runs.size() > available) {
            return new Encoding.Infeasible(EncodingFailure.BUDGET_EXCEEDED, null, runs.size(), available,
                    accessSet.domain() + " needs " + runs.size()
                            + " MPU regions (one per run of touching ranges with the same access and memory type), but "
                            + available + " are free; place ranges with the same access and type next to each other "
                            + "so they share a region, or grant fewer separate ranges");
        }
        List<HardwareEntry> regions = new ArrayList<>();
        for (AccessRange run : runs) {
            regions.add(region(unit.firstFree() + regions.size(), run));
        }
        return new Encoding.Encoded(regions, available);
    }

    private static PmsaV8Region region(int index, AccessRange run) {
        Access access = run.access();
        return new PmsaV8Region(index, run.base(), run.end() - 1, access.write() ? AP_RW_ANY : AP_RO_ANY,
                !access.execute(), run.shareable() ? SH_INNER : 0, PmsaV8Region.attributeIndex(run.type()));
    }
}
