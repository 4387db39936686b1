package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * The access set of one module: its private memory (read-write) and every region or subpartition
 * it is granted. Where grants overlap (a region and one of its subpartitions) the module may do
 * what either allows. The runtime's own code is not here: profiles reserve entries for it.
 */
public final class ModuleAccess {

    private ModuleAccess() {
    }

    /** Bytes of a module's private memory: linear memory, stack and heap, contiguous. */
    public static long privateSize(WasmModule module) {
        return module.getLinearMemory() + module.getStack() + module.getHeap();
    }

    /** Where a region or subpartition starts, when its region has a base. */
    public static Optional<Long> baseOf(Shareable target) {
        return switch (target) {
            case SharedRegion r -> r.isSetBase() ? Optional.of(r.getBase()) : Optional.empty();
            case Subpartition s -> s.eContainer() instanceof SharedRegion r && r.isSetBase()
                    ? Optional.of(r.getBase() + s.getOffset()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The module's access set, or empty when something it reaches has no address yet (the
     * layout has not placed it).
     */
    public static Optional<AccessSet> of(WasmModule module) {
        List<AccessRange> raw = new ArrayList<>();
        long own = privateSize(module);
        if (own > 0) {
            if (!module.isSetBase()) {
                return Optional.empty();
            }
            raw.add(new AccessRange(module.getBase(), own, Access.RW, MemoryType.NORMAL_WRITE_BACK, false,
                    "private memory of " + Designs.label(module)));
        }
        for (Grant g : module.getGrants()) {
            if (g.getTarget() == null || g.getTarget().getSize() == 0) {
                continue;
            }
            Optional<Long> base = baseOf(g.getTarget());
            if (base.isEmpty()) {
                return Optional.empty();
            }
            raw.add(new AccessRange(base.get(), g.getTarget().getSize(), Access.of(g.getPermission()),
                    MemoryType.NORMAL_WRITE_BACK, true, what(g.getTarget())));
        }
        return Optional.of(new AccessSet(Designs.label(module), union(raw)));
    }

    private static String what(Shareable target) {
        return target instanceof Subpartition s && s.eContainer() instanceof SharedRegion r
                ? "subpartition " + Designs.label(r) + "." + Designs.label(s)
                : "region " + Designs.label(target);
    }

    /** Splits overlapping ranges at every boundary and gives each piece the union of accesses. */
    static List<AccessRange> union(List<AccessRange> ranges) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (AccessRange r : ranges) {
            cuts.add(r.base());
            cuts.add(r.end());
        }
        List<AccessRange> pieces = new ArrayList<>();
        Long from = null;
        for (long cut : cuts) {
            if (from != null) {
                AccessRange piece = piece(ranges, from, cut);
                if (piece != null) {
                    pieces.add(piece);
                }
            }
            from = cut;
        }
        return pieces;
    }

    private static AccessRange piece(List<AccessRange> ranges, long from, long to) {
        Access access = Access.NONE;
        AccessRange first = null;
        boolean shareable = false;
        for (AccessRange r : ranges) {
            if (r.base() <= from && r.end() >= to) {
                access = access.union(r.access());
                shareable |= r.shareable();
                if (first == null) {
                    first = r;
                }
            }
        }
        return first == null ? null
                : new AccessRange(from, to - from, access, first.type(), shareable, first.origin());
    }
}
