package org.wasmpart.core.generate;

import static org.wasmpart.core.generate.SvgWriter.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wasmpart.model.WasmModule;

/** The memory map's legend: the scale and its minimum heights, then a swatch for each kind of shape. */
final class MapLegend {

    private static final double LINE = 16;

    /** A swatch and what it means. */
    private record Key(String fill, String stroke, String opacity, String text) {
    }

    private MapLegend() {
    }

    /** The legend's height. */
    static double height(GenerationInput input) {
        return (keys(input).size() + 3) * LINE;
    }

    /**
     * @param x          where the legend's lines start
     * @param top        the y of its first line
     * @param bytesPerPx the scale
     * @param minMemory  the least height of a memory
     * @param minFree    the least height of free space and rounding
     */
    static void draw(SvgWriter w, GenerationInput input, double x, double top, double bytesPerPx, double minMemory,
            double minFree) {
        double y = top;
        w.text("text", String.format(Locale.ROOT, "Scale: 1 px = %.1f bytes; a memory is at least %s px high, free"
                + " space and rounding at least %s px.", bytesPerPx, num(minMemory), num(minFree)), "x", num(x), "y",
                num(y));
        y += LINE;
        w.text("text", "Addresses on the left mark where each piece starts, the top one where the bank ends.", "x",
                num(x), "y", num(y));
        if (input.unit().isPresent()) {
            y += LINE;
            w.text("text", "Right of each bank: one lane per module, one bar per entry, in entry order.", "x", num(x),
                    "y", num(y));
        }
        for (Key k : keys(input)) {
            y += LINE;
            w.empty("rect", "x", num(x), "y", num(y - 9), "width", "18", "height", "10", "fill", k.fill(),
                    "fill-opacity", k.opacity(), "stroke", k.stroke());
            w.text("text", k.text(), "x", num(x + 26), "y", num(y));
        }
    }

    private static List<Key> keys(GenerationInput input) {
        List<Key> keys = new ArrayList<>();
        for (WasmModule m : input.design().getModules()) {
            keys.add(new Key(MapColours.of(input.design(), m), "#333333", "1",
                    "module " + input.symbols().name(m) + ": private memory"));
        }
        keys.add(new Key(MapColours.SHARED, "#333333", "1", "shared region (subpartitions inset on the right)"));
        keys.add(new Key(MapColours.WASTE, MapColours.WASTE_LINE, "1",
                "waste: rounding (top of a memory) and alignment gaps"));
        keys.add(new Key("#FFFFFF", "#BBBBBB", "1", "unused"));
        if (input.unit().isPresent()) {
            keys.add(new Key("#555555", "#555555", "1",
                    "entry bar, solid: the entry decides these addresses and allows the module access"));
            keys.add(new Key("#555555", "none", "0.3", "entry bar, pale: the entry matches, another entry decides"));
            keys.add(new Key("#FFFFFF", "#555555", "1", "entry bar, outlined: the entry decides and denies"));
        }
        return keys;
    }
}
