package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.Monitor;
import org.wasmpart.core.layout.Costing.Judgement;

/**
 * The heuristic: a few constructed arrangements (memories that the same modules reach with the
 * same rights chained next to each other; largest first; with and without natural alignment),
 * then late-acceptance hill climbing over moves that reorder, move between stretches, align and
 * round. Every candidate is judged by {@link Costing}, i.e. by the real encoders. It is
 * deterministic for a seed and an evaluation budget; a time limit or a cancelled monitor ends it
 * early with the best layout found so far.
 */
final class LayoutSearch {

    /** A finished search: the best layout judged, and whether it ended before its budget. */
    record Outcome(Judgement best, boolean cutShort) {
    }

    private final LayoutProblem problem;
    private final Costing costing;
    private final Random random;
    private final List<long[]> signatures;
    private final boolean alignmentMatters;
    private final int maxAlignLog;

    LayoutSearch(LayoutProblem problem, Costing costing, long seed) {
        this.problem = problem;
        this.costing = costing;
        this.random = new Random(seed);
        this.signatures = problem.signatures().stream().map(BitSet::toLongArray).toList();
        // the encoder says whether aligning or rounding beyond the granule can save entries
        this.alignmentMatters = problem.unit != null && problem.items.stream()
                .anyMatch(i -> !problem.encoder.alignmentsWorthTrying(i.asked(), problem.granule).isEmpty());
        long largest = problem.stretches.stream().mapToLong(s -> s.end() - s.start()).max().orElse(problem.granule);
        this.maxAlignLog = Math.max(0, log2(Math.max(1, largest / problem.granule)));
    }

    /**
     * Searches until the evaluation budget is spent, the deadline ({@link System#nanoTime()})
     * passes, the monitor is cancelled, or a layout meets the lower bound. Two climbs share the
     * budget: one from the cheapest start, one from the tight affinity chain (a padded start can
     * be cheapest at first and still lead only to padded layouts).
     */
    Outcome run(long maxEvaluations, long deadline, Monitor monitor) {
        List<Arrangement> starts = starts();
        Climb cheapest = null;
        Climb chain = null;
        for (Arrangement start : starts) {
            Climb c = new Climb(start, costing.judge(start.decode(problem)), false);
            chain = chain == null ? c : chain;
            if (cheapest == null || c.judged().cost().compareTo(cheapest.judged().cost()) < 0) {
                cheapest = c;
            }
        }
        LayoutCost bound = LayoutBound.of(problem, cheapest.judged());
        // the budget counts this search's judgements only (an exact mode may have judged before)
        long budgetEnd = costing.evaluations() + maxEvaluations;
        // most of the budget explores; the rest polishes the best layout found
        long exploring = budgetEnd - maxEvaluations / 8;
        Climb best = climb(cheapest, cheapest == chain ? exploring : exploring - (exploring - costing.evaluations()) / 2,
                deadline, monitor, bound);
        if (cheapest != chain && !best.cutShort()) {
            Climb other = climb(chain, exploring, deadline, monitor, bound);
            best = other.judged().cost().compareTo(best.judged().cost()) < 0 ? other : best;
        }
        if (best.cutShort()) {
            return new Outcome(best.judged(), true);
        }
        Polish polish = new Polish(budgetEnd, deadline, monitor, bound);
        Judgement polished = polish.run(best.arrangement(), best.judged());
        return new Outcome(polished, polish.cutShort);
    }

    /** Where a climb stands: its best arrangement, judged, and whether time or the user stopped it. */
    private record Climb(Arrangement arrangement, Judgement judged, boolean cutShort) {
    }

    /** Late-acceptance hill climbing from a start until the costing has judged {@code until} layouts. */
    private Climb climb(Climb start, long until, long deadline, Monitor monitor, LayoutCost bound) {
        Arrangement current = start.arrangement();
        Judgement judged = start.judged();
        Climb best = start;
        LayoutCost[] history = new LayoutCost[Math.clamp(problem.items.size() * 4L, 16, 400)];
        java.util.Arrays.fill(history, judged.cost());
        // a drawn move may not apply (nothing to swap with): attempts are bounded too
        for (long k = 0; k < 4 * until && costing.evaluations() < until
                && best.judged().cost().compareTo(bound) > 0 && !problem.items.isEmpty(); k++) {
            if (System.nanoTime() - deadline > 0 || monitor.isCanceled()) {
                return new Climb(best.arrangement(), best.judged(), true);
            }
            Arrangement candidate = current.copy();
            if (!mutate(candidate)) {
                continue;
            }
            Judgement j = costing.judge(candidate.decode(problem));
            int slot = (int) (k % history.length);
            if (j.cost().compareTo(history[slot]) <= 0 || j.cost().compareTo(judged.cost()) <= 0) {
                current = candidate;
                judged = j;
                if (j.cost().compareTo(best.judged().cost()) < 0) {
                    best = new Climb(candidate, j, false);
                }
            }
            if (judged.cost().compareTo(history[slot]) < 0) {
                history[slot] = judged.cost();
            }
            if (k % 256 == 0) {
                monitor.worked(1);
            }
        }
        return best;
    }

