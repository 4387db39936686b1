package org.wasmpart.core.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wasmpart.model.MemoryBank;

/**
 * The finite layout space the exact mode proves its optimum over: every placement reachable by
 * packing memories one after another, upward from the start of a free stretch and, where memory
 * may sit right above a stretch (a kept memory, or another bank), downward from its end. A memory
 * packed at a cursor takes the first base with its alignment, and its end (or its base, going
 * down) is a new cursor.
 * <p>
 * Which sizes and alignments a memory may take is the encoder's to say, as hardware rules live
 * only there ({@code ProtectionEncoder.roundingsWorthTrying / alignmentsWorthTrying}): the granule,
 * and for PMP the power of two that holds the memory (NAPOT), for PMSAv7 also an eighth of it (a
 * subregion). Where the encoder says packing suffices (PMSAv8, and trivially without a unit) the
 * space is exact: from any layout with granule-aligned bases, slide the memories that form a
 * block touching a stretch's top up against it and every other memory down to close the gaps
 * below it. Memories that touched still touch, those touching memory outside the stretch still
 * do, and a gap that closes can only join runs, so no module needs more regions and no byte more
 * is wasted. Elsewhere the space is a choice, not a proof: the optimum is the best of its shapes.
 */
final class CandidateSpace {

    /**
     * Whether the space holds an optimal layout of every layout there is (the encoder says packing
     * suffices, or there is no unit), so that its optimum is the optimum.
     */
    static boolean complete(LayoutProblem problem) {
        return problem.unit == null || problem.encoder.packingSuffices();
    }

    /** A size and alignment one memory may take. */
    private record Shape(long size, long alignment) {
    }

    /**
     * Where the next memory of a packed chain goes (above {@code at}, or below it going down), and
     * which memories the chain holds already (bit i: item i).
     */
    private record Cursor(Stretch stretch, long at, boolean down, long used) {

        /** The base a memory of this shape takes: the first aligned one above, or below going down. */
        long baseFor(Shape shape) {
            long a = shape.alignment();
            return down ? Math.floorDiv(at - shape.size(), a) * a : Math.ceilDiv(at, a) * a;
        }
    }

    /** Chains explored at most per allowed candidate, before the exact mode declines. */
    private static final int CURSORS_PER_CANDIDATE = 50;

    private CandidateSpace() {
    }

    /**
     * The candidates of the problem, or empty when there are more than {@code cap} (or finding
     * them takes too long): a space that large is not worth proving within a layout's time.
     */
    static Optional<List<Candidate>> of(LayoutProblem problem, int cap) {
        if (problem.items.size() >= Long.SIZE) {
            return Optional.empty();
        }
        List<List<Shape>> shapes = problem.items.stream().map(i -> shapes(i, problem)).toList();
        Set<Long> bankStarts = new HashSet<>();
        problem.design.getBoard().getBanks().forEach(b -> bankStarts.add(b.getBase()));
        Deque<Cursor> work = new ArrayDeque<>();
        Set<Cursor> seen = new HashSet<>();
        for (Stretch s : problem.stretches) {
            work.add(new Cursor(s, s.start(), false, 0));
            // packing down only pays where something above the stretch can join a run
            if (s.end() < top(s.bank()) || bankStarts.contains(s.end())) {
                work.add(new Cursor(s, s.end(), true, 0));
            }
        }
        seen.addAll(work);
        Set<Candidate> found = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            Cursor cursor = work.poll();
            for (Item item : problem.items) {
                long bit = 1L << item.index();
                if ((cursor.used() & bit) != 0 || !item.allowed().contains(cursor.stretch())) {
                    continue;
                }
                for (Shape shape : shapes.get(item.index())) {
                    long base = cursor.baseFor(shape);
                    if (!cursor.stretch().holds(base, shape.size())) {
                        continue;
                    }
                    found.add(new Candidate(item, cursor.stretch(), base, shape.size()));
                    if (found.size() > cap) {
                        return Optional.empty();
                    }
                    Cursor next = new Cursor(cursor.stretch(), cursor.down() ? base : base + shape.size(),
                            cursor.down(), cursor.used() | bit);
                    if (seen.add(next)) {
                        if (seen.size() > (long) CURSORS_PER_CANDIDATE * cap) {
                            return Optional.empty();
                        }
                        work.add(next);
                    }
                }
            }
        }
        return Optional.of(List.copyOf(found));
    }

    /** The granule, and the roundings and alignments the unit's encoder finds worth trying. */
    private static List<Shape> shapes(Item item, LayoutProblem problem) {
        long granule = problem.granule;
        List<Long> alignments = new ArrayList<>(List.of(granule));
        List<Long> roundings = new ArrayList<>(List.of(granule));
        if (problem.unit != null) {
            alignments.addAll(problem.encoder.alignmentsWorthTrying(item.asked(), granule));
            roundings.addAll(problem.encoder.roundingsWorthTrying(item.asked(), granule));
        }
        Set<Shape> shapes = new LinkedHashSet<>();
        for (long r : roundings) {
            for (long a : alignments) {
                shapes.add(new Shape(item.sizeFor(r), a));
            }
        }
        return new ArrayList<>(shapes);
    }

    private static long top(MemoryBank bank) {
        return bank.getBase() + bank.getSize();
    }

}
