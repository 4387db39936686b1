package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.List;

/** The free stretches of one bank, kept sorted; a memory that keeps its base cuts itself out of them. */
final class FreeSpace {

    private final List<long[]> gaps = new ArrayList<>();

    FreeSpace(long base, long size) {
        gaps.add(new long[] { base, base + size });
    }

    /** Marks [from, to) as taken (by a memory with a fixed base). */
    void take(long from, long to) {
        List<long[]> next = new ArrayList<>();
        for (long[] g : gaps) {
            if (to <= g[0] || from >= g[1]) {
                next.add(g);
                continue;
            }
            if (from > g[0]) {
                next.add(new long[] { g[0], from });
            }
            if (to < g[1]) {
                next.add(new long[] { to, g[1] });
            }
        }
        gaps.clear();
        gaps.addAll(next);
    }

    /** The free stretches, lowest first, as [from, to) pairs. */
    List<long[]> gaps() {
        return List.copyOf(gaps);
    }

    /** The lowest base aligned to {@code align} where {@code size} bytes fit, or -1. */
    long firstFit(long size, long align) {
        for (long[] g : gaps) {
            long base = Math.ceilDiv(g[0], align) * align;
            if (base + size <= g[1]) {
                return base;
            }
        }
        return -1;
    }
}
