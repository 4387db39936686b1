package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.Designs;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.layout.Placement;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * The bytes the layout spent on the memories it placed, measured by the layout's own judge
 * ({@link LayoutSolver#judge}) so the report and {@code wasmpart layout} never disagree: each
 * placed memory's rounding (its size beyond what the design asks) and the free gap below it,
 * down to the memory or bank start beneath. Memories the design fixed spend nothing by this
 * measure, since the design chose where they are; the space around them is unused, not wasted.
 * For a layout saved into the design earlier, the rounding is part of the size the design now
 * asks, so only its gaps count.
 */
final class LayoutWaste {

    /**
     * @param asked    the bytes the given design asks for
     * @param rounding bytes the layout added to the size (a module's go to its stack)
     * @param gap      free bytes right below the memory that the layout's alignment left
     */
    record Spent(long asked, long rounding, long gap) {
        long total() {
            return rounding + gap;
        }
    }

    private final Map<EObject, Spent> spent;

    private LayoutWaste(Map<EObject, Spent> spent) {
        this.spent = spent;
    }

    /** Nothing spent: for a design no layout placed. */
    static LayoutWaste none() {
        return new LayoutWaste(Map.of());
    }

    /** What the layout spent, for the memories it placed in {@code placed}; nothing for the others. */
    Spent of(EObject memory) {
        return spent.getOrDefault(memory, new Spent(0, 0, 0));
    }

    /** Whether the layout placed the memory (a module's private memory or a region). */
    boolean placed(EObject memory) {
        return spent.containsKey(memory);
    }

    /**
     * @param given  the design as the user gave it
     * @param placed the design generation reads: {@code given} itself or its laid-out copy, with
     *               the same modules and regions in the same order
     */
    static LayoutWaste of(Design given, Design placed) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Design judged = (Design) copier.copy(given);
        copier.copyReferences();
        // in the judged copy every memory the layout placed is open again, as the layout saw it
        Map<EObject, EObject> placedOf = new IdentityHashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < placed.getModules().size(); i++) {
            WasmModule p = placed.getModules().get(i);
            long size = ModuleAccess.privateSize(p);
            if (p.isLaidOut() && size > 0) {
                WasmModule j = judged.getModules().get(i);
                j.unsetBase();
                placements.add(placement(judged, j, p.getBase(), size));
                placedOf.put(j, p);
            }
        }
        for (int i = 0; i < placed.getRegions().size(); i++) {
            SharedRegion p = placed.getRegions().get(i);
            if (p.isLaidOut() && p.getSize() > 0) {
                SharedRegion j = judged.getRegions().get(i);
                j.unsetBase();
                placements.add(placement(judged, j, p.getBase(), p.getSize()));
                placedOf.put(j, p);
            }
        }
        Map<EObject, Spent> spent = new IdentityHashMap<>();
        if (!placements.isEmpty()) {
            LayoutResult judgement = LayoutSolver.standard().judge(judged, placements);
            for (Placement p : judgement.placements()) {
                long asked = switch (p.owner()) {
                    case WasmModule m -> ModuleAccess.privateSize(m);
                    case SharedRegion r -> r.getSize();
                    default -> throw new IllegalStateException("the layout placed " + p.owner());
                };
                long rounding = p.size() - asked;
                spent.put(placedOf.get(p.owner()), new Spent(asked, rounding, p.waste() - rounding));
            }
        }
        return new LayoutWaste(spent);
    }

    private static Placement placement(Design judged, EObject owner, long base, long size) {
        return new Placement(owner, Designs.bankAt(judged, base).orElseThrow(
                () -> new IllegalStateException("a placed memory at " + base + " lies in no bank")), base, size, 0);
    }
}
