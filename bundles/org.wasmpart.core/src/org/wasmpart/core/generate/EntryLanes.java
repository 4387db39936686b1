package org.wasmpart.core.generate;

import static org.wasmpart.core.generate.SvgWriter.num;

import java.util.List;
import java.util.Map;

import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.EntryCoverage;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.WasmModule;

/**
 * The memory map's entry lanes beside a bank's column: one lane per module, one bar per entry in
 * entry order over the part of the bank the entry matches; pale where another entry decides,
 * solid where it decides and allows, outlined where it decides and denies.
 */
final class EntryLanes {

    private static final double LANE = 6;
    private static final double GAP = 10;

    private EntryLanes() {
    }

    /** The width the lanes of every module take beside each column. */
    static double width(Map<WasmModule, List<EntryCoverage>> coverage) {
        return coverage.values().stream().mapToDouble(c -> c.size() * LANE + GAP).sum();
    }

    /**
     * @param top the y of the column's top, above which the lanes' names stand
     * @param x   where the first lane starts
     */
    static void draw(SvgWriter w, GenerationInput input, Map<WasmModule, List<EntryCoverage>> coverage,
            MemoryBank bank, MapScale scale, double top, double x) {
        AddressSpan whole = AddressSpan.of(bank.getBase(), bank.getSize());
        for (Map.Entry<WasmModule, List<EntryCoverage>> e : coverage.entrySet()) {
            String name = input.symbols().name(e.getKey());
            String colour = MapColours.of(input.design(), e.getKey());
            List<EntryCoverage> entries = e.getValue();
            double centre = x + entries.size() * LANE / 2;
            w.text("text", MemoryMap.fit(name) + (entries.isEmpty() ? ": no entries"
                    : ": entries " + entries.get(0).entry().index() + "-" + entries.get(entries.size() - 1).entry().index()),
                    "x", num(centre), "y", num(top - 6), "transform", "rotate(-90 " + num(centre) + " " + num(top - 6)
                            + ")", "font-size", "10");
            for (int k = 0; k < entries.size(); k++) {
                EntryCoverage c = entries.get(k);
                double bx = x + k * LANE;
                String what = name + " entry " + c.entry().index() + " (" + EntryFields.type(c.entry()) + ")";
                for (AddressSpan m : c.matched()) {
                    m.within(whole).ifPresent(in -> bar(w, what + " matches " + m.inclusive()
                            + "; another entry decides where this bar is pale", in, scale, bx, colour, "0.3", "none"));
                }
                for (AddressSpan d : c.decides()) {
                    String access = c.access() == Access.NONE ? "denies" : "allows " + c.access().name();
                    d.within(whole).ifPresent(in -> bar(w, what + " decides " + d.inclusive() + ": " + access, in,
                            scale, bx, c.access() == Access.NONE ? "#FFFFFF" : colour, "1", colour));
                }
            }
            x += entries.size() * LANE + GAP;
        }
    }

    private static void bar(SvgWriter w, String title, AddressSpan span, MapScale scale, double x, String fill,
            String opacity, String stroke) {
        double top = scale.y(span.end());
        double h = Math.max(1, scale.y(span.base()) - top);
        w.titled("rect", title, "x", num(x), "y", num(top), "width", num(LANE - 2), "height", num(h), "fill", fill,
                "fill-opacity", opacity, "stroke", stroke, "stroke-width", "0.8");
    }
}
