package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A layout as the search changes it: for every free stretch, the memories packed into it from
 * its start, in order; for every memory, the power of two (times the granule) its base is aligned
 * to and the one its size is rounded up to. Decoding packs each memory at the first address past
 * its predecessor that has its alignment.
 */
final class Arrangement {

    final List<List<Item>> sequences;
    final int[] alignLog;
    final int[] roundLog;
    /** Per item, the stretch whose sequence holds it. */
    private final int[] where;

    Arrangement(int stretches, int items) {
        sequences = new ArrayList<>(stretches);
        for (int s = 0; s < stretches; s++) {
            sequences.add(new ArrayList<>());
        }
        alignLog = new int[items];
        roundLog = new int[items];
        where = new int[items];
    }

    private Arrangement(Arrangement other) {
        sequences = new ArrayList<>(other.sequences.size());
        other.sequences.forEach(s -> sequences.add(new ArrayList<>(s)));
        alignLog = other.alignLog.clone();
        roundLog = other.roundLog.clone();
        where = other.where.clone();
    }

    Arrangement copy() {
        return new Arrangement(this);
    }

    /** The placements this arrangement makes; memories that run past their stretch's end are left out. */
    List<Placement> decode(LayoutProblem problem) {
        List<Placement> placements = new ArrayList<>(alignLog.length);
        for (int s = 0; s < sequences.size(); s++) {
            Stretch stretch = problem.stretches.get(s);
            long cursor = stretch.start();
            for (Item item : sequences.get(s)) {
                long size = item.sizeFor(problem.granule << roundLog[item.index()]);
                long align = problem.granule << alignLog[item.index()];
                long base = Math.ceilDiv(cursor, align) * align;
                if (stretch.holds(base, size)) {
                    placements.add(new Placement(item.original(), stretch.bank(), base, size, 0));
                    cursor = base + size;
                }
            }
        }
        return placements;
    }

    /** The stretch (by index) whose sequence holds the item. */
    int stretchOf(Item item) {
        return where[item.index()];
    }

    /** Puts an item (held by no sequence) into a stretch's sequence at a position. */
    void insert(Item item, int stretch, int position) {
        sequences.get(stretch).add(position, item);
        where[item.index()] = stretch;
    }

    /** Takes an item out of its sequence; returns the position it had. */
    int remove(Item item) {
        List<Item> sequence = sequences.get(where[item.index()]);
        int at = sequence.indexOf(item);
        sequence.remove(at);
        return at;
    }

    /** Exchanges two items' places (each keeps the other's stretch and position). */
    void swap(Item x, Item y) {
        int sx = where[x.index()];
        int sy = where[y.index()];
        List<Item> first = sequences.get(sx);
        List<Item> second = sequences.get(sy);
        int px = first.indexOf(x);
        int py = second.indexOf(y);
        first.set(px, y);
        second.set(py, x);
        where[x.index()] = sy;
        where[y.index()] = sx;
    }
}
