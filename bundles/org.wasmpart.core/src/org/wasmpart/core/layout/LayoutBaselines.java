package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.model.Design;
import org.wasmpart.model.ProtectionKind;

/**
 * Today's practice, judged exactly as the solver is, so that it can be compared: (a) every
 * memory padded to a power of two and aligned to it, packed largest first (Zephyr's ARMv7-M
 * partitions, Hubris' tasks); (b) sizes rounded to the granule only, packed largest first.
 * Both put each memory in the lowest free place that fits (first fit).
 */
public final class LayoutBaselines {

    private final Function<ProtectionKind, ProtectionEncoder> encoders;

    public LayoutBaselines(Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.encoders = encoders;
    }

    /** Baseline (a): self-aligned power-of-two padding, largest first. */
    public LayoutResult powerOfTwo(Design design) {
        LayoutProblem problem = LayoutProblem.of(design, false, encoders);
        long smallest = Math.max(problem.granule, problem.unit == null ? 0 : problem.unit.minRegionSize());
        ToLongFunction<Item> size = i -> Long.highestOneBit(Math.max(smallest, i.asked()) * 2 - 1);
        return firstFit(problem, size, size);
    }

    /** Baseline (b): granule rounding, largest first. */
    public LayoutResult largestFirst(Design design) {
        LayoutProblem problem = LayoutProblem.of(design, false, encoders);
        return firstFit(problem, i -> i.sizeFor(problem.granule), i -> problem.granule);
    }

    private LayoutResult firstFit(LayoutProblem problem, ToLongFunction<Item> size, ToLongFunction<Item> align) {
        List<Item> order = new ArrayList<>(problem.items);
        order.sort(Comparator.comparingLong(size).reversed().thenComparingInt(Item::index));
        List<Placement> placements = new ArrayList<>();
        List<FreeSpace> free = problem.stretches.stream().map(s -> new FreeSpace(s.start(), s.end() - s.start()))
                .toList();
        for (Item item : order) {
            long bytes = item.resizable() ? size.applyAsLong(item) : item.asked();
            long a = align.applyAsLong(item);
            for (Stretch s : item.allowed()) {
                FreeSpace space = free.get(problem.stretches.indexOf(s));
                long base = space.firstFit(bytes, a);
                if (base >= 0) {
                    space.take(base, base + bytes);
                    placements.add(new Placement(item.original(), s.bank(), base, bytes, 0));
                    break;
                }
            }
        }
        return new LayoutSolver(encoders).judge(problem.design, placements);
    }
}
