package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fewest RISC-V PMP entries that give exactly an access map, found by dynamic programming over
 * the runs in address order.
 * <p>
 * Entries are laid out in address order. A run costs one entry when it is a naturally aligned power
 * of two (NAPOT), four bytes with NA4, or a TOR whose bottom the previous entry supplies; otherwise an
 * OFF entry holding its base plus a TOR. The previous entry supplies the bottom whenever the run
 * touches what that entry covers: a TOR or OFF entry ends exactly there, and a NAPOT or NA4 entry's
 * pmpaddr, read as an address, lies inside its own block, whose bytes it already decides because it
 * has the lower number.
 * <p>
 * Layers are searched too: a NAPOT block of some access may cover several pieces and the gaps
 * between them, with the bytes that must differ (including the gaps, denied by entries with
 * R=W=X=0) given by lower-numbered entries placed just before it. Each block is the smallest aligned
 * one around a sequence of pieces; larger blocks around the same pieces are not tried.
 */
final class PmpLayout {

    /** A stretch of addresses that must get one access. */
    record Piece(long base, long end, Access access) {
        long size() {
            return end - base;
        }
    }

    /** How one item of a layout is given. */
    sealed interface Item permits Single, Split, Block {
        int cost();
    }

    /** A piece given on its own. */
    record Single(Piece piece, PmpMode mode, boolean withBottom) implements Item {
        @Override
        public int cost() {
            return withBottom ? 2 : 1;
        }
    }

    /** A piece a unit without TOR gives as aligned power-of-two blocks, one NAPOT (or NA4) entry each. */
    record Split(Piece piece, List<long[]> blocks) implements Item {
        @Override
        public int cost() {
            return blocks.size();
        }
    }

    /** A NAPOT block of one access, after the entries that correct it inside. */
    record Block(long base, long size, Access access, Layout inside) implements Item {
        @Override
        public int cost() {
            return 1 + inside.cost();
        }
    }

    /**
     * Items in entry order, kept as a chain to the previous layout so that extending a layout
     * costs O(1) however long it is.
     */
    record Layout(int cost, Item last, Layout before) {

        static final Layout EMPTY = new Layout(0, null, null);

        Layout plus(Item item) {
            return new Layout(cost + item.cost(), item, this);
        }

        List<Item> items() {
            List<Item> items = new ArrayList<>();
            for (Layout l = this; l.last != null; l = l.before) {
                items.add(l.last);
            }
            return items.reversed();
        }
    }

    private static final long SPACE = 1L << 32;
    private static final long NONE_YET = -1;

    private final List<Piece> truth;
    private final long minNapot;
    private final boolean na4;
    private final boolean tor;
    private final Map<String, Layout> blocks = new HashMap<>();

    /**
     * @param truth the runs with their access, sorted, disjoint, on the grain
     * @param grain the PMP grain in bytes
     * @param na4   whether NA4 is selectable
     * @param tor   whether TOR is selectable (not on NAPOT-only cores)
     */
    PmpLayout(List<Piece> truth, long grain, boolean na4, boolean tor) {
        this.truth = truth;
        this.minNapot = Math.max(8, grain);
        this.na4 = na4;
        this.tor = tor;
    }

    /**
     * @param bottomAtZero whether the first entry is entry 0, whose TOR bottom is address 0
     */
    Layout solve(boolean bottomAtZero) {
        return solve(0, SPACE, Access.NONE, bottomAtZero ? 0 : NONE_YET, true);
    }

    /**
     * The best layout making every byte of [lo, hi) exact where the access differs from background.
     *
     * @param previousEnd where what the preceding entry decides ends, so a piece starting there can
     *                    take its TOR bottom from it; {@link #NONE_YET} when nothing precedes usefully
     * @param whole       whether [lo, hi) is the whole address space (else a NAPOT block, which a
     *                    block inside must not equal)
     */
    private Layout solve(long lo, long hi, Access background, long previousEnd, boolean whole) {
        List<Piece> pieces = pieces(lo, hi, background);
        int m = pieces.size();
        List<Map<Long, Layout>> best = new ArrayList<>();
        for (int k = 0; k <= m; k++) {
            best.add(new TreeMap<>());
        }
        best.get(0).put(previousEnd, Layout.EMPTY);
        for (int k = 0; k < m; k++) {
            Piece piece = pieces.get(k);
            for (Map.Entry<Long, Layout> state : best.get(k).entrySet()) {
                long end = state.getKey();
                Layout sofar = state.getValue();
                relax(best.get(k + 1), piece.end(), sofar.plus(single(piece, end)));
                long floor = k == 0 ? lo : pieces.get(k - 1).end();
                for (int j = k; j < m; j++) {
                    long size = enclosingSize(piece.base(), pieces.get(j).end());
                    long base = piece.base() - piece.base() % size;
                    if (base < floor || (!whole && size >= hi - lo)) {
                        break;
                    }
                    if (j + 1 < m && base + size > pieces.get(j + 1).base()) {
                        continue;
                    }
                    for (Access access : accessesWithin(base, base + size)) {
                        if (access != background) {
                            Layout inside = block(base, size, access, end == base);
                            relax(best.get(j + 1), base + size,
                                    sofar.plus(new Block(base, size, access, inside)));
                        }
                    }
                }
            }
        }
        return best.get(m).values().stream().reduce((a, b) -> b.cost() < a.cost() ? b : a).orElseThrow();
    }

