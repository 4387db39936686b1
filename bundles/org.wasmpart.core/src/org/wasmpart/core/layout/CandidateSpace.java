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
import org.wasmpart.model.ProtectionKind;

/**
 * The finite layout space the exact mode proves its optimum over: every placement reachable by
 * packing memories one after another, upward from the start of a free stretch and, where memory
 * may sit right above a stretch (a kept memory, or another bank), downward from its end. A memory
 * packed at a cursor takes the first base with its alignment, and its end (or its base, going
 * down) is a new cursor.
 * <p>
 * Which sizes and alignments a memory may take depends on the unit, as hardware rules live only
 * in the encoders:
 * <ul>
 * <li>PMSAv8, MMU and no unit: the size rounded to the granule, aligned to the granule. For
 * PMSAv8 (and trivially without a unit) the space is exact: from any layout with granule-aligned
 * bases, slide the memories that form a block touching a stretch's top up against it and every
 * other memory down to close the gaps below it. Memories that touched still touch, those
 * touching memory outside the stretch still do, and a gap that closes can only join runs, so
 * no module needs more regions (a PMSAv8 region is any granule-aligned base and limit) and no
 * byte more is wasted. Rounding beyond the granule only opens gaps, which never joins runs.</li>
 * <li>PMP: also the power of two that holds the memory, as size and as alignment (NAPOT entries
 * need both).</li>
 * <li>PMSAv7: also an eighth of that power of two (a subregion) as size and alignment, and the
 * power of two as alignment.</li>
 * </ul>
 * For PMP and PMSAv7 the space is a choice, not a proof: the optimum is the best of these shapes.
 */
final class CandidateSpace {

    /**
     * Whether the space holds an optimal layout of every layout there is (PMSAv8, or no unit), so
     * that its optimum is the optimum; for PMP and PMSAv7 it is the best of the chosen shapes.
     */
    static boolean complete(LayoutProblem problem) {
        return problem.unit == null || problem.unit.kind() == ProtectionKind.PMSA_V8
                || problem.unit.kind() == ProtectionKind.NONE;
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
        ProtectionKind kind = problem.unit == null ? ProtectionKind.NONE : problem.unit.kind();
        List<List<Shape>> shapes = problem.items.stream().map(i -> shapes(i, kind, problem.granule)).toList();
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

    private static List<Shape> shapes(Item item, ProtectionKind kind, long granule) {
        int natural = log2(Math.ceilDiv(item.asked(), granule));
        int subregion = Math.max(0, natural - 3);
        List<Integer> alignLogs = switch (kind) {
            case PMP -> List.of(0, natural);
            case PMSA_V7 -> List.of(0, subregion, natural);
            case PMSA_V8, MMU, NONE -> List.of(0);
        };
        List<Integer> roundLogs = switch (kind) {
            case PMP -> List.of(0, natural);
            case PMSA_V7 -> List.of(0, subregion);
            case PMSA_V8, MMU, NONE -> List.of(0);
        };
        Set<Shape> shapes = new LinkedHashSet<>();
        for (int r : roundLogs) {
            for (int a : alignLogs) {
                shapes.add(new Shape(item.sizeFor(granule << r), granule << a));
            }
        }
        return new ArrayList<>(shapes);
    }

    private static long top(MemoryBank bank) {
        return bank.getBase() + bank.getSize();
    }

    /** The log of the smallest power of two at least {@code value}. */
    private static int log2(long value) {
        return 64 - Long.numberOfLeadingZeros(Math.max(1, value) - 1);
    }
}