    /**
     * Takes back alignment and rounding the best layout does not need, one memory at a time,
     * keeping each change that makes it cheaper, until no change helps or the budget is spent.
     */
    private final class Polish {
        private final long maxEvaluations;
        private final long deadline;
        private final Monitor monitor;
        private final LayoutCost bound;
        private boolean cutShort;

        Polish(long maxEvaluations, long deadline, Monitor monitor, LayoutCost bound) {
            this.maxEvaluations = maxEvaluations;
            this.deadline = deadline;
            this.monitor = monitor;
            this.bound = bound;
        }

        Judgement run(Arrangement arrangement, Judgement judged) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (Item item : problem.items) {
                    for (int change = 0; change < 4; change++) {
                        if (costing.evaluations() >= maxEvaluations || judged.cost().compareTo(bound) <= 0) {
                            return judged;
                        }
                        if (System.nanoTime() - deadline > 0 || monitor.isCanceled()) {
                            cutShort = true;
                            return judged;
                        }
                        Arrangement candidate = arrangement.copy();
                        int i = item.index();
                        switch (change) {
                            case 0 -> candidate.alignLog[i] = 0;
                            case 1 -> candidate.roundLog[i] = 0;
                            case 2 -> candidate.alignLog[i] = Math.max(0, candidate.alignLog[i] - 1);
                            default -> candidate.roundLog[i] = Math.max(0, candidate.roundLog[i] - 1);
                        }
                        if (candidate.alignLog[i] == arrangement.alignLog[i]
                                && candidate.roundLog[i] == arrangement.roundLog[i]) {
                            continue;
                        }
                        Judgement j = costing.judge(candidate.decode(problem));
                        if (j.cost().compareTo(judged.cost()) < 0) {
                            arrangement = candidate;
                            judged = j;
                            improved = true;
                        }
                    }
                }
            }
            return judged;
        }
    }

    /**
     * The constructed starting points: the affinity chain, largest first and the design's order,
     * each packed tight; where alignment matters also naturally aligned, and largest first padded
     * to self-aligned powers of two (today's practice, so the search never ends worse than it).
     */
    private List<Arrangement> starts() {
        List<Item> chain = affinityChain();
        List<Item> largest = new ArrayList<>(problem.items);
        largest.sort(Comparator.comparingLong(Item::asked).reversed().thenComparingInt(Item::index));
        List<Arrangement> starts = new ArrayList<>();
        for (List<Item> order : List.of(chain, largest, problem.items)) {
            starts.add(arrange(order, Packing.TIGHT));
            if (alignmentMatters) {
                starts.add(arrange(order, Packing.ALIGNED));
            }
        }
        if (alignmentMatters) {
            starts.add(arrange(largest, Packing.POWER_OF_TWO));
        }
        return starts;
    }

    /** How a constructed arrangement sizes and aligns its memories. */
    private enum Packing {
        /** Granule alignment and rounding. */
        TIGHT,
        /** Each aligned to the power of two that holds it. */
        ALIGNED,
        /** Each padded to that power of two, too. */
        POWER_OF_TWO
    }

    /**
     * Memories in a chain where each is followed by the one whose readers and writers differ
     * least from its own, starting from the first module's memory: modules then find what they
     * reach in few contiguous runs.
     */
    private List<Item> affinityChain() {
        int n = problem.items.size();
        List<Item> chain = new ArrayList<>(n);
        boolean[] used = new boolean[n];
        int last = -1;
        for (int step = 0; step < n; step++) {
            int next = -1;
            int nextDistance = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                int d = last < 0 ? 0 : distance(signatures.get(last), signatures.get(i));
                if (d < nextDistance || d == nextDistance && problem.items.get(i).asked() > problem.items.get(next).asked()) {
                    next = i;
                    nextDistance = d;
                }
                if (last < 0) {
                    break;
                }
            }
            used[next] = true;
            chain.add(problem.items.get(next));
            last = next;
        }
        return chain;
    }

    private static int distance(long[] a, long[] b) {
        int d = 0;
        for (int w = 0; w < Math.max(a.length, b.length); w++) {
            d += Long.bitCount((w < a.length ? a[w] : 0) ^ (w < b.length ? b[w] : 0));
        }
        return d;
    }

    /**
     * Packs memories in the given order, each into the stretch its predecessor went to while it
     * has room, else the first allowed stretch with room.
     */
    private Arrangement arrange(List<Item> order, Packing packing) {
        Arrangement a = new Arrangement(problem.stretches.size(), problem.items.size());
        long[] left = problem.stretches.stream().mapToLong(s -> s.end() - s.start()).toArray();
        int previous = -1;
        for (Item item : order) {
            long bytes = item.sizeFor(problem.granule);
            if (packing != Packing.TIGHT) {
                a.alignLog[item.index()] = naturalLog(bytes);
            }
            if (packing == Packing.POWER_OF_TWO && item.resizable()) {
                a.roundLog[item.index()] = naturalLog(bytes);
                bytes = problem.granule << a.roundLog[item.index()];
            }
            int target = -1;
            if (previous >= 0 && allows(item, previous) && left[previous] >= bytes) {
                target = previous;
            }
            for (int s = 0; target < 0 && s < problem.stretches.size(); s++) {
                if (allows(item, s) && left[s] >= bytes) {
                    target = s;
                }
            }
            if (target < 0 && !item.allowed().isEmpty()) {
                // no room anywhere: it stays in its first stretch, past the end, and is reported unplaced
                target = problem.stretches.indexOf(item.allowed().get(0));
            }
            if (target < 0) {
                continue;
            }
            a.insert(item, target, a.sequences.get(target).size());
            left[target] -= bytes;
            previous = target;
        }
        return a;
    }

    private boolean allows(Item item, int stretch) {
        return item.allowed().contains(problem.stretches.get(stretch));
    }

    /** One random change; false when the drawn change does not apply. */
    private boolean mutate(Arrangement a) {
        List<Item> items = problem.items;
        if (items.isEmpty()) {
            return false;
        }
        Item item = items.get(random.nextInt(items.size()));
        int draw = random.nextInt(alignmentMatters ? 12 : 9);
        return switch (draw) {
            case 0, 1, 2 -> relocate(a, item);
            case 3, 4 -> swap(a, item, items.get(random.nextInt(items.size())));
            case 5, 6 -> moveBlock(a, a.stretchOf(item));
            case 7 -> reverse(a, a.stretchOf(item));
            case 8, 9, 10 -> realign(a, item);
            default -> resize(a, item);
        };
    }

    private boolean relocate(Arrangement a, Item item) {
        List<Stretch> allowed = item.allowed();
        if (allowed.isEmpty()) {
            return false;
        }
        int from = a.stretchOf(item);
        int to = random.nextInt(4) > 0 ? from : problem.stretches.indexOf(allowed.get(random.nextInt(allowed.size())));
        a.remove(item);
        a.insert(item, to, random.nextInt(a.sequences.get(to).size() + 1));
        return true;
    }

    private boolean swap(Arrangement a, Item x, Item y) {
        int sx = a.stretchOf(x);
        int sy = a.stretchOf(y);
        if (x == y || !allows(x, sy) || !allows(y, sx)) {
            return false;
        }
        a.swap(x, y);
        return true;
    }

    private boolean moveBlock(Arrangement a, int stretch) {
        List<Item> sequence = a.sequences.get(stretch);
        if (sequence.size() < 3) {
            return false;
        }
        int length = 2 + random.nextInt(Math.min(8, sequence.size() - 1) - 1);
        int from = random.nextInt(sequence.size() - length + 1);
        List<Item> block = new ArrayList<>(sequence.subList(from, from + length));
        block.forEach(a::remove);
        int at = random.nextInt(sequence.size() + 1);
        for (int i = 0; i < block.size(); i++) {
            a.insert(block.get(i), stretch, at + i);
        }
        return true;
    }

    private boolean reverse(Arrangement a, int stretch) {
        List<Item> sequence = a.sequences.get(stretch);
        if (sequence.size() < 2) {
            return false;
        }
        int from = random.nextInt(sequence.size() - 1);
        int to = from + 2 + random.nextInt(Math.min(8, sequence.size() - from) - 1);
        java.util.Collections.reverse(sequence.subList(from, to));
        return true;
    }

    private boolean realign(Arrangement a, Item item) {
        int old = a.alignLog[item.index()];
        a.alignLog[item.index()] = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> Math.max(0, old - 1);
            case 2 -> Math.min(maxAlignLog, old + 1);
            default -> naturalLog(item.sizeFor(problem.granule));
        };
        return a.alignLog[item.index()] != old;
    }

    private boolean resize(Arrangement a, Item item) {
        if (!item.resizable()) {
            return false;
        }
        int old = a.roundLog[item.index()];
        int natural = naturalLog(item.asked());
        a.roundLog[item.index()] = switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> Math.max(0, old - 1);
            case 2 -> Math.min(natural, old + 1);
            // a subregion: an eighth of the power of two that holds it
            case 3 -> Math.max(0, natural - 3);
            default -> natural;
        };
        return a.roundLog[item.index()] != old;
    }

    /** The power of two, in granules, that holds {@code bytes}: its log. */
    private int naturalLog(long bytes) {
        return Math.min(maxAlignLog, log2(Math.ceilDiv(bytes, problem.granule)));
    }

    /** The log of the smallest power of two at least {@code value}. */
    private static int log2(long value) {
        return 64 - Long.numberOfLeadingZeros(Math.max(1, value) - 1);
    }
}
