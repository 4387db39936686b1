package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.Monitor;
import org.wasmpart.core.layout.Costing.Judgement;
import org.wasmpart.core.layout.LayoutModel.Assignment;
import org.wasmpart.core.layout.LayoutModel.Master;
import org.wasmpart.model.Permission;
import org.wasmpart.model.WasmModule;

/**
 * The exact layout mode: the best layout of the {@link CandidateSpace}, with a proof. A
 * pseudo-boolean master problem ({@link LayoutModel}, solved by SAT4J) places the memories by
 * waste and by the entries it has been told of; {@link Costing}, that is the encoders, then judges
 * the placement. Only the encoders know hardware rules, so entries are never modelled, they are
 * learnt (logic-based Benders decomposition): a module over its budget forbids that combination
 * of placements of the memories it reaches; a module that needs more entries than the master
 * granted it charges them to that combination. When a placement needs no new cut, the master's
 * objective equals the placement's judged cost; as every cut holds for every layout of the space,
 * the master is a relaxation, and the placement is optimal.
 */
final class ExactLayout {

    /** Beyond this many candidates the space is not worth proving: the exact mode declines. */
    static final int MAX_CANDIDATES = 3_000;

    /** In AUTO mode, problems with at most this many memories are solved exactly. */
    static final int AUTO_ITEMS = 6;

    /** How the exact mode ended. */
    sealed interface Outcome {
        /** The best layout of the space: every memory placed, every module within its budget. */
        record Optimal(Judgement best) implements Outcome {
        }

        /** Proved: no layout of the space places every memory with every module within its budget. */
        record NoFeasibleLayout() implements Outcome {
        }

        /** The deadline passed or the monitor was cancelled; the best layout judged until then, if any. */
        record CutShort(Optional<Judgement> best) implements Outcome {
        }

        /** The space has more than {@link #MAX_CANDIDATES} candidates. */
        record Declined() implements Outcome {
        }
    }

    /** A candidate's identity: which item, where, how large. */
    private record Placed(int item, long base, long size) {
    }

    private final LayoutProblem problem;
    private final Costing costing;

    ExactLayout(LayoutProblem problem, Costing costing) {
        this.problem = problem;
        this.costing = costing;
    }

    /** Solves until proved, the deadline ({@link System#nanoTime()}) or cancellation. */
    Outcome run(long deadline, Monitor monitor) {
        Optional<List<Candidate>> space = CandidateSpace.of(problem, MAX_CANDIDATES);
        if (space.isEmpty()) {
            return new Outcome.Declined();
        }
        Cutting cutting = new Cutting(space.get());
        LayoutModel model = new LayoutModel(space.get(), problem.items.size(), problem.design.getModules().size(),
                cutting.available);
        Optional<Judgement> best = Optional.empty();
        boolean bounded = false;
        while (!monitor.isCanceled()) {
            switch (model.solve(deadline, monitor)) {
                case Master.Unsatisfiable u -> {
                    return new Outcome.NoFeasibleLayout();
                }
                case Master.Stopped(Optional<Assignment> incumbent) -> {
                    if (incumbent.isPresent()) {
                        best = Optional.of(better(cutting.judge(incumbent.get().chosen()), best));
                    }
                    return new Outcome.CutShort(best);
                }
                case Master.Solved(Assignment a) -> {
                    Judgement judged = cutting.judge(a.chosen());
                    best = Optional.of(better(judged, best));
                    if (!bounded && !cutting.bound(model, judged)) {
                        return new Outcome.NoFeasibleLayout();
                    }
                    bounded = true;
                    switch (cutting.cut(model, a, judged)) {
                        case SETTLED -> {
                            return new Outcome.Optimal(judged);
                        }
                        case HOPELESS -> {
                            return new Outcome.NoFeasibleLayout();
                        }
                        case CUT -> monitor.worked(1);
                    }
                }
            }
        }
        return new Outcome.CutShort(best);
    }

    private static Judgement better(Judgement candidate, Optional<Judgement> incumbent) {
        return incumbent.filter(i -> i.cost().compareTo(candidate.cost()) <= 0).orElse(candidate);
    }

    /** What a round of cuts found. */
    private enum Verdict {
        /** Every module within budget and granted what it needs: the master's optimum is the layout's cost. */
        SETTLED,
        /** The master learnt something; solve it again. */
        CUT,
        /** A module over budget that no placement can help. */
        HOPELESS
    }

