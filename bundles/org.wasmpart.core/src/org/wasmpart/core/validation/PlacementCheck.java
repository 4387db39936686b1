package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/** Where memories sit: inside their bank, not on each other, within each bank's capacity. */
final class PlacementCheck extends FeatureCheck {

    /** Sort keys hold the base above and the design order below these bits. */
    private static final int ORDER_BITS = 24;
    private static final long ORDER_MASK = (1L << ORDER_BITS) - 1;

    private Placements state;

    PlacementCheck() {
        super(Literals.SHARED_REGION__BASE,
                Literals.SHAREABLE__SIZE,
                Literals.SHARED_REGION__BANK,
                Literals.WASM_MODULE__BASE,
                Literals.WASM_MODULE__LINEAR_MEMORY,
                Literals.WASM_MODULE__STACK,
                Literals.WASM_MODULE__HEAP,
                Literals.WASM_MODULE__BANK,
                Literals.SUBPARTITION__OFFSET,
                Literals.DESIGN__REGIONS,
                Literals.SHARED_REGION__SUBPARTITIONS);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        if (state == null || state.design != design || context.placementChanges() == null) {
            state = new Placements(design);
        } else {
            for (EObject touched : context.placementChanges()) {
                state.update(touched);
            }
        }
        state.report(findings);
    }

    /**
     * Every module's private memory and every region in design order, as primitive arrays so
     * that a pass after an edit only re-reads the objects the edit touched, then sorts and sweeps
     * numbers; findings about one object are kept until that object changes.
     */
    private static final class Placements {

        private final Design design;
        private final EObject[] owners;
        private final Map<EObject, Integer> index = new IdentityHashMap<>();
        private final long[] base;
        private final long[] size;
        private final boolean[] placed;
        private final MemoryBank[] bank;
        private final MemoryBank[] effectiveBank;
        private final Finding[] outside;
        private final List<List<Finding>> parts;
        private long[] keys;
        private int outsideCount;
        private int partsCount;
        private Map<MemoryBank, long[]> used;

        Placements(Design design) {
            this.design = design;
            List<EObject> all = new ArrayList<>(design.getModules());
            all.addAll(design.getRegions());
            owners = all.toArray(EObject[]::new);
            int n = owners.length;
            base = new long[n];
            size = new long[n];
            placed = new boolean[n];
            bank = new MemoryBank[n];
            effectiveBank = new MemoryBank[n];
            outside = new Finding[n];
            parts = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
            for (int i = 0; i < n; i++) {
                index.put(owners[i], i);
                read(i);
            }
            sort();
        }

        /** Bytes assigned to each bank, banks in the order their first memory appears. */
        private Map<MemoryBank, long[]> sums() {
            Map<MemoryBank, long[]> sums = new LinkedHashMap<>();
            for (int i = 0; i < owners.length; i++) {
                if (effectiveBank[i] != null && present(i)) {
                    sums.computeIfAbsent(effectiveBank[i], k -> new long[1])[0] += size[i];
                }
            }
            return sums;
        }

        void update(EObject touched) {
            Integer i = index.get(touched);
            if (i != null) {
                long oldBase = base[i];
                boolean wasPlaced = placed[i];
                MemoryBank oldBank = present(i) ? effectiveBank[i] : null;
                long oldSize = size[i];
                read(i);
                if (oldBase != base[i] || wasPlaced != placed[i]) {
                    keys = null;
                }
                MemoryBank newBank = present(i) ? effectiveBank[i] : null;
                if (used != null && oldBank == newBank && newBank != null) {
                    used.get(newBank)[0] += size[i] - oldSize;
                } else if (oldBank != newBank) {
                    used = null;
                }
            }
        }

        private void read(int i) {
            outsideCount -= outside[i] != null ? 1 : 0;
            partsCount -= parts.get(i).isEmpty() ? 0 : 1;
            switch (owners[i]) {
                case WasmModule m -> {
                    size[i] = ModuleAccess.privateSize(m);
                    placed[i] = m.isSetBase() && size[i] > 0;
                    base[i] = m.isSetBase() ? m.getBase() : 0;
                    bank[i] = m.getBank();
                }
                case SharedRegion r -> {
                    size[i] = r.getSize();
                    placed[i] = r.isSetBase();
                    base[i] = r.isSetBase() ? r.getBase() : 0;
                    bank[i] = r.getBank();
                    parts.set(i, subpartitionFindings(r));
                }
                default -> throw new IllegalStateException(owners[i].toString());
            }
            effectiveBank[i] = bank[i] != null ? bank[i]
                    : placed[i] ? Designs.bankAt(design, base[i]).orElse(null) : null;
            outside[i] = placed[i] && present(i) ? outsideBank(i) : null;
            outsideCount += outside[i] != null ? 1 : 0;
            partsCount += parts.get(i).isEmpty() ? 0 : 1;
        }

        private boolean present(int i) {
            return size[i] > 0 || owners[i] instanceof SharedRegion;
        }

