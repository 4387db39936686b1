package org.wasmpart.core.layout;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.model.WasmModule;

/**
 * What the layout decided and what it costs, with the lower bounds it is measured against.
 *
 * @param placements  one per memory the layout placed, in address order
 * @param unplaced    memories that found no room, with why
 * @param cost        the layout's cost, compared as the layout minimises it
 * @param wasteBound  no layout can waste less: every size rounded up to the granule
 * @param entries     per module, the protection entries its access needs after the layout
 *                    (-1 when it cannot be encoded)
 * @param entryBound  per module, a lower bound on its entries: ranges differing in access or
 *                    memory attributes never share an entry (the encoder's floor)
 * @param available   entries each module has left after locked and reserved ones (-1: no unit)
 * @param status      how far the result is known to be good
 * @param evaluations candidate layouts judged
 */
public record LayoutResult(List<Placement> placements, Map<EObject, String> unplaced, LayoutCost cost, long wasteBound,
        Map<WasmModule, Integer> entries, Map<WasmModule, Integer> entryBound, int available, Status status,
        long evaluations) {

    public enum Status {
        /** Meets the lower bounds: nothing can be better. */
        MEETS_BOUND,
        /**
         * The exact mode proved no layout is better: its candidate space holds an optimal layout
         * of every layout there is (ARMv8-M, or no unit).
         */
        OPTIMAL,
        /** The best the heuristic found within its evaluation budget. */
        BEST_FOUND,
        /** The time limit passed or the user cancelled: the best found until then. */
        CUT_SHORT
    }

    /** Total bytes spent on rounding and alignment gaps. */
    public long waste() {
        return cost.waste();
    }

    /** Whether every memory has room and every module fits its budget. */
    public boolean feasible() {
        return cost.feasible();
    }

    /** The modules that need more entries than they have (or whose access cannot be encoded). */
    public List<WasmModule> overBudget() {
        return entries.entrySet().stream().filter(e -> e.getValue() < 0 || available >= 0 && e.getValue() > available)
                .map(Map.Entry::getKey).toList();
    }
}