    private Item single(Piece piece, long previousEnd) {
        if (isNapot(piece.base(), piece.size())) {
            return new Single(piece, PmpMode.NAPOT, false);
        }
        if (na4 && piece.size() == 4) {
            return new Single(piece, PmpMode.NA4, false);
        }
        if (!tor) {
            return new Split(piece, napotBlocks(piece.base(), piece.end()));
        }
        return new Single(piece, PmpMode.TOR, piece.base() != previousEnd);
    }

    /** [base, end) as the fewest aligned power-of-two blocks: the largest that fits at each step. */
    private List<long[]> napotBlocks(long base, long end) {
        List<long[]> blocks = new ArrayList<>();
        for (long at = base; at < end;) {
            long size = at == 0 ? Long.highestOneBit(end) : Long.lowestOneBit(at);
            while (at + size > end) {
                size >>>= 1;
            }
            if (size < minNapot && !(na4 && size == 4)) {
                throw new IllegalStateException("range [" + base + ", " + end + ") is off the NAPOT grain");
            }
            blocks.add(new long[] { at, size });
            at += size;
        }
        return blocks;
    }

    private Layout block(long base, long size, Access access, boolean bottomAtBase) {
        String key = base + "/" + size + "/" + access + "/" + bottomAtBase;
        Layout known = blocks.get(key);
        if (known == null) {
            known = solve(base, base + size, access, bottomAtBase ? base : NONE_YET, false);
            blocks.put(key, known);
        }
        return known;
    }

    private static void relax(Map<Long, Layout> states, long end, Layout candidate) {
        Layout present = states.get(end);
        if (present == null || candidate.cost() < present.cost()) {
            states.put(end, candidate);
        }
    }

    /** The index of the first run ending after the address (runs are sorted and disjoint). */
    private int firstEndingAfter(long address) {
        int lo = 0;
        int hi = truth.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (truth.get(mid).end() <= address) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean isNapot(long base, long size) {
        return size >= minNapot && Long.bitCount(size) == 1 && base % size == 0;
    }

    /** The smallest NAPOT size whose aligned block around base also holds end - 1. */
    private long enclosingSize(long base, long end) {
        long size = minNapot;
        while (base / size != (end - 1) / size) {
            size <<= 1;
        }
        return size;
    }

    /** The distinct accesses of the bytes of [lo, hi), NONE included where no run is. */
    private List<Access> accessesWithin(long lo, long hi) {
        List<Access> found = new ArrayList<>();
        for (Piece piece : pieces(lo, hi, null)) {
            if (!found.contains(piece.access())) {
                found.add(piece.access());
            }
        }
        return found;
    }

    /** [lo, hi) cut into maximal pieces of one access, leaving out those of the background access. */
    private List<Piece> pieces(long lo, long hi, Access background) {
        List<Piece> all = new ArrayList<>();
        long cursor = lo;
        for (int i = firstEndingAfter(lo); i < truth.size(); i++) {
            Piece run = truth.get(i);
            if (run.base() >= hi) {
                break;
            }
            long from = Math.max(lo, run.base());
            if (from > cursor) {
                all.add(new Piece(cursor, from, Access.NONE));
            }
            cursor = Math.min(hi, run.end());
            all.add(new Piece(from, cursor, run.access()));
        }
        if (cursor < hi) {
            all.add(new Piece(cursor, hi, Access.NONE));
        }
        List<Piece> kept = new ArrayList<>();
        for (Piece piece : all) {
            if (piece.access() == background) {
                continue;
            }
            Piece last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.end() == piece.base() && last.access() == piece.access()) {
                kept.set(kept.size() - 1, new Piece(last.base(), piece.end(), piece.access()));
            } else {
                kept.add(piece);
            }
        }
        return kept;
    }
}