        private void sort() {
            long[] k = new long[owners.length];
            int count = 0;
            for (int i = 0; i < owners.length; i++) {
                if (placed[i] && present(i)) {
                    k[count++] = base[i] << ORDER_BITS | i;
                }
            }
            Arrays.sort(k, 0, count);
            keys = Arrays.copyOf(k, count);
        }

        void report(List<Finding> findings) {
            for (int i = 0; outsideCount > 0 && i < owners.length; i++) {
                if (outside[i] != null) {
                    findings.add(outside[i]);
                }
            }
            if (keys == null) {
                sort();
            }
            overlaps(findings);
            capacity(findings);
            for (int i = 0; partsCount > 0 && i < owners.length; i++) {
                findings.addAll(parts.get(i));
            }
        }

        /** Each memory that starts before the furthest end seen so far overlaps the memory reaching furthest. */
        private void overlaps(List<Finding> findings) {
            int reach = -1;
            for (long key : keys) {
                int i = (int) (key & ORDER_MASK);
                if (reach >= 0 && base[i] < base[reach] + size[reach]) {
                    findings.add(Finding.of(DiagnosticCode.REGION_OVERLAP, owners[i], what(i) + " at "
                            + formatAddress(base[i]) + " overlaps " + what(reach) + " (which ends at "
                            + formatAddress(base[reach] + size[reach] - 1) + "): move one of them or let the layout"
                            + " place it", Map.of("other", idOf(owners[reach]),
                                    "overlap", Math.min(base[i] + size[i], base[reach] + size[reach]) - base[i])));
                }
                if (reach < 0 || base[i] + size[i] > base[reach] + size[reach]) {
                    reach = i;
                }
            }
        }

        private void capacity(List<Finding> findings) {
            if (used == null) {
                used = sums();
            }
            used.forEach((b, bytes) -> {
                if (bytes[0] > b.getSize()) {
                    findings.add(Finding.of(DiagnosticCode.BANK_CAPACITY_EXCEEDED, design, "bank " + label(b)
                            + " holds " + formatSize(b.getSize()) + " but its modules and regions need "
                            + formatSize(bytes[0]) + ": move some to another bank or shrink them",
                            Map.of("bank", b.getId(), "needed", bytes[0], "capacity", b.getSize())));
                }
            });
        }

        private Finding outsideBank(int i) {
            long end = base[i] + size[i];
            if (bank[i] != null ? inside(base[i], end, bank[i]) : effectiveBank[i] != null
                    && inside(base[i], end, effectiveBank[i])) {
                return null;
            }
            String where = bank[i] != null
                    ? "bank " + label(bank[i]) + " [" + formatAddress(bank[i].getBase()) + ", +"
                            + formatSize(bank[i].getSize()) + ")"
                    : design.getBoard() == null ? "any memory bank (the design names no board)"
                            : "any memory bank of " + label(design.getBoard());
            return Finding.of(DiagnosticCode.REGION_OUTSIDE_BANK, owners[i], what(i) + " at ["
                    + formatAddress(base[i]) + ", +" + formatSize(size[i]) + ") is not inside " + where
                    + ": change its base or its bank", Map.of("base", base[i], "size", size[i]));
        }

        /** What the memory is, for messages; built only when a message needs it. */
        private String what(int i) {
            return owners[i] instanceof WasmModule m ? "private memory of module " + label(m)
                    : "region " + label((SharedRegion) owners[i]);
        }
    }

    private static boolean inside(long base, long end, MemoryBank b) {
        return base >= b.getBase() && end <= b.getBase() + b.getSize();
    }

    private static List<Finding> subpartitionFindings(SharedRegion r) {
        if (r.getSubpartitions().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<Subpartition> parts = new ArrayList<>(r.getSubpartitions());
        for (Subpartition s : parts) {
            if (s.getOffset() + s.getSize() > r.getSize()) {
                findings.add(Finding.of(DiagnosticCode.SUBPARTITION_OUTSIDE_REGION, s, "subpartition " + label(r) + "."
                        + label(s) + " ends at +" + formatSize(s.getOffset() + s.getSize()) + " but region " + label(r)
                        + " is " + formatSize(r.getSize()) + ": shrink the subpartition or grow the region",
                        Map.of("end", s.getOffset() + s.getSize(), "regionSize", r.getSize())));
            }
        }
        parts.sort(Comparator.comparingLong(Subpartition::getOffset));
        for (int i = 1; i < parts.size(); i++) {
            Subpartition prev = parts.get(i - 1);
            Subpartition next = parts.get(i);
            if (next.getOffset() < prev.getOffset() + prev.getSize()) {
                findings.add(Finding.of(DiagnosticCode.SUBPARTITION_OVERLAP, next, "subpartition " + label(r) + "."
                        + label(next) + " starts at +" + formatSize(next.getOffset()) + " inside " + label(prev)
                        + ": subpartitions of a region must not overlap", Map.of("other", prev.getId())));
            }
        }
        return findings;
    }

    private static String idOf(EObject o) {
        return o instanceof org.wasmpart.model.Identified i ? i.getId() : "";
    }
}
