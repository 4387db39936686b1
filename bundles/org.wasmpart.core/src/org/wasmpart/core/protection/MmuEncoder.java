package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.List;

import org.wasmpart.model.ProtectionKind;

/**
 * An MMU with identity-mapped pages: one mapping per maximal run. Page tables have room for every
 * page, so there is no entry budget: {@link Encoding.Encoded#available()} is
 * {@link Integer#MAX_VALUE} and only page alignment can make a set infeasible.
 */
public final class MmuEncoder implements ProtectionEncoder {

    @Override
    public ProtectionKind kind() {
        return ProtectionKind.MMU;
    }

    @Override
    public long granule(UnitParameters unit) {
        return unit.pageSize();
    }

    @Override
    public Encoding encode(AccessSet accessSet, UnitParameters unit) {
        long page = unit.pageSize();
        List<HardwareEntry> mappings = new ArrayList<>();
        for (AccessRange run : accessSet.runs()) {
            if (run.base() % page != 0 || run.end() % page != 0) {
                long base = run.base() - run.base() % page;
                long end = Math.ceilDiv(run.end(), page) * page;
                return new Encoding.Infeasible(EncodingFailure.MISALIGNED, run, 0, Integer.MAX_VALUE,
                        run + " does not start and end on a " + formatSize(page)
                                + " page, the smallest unit the MMU maps; use [" + formatAddress(base) + ", "
                                + formatAddress(end) + ") or make its base and size multiples of " + formatSize(page));
            }
            mappings.add(new MmuMapping(unit.firstFree() + mappings.size(), run.base(), run.size(), page, run.access(),
                    run.type()));
        }
        return new Encoding.Encoded(mappings, Integer.MAX_VALUE);
    }
}
