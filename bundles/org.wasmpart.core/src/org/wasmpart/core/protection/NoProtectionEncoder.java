package org.wasmpart.core.protection;

import java.util.List;

import org.wasmpart.model.ProtectionKind;

/** A core without MPU, PMP or MMU: nothing can be enforced, so only an empty access set is exact. */
public final class NoProtectionEncoder implements ProtectionEncoder {

    @Override
    public ProtectionKind kind() {
        return ProtectionKind.NONE;
    }

    /** Nothing separates addresses; any byte boundary will do. */
    @Override
    public long granule(UnitParameters unit) {
        return 1;
    }

    /** Nothing to cover. */
    @Override
    public boolean packingSuffices() {
        return true;
    }

    @Override
    public Encoding encode(AccessSet accessSet, UnitParameters unit) {
        if (accessSet.ranges().isEmpty()) {
            return new Encoding.Encoded(List.of(), 0);
        }
        return new Encoding.Infeasible(EncodingFailure.NO_HARDWARE_PROTECTION, null, 0, 0,
                "this core has no memory protection unit, so every module can reach all memory and the permission "
                        + "differences of " + accessSet.domain()
                        + " cannot be enforced in hardware; only the memory option (bounds checks in software) can "
                        + "enforce them, or choose a core with an MPU, PMP or MMU");
    }
}
