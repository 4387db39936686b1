package org.wasmpart.core.layout;

import java.util.Comparator;

/**
 * What a layout costs, compared in the order the layout minimises: memories left without room,
 * entries over the modules' budgets, wasted bytes, entries used.
 *
 * @param unplaced   memories that found no room
 * @param overBudget entries needed beyond what each module has left, summed over modules (a
 *                   module whose access no entries can give counts {@link #UNENCODABLE})
 * @param waste      bytes spent on rounding and on gaps below the highest placed memory of
 *                   each free stretch
 * @param entries    entries used, summed over modules
 */
public record LayoutCost(int unplaced, int overBudget, long waste, int entries) implements Comparable<LayoutCost> {

    /** The over-budget count charged for a module whose access cannot be encoded at all. */
    static final int UNENCODABLE = 1_000;

    private static final Comparator<LayoutCost> ORDER = Comparator.comparingInt(LayoutCost::unplaced)
            .thenComparingInt(LayoutCost::overBudget).thenComparingLong(LayoutCost::waste)
            .thenComparingInt(LayoutCost::entries);

    /** Whether every memory is placed and every module within its budget. */
    public boolean feasible() {
        return unplaced == 0 && overBudget == 0;
    }

    @Override
    public int compareTo(LayoutCost other) {
        return ORDER.compare(this, other);
    }
}
