package org.wasmpart.core.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Monitor;
import org.sat4j.core.Vec;
import org.sat4j.core.VecInt;
import org.sat4j.pb.IPBSolver;
import org.sat4j.pb.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IVec;
import org.sat4j.specs.IVecInt;
import org.sat4j.specs.TimeoutException;

/**
 * The exact mode's master problem, a pseudo-boolean optimisation over a candidate space. It knows
 * geometry only: which candidates overlap and how far each stretch is filled. Entries are what
 * the encoders said of earlier solutions, added as cuts; the model never guesses them.
 * <p>
 * Variables: one per candidate (chosen or not); per stretch, one per distinct candidate end
 * ("the stretch is filled at least up to here", an order encoding, so the waste is linear); per
 * module, {@code K} unary entry variables ("the module needs at least k entries", {@code K} the
 * entries each module has). The objective weighs a wasted byte above all entries together, so it
 * minimises waste first and entries second, as {@link LayoutCost} orders them.
 * <p>
 * One SAT4J solver serves every round: cuts are clauses added to it, and each bound on the
 * objective is a constraint switched on by an assumption, so what the solver learnt in one round
 * still holds in the next.
 */
final class LayoutModel {

    /** One candidate per item, by candidate index, and the entries the model grants each module. */
    record Assignment(int[] chosen, int[] entries) {
    }

    /** What solving the master gave. */
    sealed interface Master {
        /** Its optimum. */
        record Solved(Assignment optimum) implements Master {
        }

        /** No assignment meets the constraints and cuts. */
        record Unsatisfiable() implements Master {
        }

        /** The deadline passed or the monitor was cancelled: the best assignment so far, if any. */
        record Stopped(Optional<Assignment> incumbent) implements Master {
        }
    }

    private final List<Candidate> candidates;
    private final int items;
    private final int modules;
    private final int entriesEach;
    /** Per stretch, the indexes of its candidates. */
    private final Map<Stretch, List<Integer>> byStretch = new LinkedHashMap<>();
    /** Per stretch, its distinct candidate ends in increasing order, and the variable of the first. */
    private final Map<Stretch, long[]> ends = new LinkedHashMap<>();
    private final Map<Stretch, Integer> firstEndVariable = new LinkedHashMap<>();
    private final int firstEntryVariable;
    private final int[] objectiveVariables;
    private final BigInteger[] objectiveWeights;
    /** More than the objective can ever be. */
    private final BigInteger beyondObjective;
    /** Cuts not yet given to the solver. */
    private final List<int[]> pending = new ArrayList<>();

    private IPBSolver solver;
    /** The highest variable in use: the model's, then one per objective bound. */
    private int lastVariable;
    /** The objective at the last optimum, and the variable that bounds the objective to it. */
    private BigInteger lastOptimum;
    private int atLastOptimum;

    /**
     * @param entriesEach entries each module has ({@code K}; 0 without a unit)
     */
    LayoutModel(List<Candidate> candidates, int items, int modules, int entriesEach) {
        this.candidates = candidates;
        this.items = items;
        this.modules = modules;
        this.entriesEach = entriesEach;
        for (int c = 0; c < candidates.size(); c++) {
            byStretch.computeIfAbsent(candidates.get(c).stretch(), s -> new ArrayList<>()).add(c);
        }
        int next = candidates.size() + 1;
        for (Map.Entry<Stretch, List<Integer>> e : byStretch.entrySet()) {
            long[] distinct = e.getValue().stream().mapToLong(c -> candidates.get(c).end()).distinct().sorted()
                    .toArray();
            ends.put(e.getKey(), distinct);
            firstEndVariable.put(e.getKey(), next);
            next += distinct.length;
        }
        this.firstEntryVariable = next;
        this.lastVariable = next - 1 + modules * entriesEach;
        int terms = lastVariable - candidates.size();
        this.objectiveVariables = new int[terms];
        this.objectiveWeights = new BigInteger[terms];
        weighObjective();
        this.beyondObjective = Arrays.stream(objectiveWeights).reduce(BigInteger.ONE, BigInteger::add);
    }

    /** Forbids choosing all these candidates together (a module they serve is over its budget). */
    void forbid(int[] chosen) {
        pending.add(Arrays.stream(chosen).map(c -> -(c + 1)).toArray());
    }

