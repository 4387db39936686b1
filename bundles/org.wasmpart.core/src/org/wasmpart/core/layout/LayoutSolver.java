package org.wasmpart.core.layout;

import static org.wasmpart.core.Designs.label;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.fix.DesignEdit;
import org.wasmpart.core.layout.Costing.Judgement;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.ProtectionEncoders;
import org.wasmpart.model.Design;
import org.wasmpart.model.ProtectionKind;

/**
 * Places every module memory and region without a fixed base so that (1) every module's access
 * can be encoded within its protection budget, then (2) the fewest bytes are wasted on rounding
 * and alignment, then (3) the fewest entries are used. Candidates are judged by the real
 * encoders. Results report the lower bounds, so the gap is always visible.
 */
public final class LayoutSolver {

    private final Function<ProtectionKind, ProtectionEncoder> encoders;

    public LayoutSolver(Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.encoders = encoders;
    }

    public static LayoutSolver standard() {
        return new LayoutSolver(ProtectionEncoders::forKind);
    }

    /** Plans a layout with the default options, without changing the design. */
    public LayoutResult solve(Design design) {
        return solve(design, LayoutOptions.defaults(), new BasicMonitor());
    }

    /**
     * Plans a layout without changing the design. The monitor sees one unit of work per few
     * hundred candidates (in the exact mode, per round of cuts); cancelling it ends the search
     * with the best layout so far.
     */
    public LayoutResult solve(Design design, LayoutOptions options, Monitor monitor) {
        LayoutProblem problem = LayoutProblem.of(design, options.relayout(), encoders);
        Costing costing = new Costing(problem);
        monitor.beginTask("Laying out " + problem.items.size() + " memories", Monitor.UNKNOWN);
        try {
            long start = System.nanoTime();
            long deadline = start + options.timeLimit().toNanos();
            boolean exact = switch (options.mode()) {
                case HEURISTIC -> false;
                case EXACT -> true;
                case AUTO -> problem.items.size() <= ExactLayout.AUTO_ITEMS;
            };
            Judgement exactBest = null; // the exact mode's best layout when it proved nothing for every layout
            if (exact) {
                // AUTO keeps a fifth of the time for the heuristic, in case the exact mode proves
                // nothing; small designs, which alone go to the exact mode, need little of it
                long exactDeadline = options.mode() == LayoutOptions.Mode.AUTO
                        ? start + options.timeLimit().toNanos() * 4 / 5 : deadline;
                switch (new ExactLayout(problem, costing).run(exactDeadline, monitor)) {
                    case ExactLayout.Outcome.Optimal(Judgement best) -> {
                        if (CandidateSpace.complete(problem)) {
                            return result(problem, costing, best, LayoutResult.Status.OPTIMAL);
                        }
                        // the best of a chosen space: a layout outside it may still be better
                        exactBest = best;
                    }
                    case ExactLayout.Outcome.CutShort(var best) -> exactBest = best.orElse(null);
                    // no layout of the space fits, or the space is too large: the heuristic
                    // finds the layout that misses least
                    case ExactLayout.Outcome.NoFeasibleLayout n -> {
                    }
                    case ExactLayout.Outcome.Declined d -> {
                    }
                }
            }
            // past the deadline or cancelled, the heuristic stops at once and says it was cut short
            LayoutSearch.Outcome outcome = new LayoutSearch(problem, costing, options.seed()).run(
                    options.maxEvaluations(), deadline, monitor);
            Judgement best = exactBest != null && exactBest.cost().compareTo(outcome.best().cost()) < 0 ? exactBest
                    : outcome.best();
            return result(problem, costing, best,
                    outcome.cutShort() ? LayoutResult.Status.CUT_SHORT : LayoutResult.Status.BEST_FOUND);
        } finally {
            monitor.done();
        }
    }

    /**
     * The cost of the best layout of the exact mode's candidate space, when the exact mode solves
     * it within the limit; for comparing the heuristic with it ({@link #solve} returns layouts).
     */
    public Optional<LayoutCost> solveExactly(Design design, Duration limit) {
        LayoutProblem problem = LayoutProblem.of(design, false, encoders);
        return new ExactLayout(problem, new Costing(problem)).run(System.nanoTime() + limit.toNanos(),
                new BasicMonitor()) instanceof ExactLayout.Outcome.Optimal(Judgement best) ? Optional.of(best.cost())
                        : Optional.empty();
    }

    /** Judges placements made by some other strategy (a baseline) exactly as the solver's own. */
    public LayoutResult judge(Design design, List<Placement> placements) {
        LayoutProblem problem = LayoutProblem.of(design, false, encoders);
        Costing costing = new Costing(problem);
        return result(problem, costing, costing.judge(placements), LayoutResult.Status.BEST_FOUND);
    }

    /**
     * The command that writes a planned layout into the design; undo takes it back. A memory an
     * earlier layout placed that now finds no room loses its base rather than keep a stale one.
     */
    public static Command apply(LayoutResult result, Design design) {
        return DesignEdit.of("Lay out " + result.placements().size() + " memories", design, d -> {
            for (Placement p : result.placements()) {
                Placement.write(p.owner(), p, p.bank());
            }
            result.unplaced().keySet().forEach(Placement::forget);
        });
    }

    private static LayoutResult result(LayoutProblem problem, Costing costing, Judgement best,
            LayoutResult.Status status) {
        Set<EObject> placed = best.placements().stream().map(Placement::owner).collect(Collectors.toSet());
        Map<EObject, String> unplaced = new LinkedHashMap<>();
        for (Item item : problem.items) {
            if (!placed.contains(item.original())) {
                unplaced.put(item.original(), item.allowed().isEmpty() ? "no RAM bank to put it in"
                        : "no room for " + item.sizeFor(problem.granule) + " bytes in "
                                + item.allowed().stream().map(s -> label(s.bank())).distinct()
                                        .collect(Collectors.joining(" or ")));
            }
        }
        LayoutCost bound = LayoutBound.of(problem, best);
        LayoutResult.Status proven = unplaced.isEmpty() && best.cost().equals(bound) ? LayoutResult.Status.MEETS_BOUND
                : status;
        return new LayoutResult(best.placements(), unplaced, best.cost(), bound.waste(),
                best.entries(), best.entryBound(), problem.unit == null ? -1 : problem.unit.available(), proven,
                costing.evaluations());
    }
}
