package org.wasmpart.core.layout;

import org.wasmpart.core.layout.Costing.Judgement;

/**
 * The cost no layout of a problem can beat: nothing unplaced; over budget only where a module's
 * entry floor already exceeds what it has; every size rounded to the granule and no gap; each
 * module at its floor. A layout that costs exactly this is optimal, feasible or not.
 */
final class LayoutBound {

    private LayoutBound() {
    }

    /**
     * @param complete a judged layout that placed everything (floors need every access set), or
     *                 any judgement, for a weaker bound from the modules it could count
     */
    static LayoutCost of(LayoutProblem problem, Judgement complete) {
        int over = 0;
        int entries = 0;
        for (int floor : complete.entryBound().values()) {
            entries += floor;
            over += problem.unit == null ? 0 : Math.max(0, floor - problem.unit.available());
        }
        return new LayoutCost(0, over, waste(problem), entries);
    }

    /** No layout wastes less than rounding every resizable size up to the granule. */
    static long waste(LayoutProblem problem) {
        return problem.items.stream().mapToLong(i -> i.sizeFor(problem.granule) - i.asked()).sum();
    }
}