    /**
     * Records that a module needs {@code need} entries whenever all these candidates are chosen.
     * As the entry variables are unary, "at least need" is the single literal of the need-th.
     */
    void charge(int module, int need, int[] chosen) {
        int[] clause = Arrays.copyOf(Arrays.stream(chosen).map(c -> -(c + 1)).toArray(), chosen.length + 1);
        clause[chosen.length] = entryVariable(module, need);
        pending.add(clause);
    }

    /** Records that a module needs at least {@code entries} (1 to K) entries in every layout. */
    void atLeast(int module, int entries) {
        pending.add(new int[] { entryVariable(module, entries) });
    }

    /**
     * Solves the master with every cut so far, until its optimum, the deadline or cancellation.
     * Cuts only remove solutions, so the last optimum bounds this one from below: a solution at
     * that value is optimal at once, and otherwise the objective is pushed down one solution at a
     * time until nothing is lower or it reaches one above the last optimum.
     */
    Master solve(long deadline, Monitor monitor) {
        try {
            if (solver == null) {
                solver = SolverFactory.newDefault();
                solver.newVar(lastVariable);
                post();
            }
            for (int[] cut : pending) {
                solver.addClause(new VecInt(cut));
            }
            pending.clear();
        } catch (ContradictionException e) {
            return new Master.Unsatisfiable();
        }
        Assignment best = null;
        try {
            BigInteger floor = BigInteger.ZERO;
            if (lastOptimum != null) {
                if (satisfiable(deadline, atLastOptimum)) {
                    return new Master.Solved(read());
                }
                floor = lastOptimum.add(BigInteger.ONE);
            }
            if (!satisfiable(deadline, 0)) {
                return new Master.Unsatisfiable();
            }
            best = read();
            BigInteger value = value();
            while (value.compareTo(floor) > 0) {
                if (monitor.isCanceled()) {
                    return new Master.Stopped(Optional.of(best));
                }
                int below = bound(value.subtract(BigInteger.ONE));
                boolean lower = satisfiable(deadline, below);
                retire(below);
                if (!lower) {
                    break;
                }
                best = read();
                value = value();
            }
            if (lastOptimum != null) {
                retire(atLastOptimum);
            }
            lastOptimum = value;
            atLastOptimum = bound(value);
            return new Master.Solved(best);
        } catch (TimeoutException e) {
            return new Master.Stopped(Optional.ofNullable(best));
        } catch (ContradictionException e) {
            // bounds are switched on by a fresh variable and retired by its negation: never contradictory
            throw new IllegalStateException(e);
        }
    }

