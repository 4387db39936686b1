package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.protection.AccessRange;
import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * Judges candidate layouts of one problem: writes them into the problem's copy of the design and
 * asks the encoder how many entries each module then needs. Modules whose access did not change
 * since an earlier candidate are answered from memory, which is what makes a search affordable.
 */
final class Costing {

    /** Entries an encoder may use while counting what a module needs, beyond any real budget. */
    private static final int COUNTING_HEADROOM = 64;

    /**
     * A judged layout: its cost, its placements with their waste, each module's entries, and
     * per module a lower bound no layout can beat, the encoder's {@link
     * org.wasmpart.core.protection.ProtectionEncoder#entryFloor floor}. (Placed memories never
     * overlap, so which accesses and attributes a set holds does not depend on the layout.)
     */
    record Judgement(LayoutCost cost, List<Placement> placements, Map<WasmModule, Integer> entries,
            Map<WasmModule, Integer> entryBound) {
    }

    private final LayoutProblem problem;
    private final UnitParameters counting;
    private final Map<EObject, Item> items = new IdentityHashMap<>();
    private final Map<List<AccessRange>, Integer> needed = new HashMap<>();
    private long evaluations;

    Costing(LayoutProblem problem) {
        this.problem = problem;
        UnitParameters u = problem.unit;
        this.counting = u == null ? null
                : new UnitParameters(u.kind(), u.firstFree() + COUNTING_HEADROOM, u.lockedEntries(), u.reserved(),
                        u.minRegionSize(), u.granularity(), u.subregions(), u.na4(), u.pageSize(), u.tor());
        problem.items.forEach(i -> items.put(i.original(), i));
    }

    long evaluations() {
        return evaluations;
    }

    /**
     * The cost of placing the given memories (the problem's other items stay unplaced). Each
     * placement's waste is recomputed: its rounding plus the gap below it in its stretch.
     */
    Judgement judge(List<Placement> placements) {
        evaluations++;
        List<Placement> measured = measure(placements);
        for (Item item : problem.items) {
            Placement.forget(item.copy());
        }
        long waste = 0;
        for (Placement p : measured) {
            waste += p.waste();
            Placement.write(problem.items.get(items.get(p.owner()).index()).copy(), p, problem.inCopy(p.bank()));
        }
        int overBudget = 0;
        int used = 0;
        Map<WasmModule, Integer> entries = new LinkedHashMap<>();
        Map<WasmModule, Integer> bound = new LinkedHashMap<>();
        List<WasmModule> copies = problem.copiedModules();
        for (int m = 0; m < copies.size(); m++) {
            Optional<AccessSet> access = ModuleAccess.of(copies.get(m));
            if (access.isEmpty() || counting == null) {
                continue;
            }
            int need = needed.computeIfAbsent(access.get().ranges(), k -> count(access.get()));
            WasmModule module = problem.design.getModules().get(m);
            entries.put(module, need == LayoutCost.UNENCODABLE ? -1 : need);
            bound.put(module, problem.encoder.entryFloor(access.get()));
            if (need == LayoutCost.UNENCODABLE) {
                overBudget += need;
            } else {
                used += need;
                overBudget += Math.max(0, need - problem.unit.available());
            }
        }
        int unplaced = problem.items.size() - measured.size();
        return new Judgement(new LayoutCost(unplaced, overBudget, waste, used), measured, entries, bound);
    }

    private int count(AccessSet access) {
        return switch (problem.encoder.encode(access, counting)) {
            case Encoding.Encoded e -> e.entries().size();
            case Encoding.Infeasible i -> i.needed() > 0 ? i.needed() : LayoutCost.UNENCODABLE;
        };
    }

    /** Placements in address order, each charged its rounding and the free gap below it in its stretch. */
    private List<Placement> measure(List<Placement> placements) {
        List<Placement> sorted = new ArrayList<>(placements);
        sorted.sort(Comparator.comparingLong(Placement::base));
        Map<Stretch, Long> reached = new HashMap<>();
        List<Placement> measured = new ArrayList<>(sorted.size());
        for (Placement p : sorted) {
            Stretch s = stretchOf(p);
            long below = reached.getOrDefault(s, s.start());
            long asked = items.get(p.owner()).asked();
            measured.add(new Placement(p.owner(), p.bank(), p.base(), p.size(), p.size() - asked + p.base() - below));
            reached.put(s, p.base() + p.size());
        }
        return measured;
    }

    private Stretch stretchOf(Placement p) {
        for (Stretch s : problem.stretches) {
            if (s.bank() == p.bank() && s.holds(p.base(), p.size())) {
                return s;
            }
        }
        throw new IllegalArgumentException("placement outside every free stretch: " + p);
    }
}
