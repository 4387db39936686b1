package org.wasmpart.core.layout;

import java.time.Duration;

/**
 * How hard and how the layout searches.
 *
 * @param mode           heuristic, exact, or exact for designs small enough to prove
 * @param timeLimit      the search stops with its best layout so far when this passes
 * @param maxEvaluations candidate layouts the heuristic judges at most; with the seed it makes
 *                       the result reproducible whenever the time limit is not reached
 * @param seed           seed of the heuristic's random moves
 * @param relayout       whether memories the layout placed before may move (those whose base
 *                       the user fixed never do)
 */
public record LayoutOptions(Mode mode, Duration timeLimit, long maxEvaluations, long seed, boolean relayout) {

    public enum Mode {
        /** Constructed layouts improved by local search: any size, no proof. */
        HEURISTIC,
        /** Proves the optimum over the layout space; for small designs. */
        EXACT,
        /** Exact when the design is small enough, else heuristic. */
        AUTO
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(Mode.AUTO, Duration.ofSeconds(10), 20_000, 1, false);
    }

    public LayoutOptions withMode(Mode m) {
        return new LayoutOptions(m, timeLimit, maxEvaluations, seed, relayout);
    }

    public LayoutOptions withTimeLimit(Duration limit) {
        return new LayoutOptions(mode, limit, maxEvaluations, seed, relayout);
    }

    public LayoutOptions withMaxEvaluations(long evaluations) {
        return new LayoutOptions(mode, timeLimit, evaluations, seed, relayout);
    }

    public LayoutOptions withRelayout(boolean again) {
        return new LayoutOptions(mode, timeLimit, maxEvaluations, seed, again);
    }
}