    /** Whether the model has a solution, with the bound that {@code selector} switches on (0: none). */
    private boolean satisfiable(long deadline, int selector) throws TimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new TimeoutException();
        }
        solver.setTimeoutMs(left);
        return solver.isSatisfiable(selector == 0 ? new VecInt() : new VecInt(new int[] { selector }));
    }

    /**
     * A new variable that, when true, keeps the objective at most {@code ceiling}: the objective
     * plus {@code M} times the variable is at most the ceiling plus {@code M}, where {@code M}
     * exceeds every value the objective can take.
     */
    private int bound(BigInteger ceiling) throws ContradictionException {
        int selector = ++lastVariable;
        solver.newVar(lastVariable);
        IVecInt vars = new VecInt(objectiveVariables.clone()).push(selector);
        IVec<BigInteger> weights = new Vec<>(objectiveWeights.clone());
        weights.push(beyondObjective);
        solver.addAtMost(vars, weights, ceiling.add(beyondObjective));
        return selector;
    }

    /** Switches a bound off for good, so that the solver never spends effort on it again. */
    private void retire(int selector) throws ContradictionException {
        solver.addClause(new VecInt(new int[] { -selector }));
    }

    private void post() throws ContradictionException {
        List<List<Integer>> byItem = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            byItem.add(new ArrayList<>());
        }
        for (int c = 0; c < candidates.size(); c++) {
            byItem.get(candidates.get(c).item().index()).add(c + 1);
        }
        for (List<Integer> options : byItem) {
            solver.addExactly(vec(options), 1);
        }
        for (Stretch s : byStretch.keySet()) {
            postStretch(s);
        }
        for (int m = 0; m < modules; m++) {
            for (int k = 2; k <= entriesEach; k++) {
                solver.addClause(new VecInt(new int[] { -entryVariable(m, k), entryVariable(m, k - 1) }));
            }
        }
    }

    /**
     * Two candidates overlap exactly when one covers the other's base, so "at most one covers
     * each base" forbids every overlap. Where no candidate covering a base ends before the next
     * base, the next base's constraint includes this one's, which is left out. A chosen candidate
     * fills its stretch up to its end.
     */
    private void postStretch(Stretch s) throws ContradictionException {
        List<Integer> here = byStretch.get(s);
        long[] bases = here.stream().mapToLong(c -> candidates.get(c).base()).distinct().sorted().toArray();
        for (int b = 0; b < bases.length; b++) {
            long base = bases[b];
            long next = b + 1 < bases.length ? bases[b + 1] : Long.MAX_VALUE;
            List<Integer> covering = here.stream().filter(c -> candidates.get(c).covers(base)).toList();
            if (covering.size() > 1 && covering.stream().anyMatch(c -> candidates.get(c).end() <= next)) {
                solver.addAtMost(vec(covering.stream().map(c -> c + 1).toList()), 1);
            }
        }
        long[] sorted = ends.get(s);
        int first = firstEndVariable.get(s);
        for (int c : here) {
            int j = Arrays.binarySearch(sorted, candidates.get(c).end());
            solver.addClause(new VecInt(new int[] { -(c + 1), first + j }));
        }
        for (int j = 1; j < sorted.length; j++) {
            solver.addClause(new VecInt(new int[] { -(first + j), first + j - 1 }));
        }
    }

    /**
     * Weighted bytes up to each stretch's highest end, plus entries. Minus the constant bytes
     * asked, the bytes are exactly {@link Costing}'s waste: rounding and gaps below each memory
     * sum, per used stretch, to its highest end minus its start minus what its memories asked.
     * Bytes are counted in units of the largest step that divides them all, which keeps the
     * solver's numbers small.
     */
    private void weighObjective() {
        long step = 0;
        for (Map.Entry<Stretch, long[]> e : ends.entrySet()) {
            long below = e.getKey().start();
            for (long end : e.getValue()) {
                step = gcd(step, end - below);
                below = end;
            }
        }
        // every module's entries together stay below one step of waste
        BigInteger stepWeight = BigInteger.valueOf((long) modules * (entriesEach + 1) + 1);
        int t = 0;
        for (Map.Entry<Stretch, long[]> e : ends.entrySet()) {
            long below = e.getKey().start();
            int first = firstEndVariable.get(e.getKey());
            for (int j = 0; j < e.getValue().length; j++) {
                objectiveVariables[t] = first + j;
                objectiveWeights[t++] = stepWeight.multiply(BigInteger.valueOf((e.getValue()[j] - below) / step));
                below = e.getValue()[j];
            }
        }
        for (int v = firstEntryVariable; t < objectiveVariables.length; v++) {
            objectiveVariables[t] = v;
            objectiveWeights[t++] = BigInteger.ONE;
        }
    }

    private BigInteger value() {
        BigInteger sum = BigInteger.ZERO;
        for (int t = 0; t < objectiveVariables.length; t++) {
            if (solver.model(objectiveVariables[t])) {
                sum = sum.add(objectiveWeights[t]);
            }
        }
        return sum;
    }

    private Assignment read() {
        int[] chosen = new int[items];
        for (int c = 0; c < candidates.size(); c++) {
            if (solver.model(c + 1)) {
                chosen[candidates.get(c).item().index()] = c;
            }
        }
        int[] entries = new int[modules];
        for (int m = 0; m < modules; m++) {
            for (int k = 1; k <= entriesEach; k++) {
                entries[m] += solver.model(entryVariable(m, k)) ? 1 : 0;
            }
        }
        return new Assignment(chosen, entries);
    }

    /** The variable "module m needs at least k entries", k from 1. */
    private int entryVariable(int module, int k) {
        return firstEntryVariable + module * entriesEach + k - 1;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static IVecInt vec(List<Integer> literals) {
        return new VecInt(literals.stream().mapToInt(Integer::intValue).toArray());
    }
}