    /** Turns what the encoders say of a master solution into cuts. */
    private final class Cutting {

        private final List<Candidate> candidates;
        private final Map<Placed, Integer> index = new HashMap<>();
        private final List<WasmModule> modules = problem.design.getModules();
        private final int available = problem.unit == null ? 0 : problem.unit.available();
        private final List<int[]> reached = reachedItems();

        Cutting(List<Candidate> candidates) {
            this.candidates = candidates;
            for (int c = 0; c < candidates.size(); c++) {
                Candidate x = candidates.get(c);
                index.put(new Placed(x.item().index(), x.base(), x.size()), c);
            }
        }

        Judgement judge(int[] chosen) {
            return costing.judge(IntStream.of(chosen).mapToObj(c -> candidates.get(c).placement()).toList());
        }

        /**
         * Gives the master each module's lower bound (it holds for every layout); false when a
         * bound exceeds the budget, so no layout fits.
         */
        boolean bound(LayoutModel model, Judgement judged) {
            for (int m = 0; m < modules.size(); m++) {
                Integer bound = judged.entryBound().get(modules.get(m));
                if (bound != null && bound > available) {
                    return false;
                }
                if (bound != null && bound > 0) {
                    model.atLeast(m, bound);
                }
            }
            return true;
        }

        Verdict cut(LayoutModel model, Assignment a, Judgement judged) {
            Verdict verdict = Verdict.SETTLED;
            for (int m = 0; m < modules.size(); m++) {
                Integer need = judged.entries().get(modules.get(m));
                if (need == null) {
                    continue; // no unit: entries are not counted
                }
                int[] chosen = IntStream.of(reached.get(m)).map(i -> a.chosen()[i]).toArray();
                if (overBudget(need) && chosen.length == 0) {
                    return Verdict.HOPELESS; // it reaches no memory the layout moves
                }
                if (overBudget(need) || need > a.entries()[m]) {
                    learn(model, m, chosen);
                    verdict = Verdict.CUT;
                }
            }
            return verdict;
        }

        private boolean overBudget(int need) {
            return need < 0 || need > available;
        }

        /**
         * Cuts for a module at the chosen placements of what it reaches, and at every
         * translation of them that the space holds: one master solution then teaches what one
         * arrangement costs wherever it goes. Each translation is judged by the encoders, as
         * only they know whether moving changes anything.
         */
        private void learn(LayoutModel model, int module, int[] chosen) {
            for (int[] variant : translations(chosen)) {
                int need = judge(variant).entries().get(modules.get(module));
                if (overBudget(need)) {
                    model.forbid(variant);
                } else {
                    model.charge(module, need, variant);
                }
            }
        }

        /** The chosen candidates moved together by every offset that keeps each a candidate (zero included). */
        private List<int[]> translations(int[] chosen) {
            if (chosen.length == 0) {
                return List.of(chosen);
            }
            Candidate anchor = candidates.get(chosen[0]);
            List<int[]> variants = new ArrayList<>();
            for (Candidate moved : candidates) {
                if (moved.item() != anchor.item() || moved.size() != anchor.size()) {
                    continue;
                }
                long shift = moved.base() - anchor.base();
                int[] variant = new int[chosen.length];
                for (int k = 0; k < chosen.length && variant != null; k++) {
                    Candidate x = candidates.get(chosen[k]);
                    Integer found = index.get(new Placed(x.item().index(), x.base() + shift, x.size()));
                    if (found == null) {
                        variant = null;
                    } else {
                        variant[k] = found;
                    }
                }
                if (variant != null) {
                    variants.add(variant);
                }
            }
            return variants;
        }
    }

    /**
     * Per module (in design order), the indexes of the items it reaches: its own memory and the
     * regions it is granted, whatever the permission.
     */
    private List<int[]> reachedItems() {
        int permissions = Permission.VALUES.size();
        List<BitSet> signatures = problem.signatures();
        List<int[]> reached = new ArrayList<>();
        for (int m = 0; m < problem.design.getModules().size(); m++) {
            int from = m * permissions;
            reached.add(IntStream.range(0, signatures.size())
                    .filter(i -> !signatures.get(i).get(from, from + permissions).isEmpty()).toArray());
        }
        return reached;
    }
}
