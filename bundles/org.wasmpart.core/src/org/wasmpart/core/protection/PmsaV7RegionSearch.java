package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search behind {@link PmsaV7Encoder}: the fewest layered PMSAv7 regions that paint a target
 * map of values over the 4 GiB space, value 0 meaning no access and 1.. one attribute class each.
 *
 * <p>Every region is a node of the binary tree of aligned power-of-two blocks, so any two regions
 * are nested or disjoint. The search only builds layouts where a nested region has a higher number
 * than the region around it; the other order can help only in rare corner cases (a 64 or 128 B
 * region showing through 32 or 64 B subregions of a 256..1024 B region above it). Under that rule
 * an address gets the value of the deepest region that covers it with an enabled subregion.
 *
 * <p>The search walks the tree top-down. Its state is a block plus what the regions above show
 * in each of its eight pieces (its eighths, the subregions of a region placed on it), and the
 * number of the lowest value a further region on the same block may have: several regions may be
 * stacked on one block (a hole and an override, or one region per value), and stacking them by
 * increasing value loses nothing, since any piece can still end with any of their values. In a
 * piece where the target is one value, only "right" or "wrong" matters, so wrong values are all
 * stored as {@link #WRONG}; that keeps the memo small. A region's subregion bits are forced where
 * the piece's target is one value: enabled exactly where it turns a wrong piece right, as enabling
 * elsewhere never helps. Only pieces with a boundary inside them leave a real choice (enable the
 * region as their background or let the one below show), so only those are enumerated, and only
 * exhaustively while there are few of them; else the value covering most of the piece decides.
 * A region of 512 B or more enabled in one half only is the same as a region on that half, so it
 * is only tried there. Without a boundary inside, a block needs no region or exactly one.
 */
final class PmsaV7RegionSearch {

    /** The value of addresses no range covers. */
    static final int NO_ACCESS = 0;

    /** A region found: value 0 is a hole (no access for unprivileged code). */
    record Block(long base, int exponent, int srd, int value) {
    }

    /** A piece whose target is one value that the regions above do not give. */
    private static final int WRONG = 0xFF;
    /** A piece whose target is not one value. */
    private static final int MIXED = -1;
    private static final int UNREACHABLE = 1 << 20;
    private static final int PIECES = 8;
    /** log2 of the smallest region with subregions: 256 B. */
    static final int SUBREGION_EXPONENT = 8;
    private static final int TOP_EXPONENT = 32;
    /** Above this many boundary pieces the background choice is the majority value, not a search. */
    private static final int EXHAUSTIVE_PIECES = 3;

    private record State(long base, int exponent, long pattern, int lowestValue) {
    }

    /**
     * The target of a block's eighths.
     *
     * @param targets the single value of each piece, or {@link #MIXED}
     * @param present the values found in each piece, one bit each
     * @param whole   the single value of the block, or {@link #MIXED}
     */
    private record Pieces(int[] targets, long[] present, int whole) {
    }

    private sealed interface Step {
        int cost();
    }

    private record Nothing() implements Step {
        @Override
        public int cost() {
            return 0;
        }
    }

    private record Impossible() implements Step {
        @Override
        public int cost() {
            return UNREACHABLE;
        }
    }

    /** One region gives the whole block its single target value. */
    private record Cover(int value, int srd) implements Step {
        @Override
        public int cost() {
            return 1;
        }
    }

    private record Split(int cost) implements Step {
    }

    /** A region on this block, then the same block again with what it shows. */
    private record Place(int cost, int value, int srd, long next) implements Step {
    }

    private final long[] edges;
    private final int[] values;
    private final int minExponent;
    private final Map<State, Step> memo = new HashMap<>();
    private final Map<Long, Pieces> blocks = new HashMap<>();

    /**
     * @param edges       segment starts, first 0; segment i is [edges[i], edges[i+1]) or up to 4 GiB
     * @param values      segment values, neighbours differ
     * @param minExponent log2 of the smallest region the unit allows
     */
    PmsaV7RegionSearch(long[] edges, int[] values, int minExponent) {
        this.edges = edges;
        this.values = values;
        this.minExponent = minExponent;
    }

    /**
     * The regions, lowest number first.
     *
     * @throws IllegalStateException when a boundary is finer than the smallest subregion, which the
     *                               caller rules out first
     */
    List<Block> run() {
        State root = new State(0, TOP_EXPONENT, canonical(pieces(0, TOP_EXPONENT), uniformPattern(NO_ACCESS)),
                NO_ACCESS);
        if (cost(root) >= UNREACHABLE) {
            throw new IllegalStateException("a boundary is finer than the smallest subregion");
        }
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks);
        return blocks;
    }

    private int cost(State state) {
        Step known = memo.get(state);
        if (known == null) {
            known = solve(state);
            memo.put(state, known);
        }
        return known.cost();
    }

    private Step solve(State s) {
        int exponent = s.exponent();
        Pieces pieces = pieces(s.base(), exponent);
        int[] target = pieces.targets();
        int wrong = 0;
        int mixed = 0;
        long candidates = 0;
        for (int i = 0; i < PIECES; i++) {
            candidates |= pieces.present()[i];
            if (target[i] == MIXED) {
                mixed |= 1 << i;
            } else if (piece(s.pattern(), i) != target[i]) {
                wrong |= 1 << i;
            }
        }
        if (wrong == 0 && mixed == 0) {
            return new Nothing();
        }
        if (exponent < minExponent) {
            return new Impossible();
        }
        if (pieces.whole() != MIXED && (exponent <= SUBREGION_EXPONENT || inBothHalves(wrong))) {
            return new Cover(pieces.whole(), exponent >= SUBREGION_EXPONENT ? ~wrong & 0xFF : 0);
        }
        Step best = split(s);
        int floor = lowerBound(pieces, s.pattern());
        for (int value = s.lowestValue(); value < Long.SIZE && best.cost() > floor; value++) {
            if ((candidates & 1L << value) != 0) {
                best = placeBest(s, pieces, value, wrong, mixed, best);
            }
        }
        return best;
    }

    /**
     * Regions the block needs at least: one per value that some piece needs and does not show,
     * since each region gives one value.
     */
    private static int lowerBound(Pieces pieces, long pattern) {
        long needed = 0;
        for (int i = 0; i < PIECES; i++) {
            int shown = piece(pattern, i);
            long missing = pieces.targets()[i] == MIXED ? pieces.present()[i] : 1L << pieces.targets()[i];
            if (shown != WRONG) {
                missing &= ~(1L << shown);
            }
            needed |= missing;
        }
        return Long.bitCount(needed);
    }

    private Step split(State s) {
        int child = s.exponent() - 1;
        long half = 1L << child;
        int cost = cost(new State(s.base(), child, childPattern(s, 0), NO_ACCESS))
                + cost(new State(s.base() + half, child, childPattern(s, 1), NO_ACCESS));
        return new Split(Math.min(cost, UNREACHABLE));
    }

    private Step placeBest(State s, Pieces pieces, int value, int wrong, int mixed, Step best) {
        if (s.exponent() < SUBREGION_EXPONENT) {
            return consider(s, pieces, value, 0xFF, best);
        }
        int forced = 0;
        int open = 0;
        for (int i = 0; i < PIECES; i++) {
            if ((wrong & 1 << i) != 0 && pieces.targets()[i] == value) {
                forced |= 1 << i;
            } else if ((mixed & 1 << i) != 0 && piece(s.pattern(), i) != value
                    && (pieces.present()[i] & 1L << value) != 0) {
                open |= 1 << i;
            }
        }
        if (Integer.bitCount(open) > EXHAUSTIVE_PIECES) {
            return consider(s, pieces, value, forced | majorityPieces(s, open, value), best);
        }
        for (int chosen = open;; chosen = (chosen - 1) & open) {
            best = consider(s, pieces, value, forced | chosen, best);
            if (chosen == 0) {
                return best;
            }
        }
    }

    private Step consider(State s, Pieces pieces, int value, int enabled, Step best) {
        if (enabled == 0 || s.exponent() > SUBREGION_EXPONENT && !inBothHalves(enabled)) {
            return best;
        }
        long next = s.pattern();
        for (int i = 0; i < PIECES; i++) {
            if ((enabled & 1 << i) != 0) {
                next = withPiece(next, i, value);
            }
        }
        next = canonical(pieces, next);
        if (next == s.pattern() || 1 + lowerBound(pieces, next) >= best.cost()) {
            return best;
        }
        int cost = 1 + cost(new State(s.base(), s.exponent(), next, value + 1));
        if (cost >= best.cost()) {
            return best;
        }
        int srd = s.exponent() >= SUBREGION_EXPONENT ? ~enabled & 0xFF : 0;
        return new Place(cost, value, srd, next);
    }

    /** The open pieces where the value covers at least half the bytes. */
    private int majorityPieces(State s, int open, int value) {
        int chosen = 0;
        for (int i = 0; i < PIECES; i++) {
            if ((open & 1 << i) != 0 && 2 * bytesWith(value, pieceBase(s, i), pieceBase(s, i + 1))
                    >= pieceBase(s, i + 1) - pieceBase(s, i)) {
                chosen |= 1 << i;
            }
        }
        return chosen;
    }

    private void collect(State s, List<Block> out) {
        switch (memo.get(s)) {
            case Nothing n -> {
            }
            case Cover c -> out.add(new Block(s.base(), s.exponent(), c.srd(), c.value()));
            case Place p -> {
                out.add(new Block(s.base(), s.exponent(), p.srd(), p.value()));
                collect(new State(s.base(), s.exponent(), p.next(), p.value() + 1), out);
            }
            case Split sp -> {
                int child = s.exponent() - 1;
                collect(new State(s.base(), child, childPattern(s, 0), NO_ACCESS), out);
                collect(new State(s.base() + (1L << child), child, childPattern(s, 1), NO_ACCESS), out);
            }
            case Impossible i -> throw new IllegalStateException("collecting an impossible layout");
        }
    }

    /** What the regions above show in each eighth of one half of the block. */
    private long childPattern(State s, int half) {
        long pattern = 0;
        for (int i = 0; i < PIECES; i++) {
            pattern = withPiece(pattern, i, piece(s.pattern(), half * PIECES / 2 + i / 2));
        }
        return canonical(pieces(s.base() + half * (1L << (s.exponent() - 1)), s.exponent() - 1), pattern);
    }

    /** Wrong values in pieces with a single target value all become {@link #WRONG}. */
    private static long canonical(Pieces pieces, long pattern) {
        long result = pattern;
        for (int i = 0; i < PIECES; i++) {
            int target = pieces.targets()[i];
            if (target != MIXED && piece(pattern, i) != target) {
                result = withPiece(result, i, WRONG);
            }
        }
        return result;
    }

    private Pieces pieces(long base, int exponent) {
        return blocks.computeIfAbsent(base << 6 | exponent, key -> {
            long pieceSize = (1L << exponent) / PIECES;
            int[] targets = new int[PIECES];
            long[] present = new long[PIECES];
            for (int i = 0; i < PIECES; i++) {
                targets[i] = uniformValue(base + i * pieceSize, base + (i + 1) * pieceSize);
                present[i] = valuesIn(base + i * pieceSize, base + (i + 1) * pieceSize);
            }
            return new Pieces(targets, present, uniformValue(base, base + (1L << exponent)));
        });
    }

    private static long pieceBase(State s, int i) {
        return s.base() + i * ((1L << s.exponent()) / PIECES);
    }

    private static boolean inBothHalves(int pieces) {
        return (pieces & 0x0F) != 0 && (pieces & 0xF0) != 0;
    }

    private static long uniformPattern(int value) {
        long pattern = 0;
        for (int i = 0; i < PIECES; i++) {
            pattern = withPiece(pattern, i, value);
        }
        return pattern;
    }

    private static int piece(long pattern, int i) {
        return (int) (pattern >>> (8 * i)) & 0xFF;
    }

    private static long withPiece(long pattern, int i, int value) {
        return pattern & ~(0xFFL << (8 * i)) | (long) value << (8 * i);
    }

    /** The single target value of [from, to), or {@link #MIXED}. */
    private int uniformValue(long from, long to) {
        int i = segmentAt(from);
        return segmentEnd(i) >= to ? values[i] : MIXED;
    }

    /** The target values present in [from, to), one bit each. */
    private long valuesIn(long from, long to) {
        long present = 0;
        for (int i = segmentAt(from); i < edges.length && edges[i] < to; i++) {
            present |= 1L << values[i];
        }
        return present;
    }

    private long bytesWith(int value, long from, long to) {
        long bytes = 0;
        for (int i = segmentAt(from); i < edges.length && edges[i] < to; i++) {
            if (values[i] == value) {
                bytes += Math.min(to, segmentEnd(i)) - Math.max(from, edges[i]);
            }
        }
        return bytes;
    }

    private long segmentEnd(int i) {
        return i + 1 < edges.length ? edges[i + 1] : 1L << TOP_EXPONENT;
    }

    private int segmentAt(long address) {
        int lo = 0;
        int hi = edges.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (edges[mid] <= address) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
