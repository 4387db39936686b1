package org.wasmpart.core.protection;

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
        AccessRange offPage = OffGrain.first(accessSet.runs(), page);
        if (offPage != null) {
            return OffGrain.refuse(offPage, page, formatSize(page) + " page, the smallest unit the MMU maps", 0,
                    Integer.MAX_VALUE);
        }
        for (AccessRange run : accessSet.runs()) {
            mappings.add(new MmuMapping(unit.firstFree() + mappings.size(), run.base(), run.size(), page, run.access(),
                    run.type()));
        }
        return new Encoding.Encoded(mappings, Integer.MAX_VALUE);
    }
}
