package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * The access set of one module: its private memory (read-write) and every region or subpartition
 * it is granted. Where grants overlap (a region and one of its subpartitions) the module may do
 * what either allows. The runtime's own code is not here: profiles reserve entries for it; nor
 * are regions a reserved entry of the design serves in every domain ({@link ServedRegions}).
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
            if (fits(module.getBase(), own)) {
                raw.add(privateRange(module, module.getBase()));
            }
        }
        for (Grant g : reaching(module)) {
            Optional<Long> base = baseOf(g.getTarget());
            if (base.isEmpty()) {
                return Optional.empty();
            }
            if (fits(base.get(), g.getTarget().getSize())) {
                raw.add(grantedRange(g, base.get()));
            }
        }
        return Optional.of(new AccessSet(Designs.label(module), union(raw)));
    }

    /**
     * The module's access set as it is wherever the layout puts its memories: one byte for each
     * different access and memory type its ranges have, apart from each other. A placement moves
     * whole memories, which never overlap, so it changes where the ranges are but never which kinds
     * there are (a region's subpartitions keep their offsets, and their union with a grant of the
     * whole region is worked out here as in {@link #of}). An entry holds one kind, so
     * {@link ProtectionEncoder#entryFloor} of this set bounds every layout from below, before there
     * is one.
     */
    public static AccessSet anywhere(WasmModule module) {
        record Kind(Access access, MemoryType type, boolean shareable) {
            Kind(AccessRange range) {
                this(range.access(), range.type(), range.shareable());
            }
        }
        Set<Kind> kinds = new LinkedHashSet<>();
        if (privateSize(module) > 0) {
            kinds.add(new Kind(privateRange(module, 0)));
        }
        Map<SharedRegion, List<AccessRange>> byRegion = new LinkedHashMap<>();
        for (Grant g : reaching(module)) {
            SharedRegion region = Designs.regionOf(g.getTarget());
            long offset = g.getTarget() instanceof Subpartition s ? s.getOffset() : 0;
            if (region != null && fits(offset, g.getTarget().getSize())) {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(grantedRange(g, offset));
            }
        }
        byRegion.values().forEach(ranges -> union(ranges).forEach(piece -> kinds.add(new Kind(piece))));
        List<AccessRange> ranges = new ArrayList<>();
        for (Kind kind : kinds) {
            ranges.add(new AccessRange(2L * ranges.size(), 1, kind.access(), kind.type(), kind.shareable(),
                    "memories of " + Designs.label(module) + " with " + kind.access() + " access"));
        }
        return new AccessSet(Designs.label(module), ranges);
    }

    /**
     * The grants that give the module a range of its own: those on something of a size, in a
     * region no reserved entry of the design serves in every domain.
     */
    private static List<Grant> reaching(WasmModule module) {
        Set<SharedRegion> served = module.eContainer() instanceof Design d ? ServedRegions.of(d).keySet()
                : Collections.emptySet();
        return module.getGrants().stream().filter(g -> g.getTarget() != null && g.getTarget().getSize() > 0
                && !served.contains(Designs.regionOf(g.getTarget()))).toList();
    }

    /** A module's private memory at {@code base}: read-write, normal memory, not shared. */
    private static AccessRange privateRange(WasmModule module, long base) {
        return new AccessRange(base, privateSize(module), Access.RW, MemoryType.NORMAL_WRITE_BACK, false,
                "private memory of " + Designs.label(module));
    }

    /** What a grant gives at {@code base}: its permission on shared normal memory. */
    private static AccessRange grantedRange(Grant grant, long base) {
        return new AccessRange(base, grant.getTarget().getSize(), Access.of(grant.getPermission()),
                MemoryType.NORMAL_WRITE_BACK, true, what(grant.getTarget()));
    }

    /**
     * Memory that runs past the 32-bit address space cannot exist; the placement check reports
     * it outside every bank, and the encoders never see it.
     */
    private static boolean fits(long base, long size) {
        return size > 0 && base + size <= org.wasmpart.model.util.Quantities.ADDRESS_SPACE;
    }

    private static String what(Shareable target) {
        return target instanceof Subpartition s && s.eContainer() instanceof SharedRegion r
                ? "subpartition " + Designs.label(r) + "." + Designs.label(s)
                : "region " + Designs.label(target);
    }

    /**
     * Splits overlapping ranges at every boundary and gives each piece the union of the accesses
     * over it, sweeping the boundaries once (O(n log n)); a piece is named after the first listed
     * range over it.
     */
    static List<AccessRange> union(List<AccessRange> ranges) {
        record Edge(long at, boolean opens, int range) {
        }
        List<Edge> edges = new ArrayList<>(2 * ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            edges.add(new Edge(ranges.get(i).base(), true, i));
            edges.add(new Edge(ranges.get(i).end(), false, i));
        }
        edges.sort(java.util.Comparator.comparingLong(Edge::at));
        TreeSet<Integer> open = new TreeSet<>();
        int[] counts = new int[4];
        List<AccessRange> pieces = new ArrayList<>();
        long from = 0;
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            if (!open.isEmpty() && edge.at() > from) {
                AccessRange first = ranges.get(open.first());
                Access access = Access.of(counts[0] > 0, counts[1] > 0, counts[2] > 0);
                pieces.add(new AccessRange(from, edge.at() - from, access, first.type(), counts[3] > 0, first.origin()));
            }
            AccessRange r = ranges.get(edge.range());
            int delta = edge.opens() ? 1 : -1;
            counts[0] += r.access().read() ? delta : 0;
            counts[1] += r.access().write() ? delta : 0;
            counts[2] += r.access().execute() ? delta : 0;
            counts[3] += r.shareable() ? delta : 0;
            if (edge.opens()) {
                open.add(edge.range());
            } else {
                open.remove(edge.range());
            }
            from = edge.at();
        }
        return pieces;
    }
}
