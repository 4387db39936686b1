package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.core.generate.SvgWriter.num;
import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.PermissionMatrix;
import org.wasmpart.core.protection.Access;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * report/memory-map.svg: one column per bank that holds a memory, drawn to scale (with a minimum
 * height per piece, {@link MapScale}), each module's private memory in its colour, shared regions
 * grey with their subpartitions, waste hatched, unused space white; right of each column one lane
 * per module with a bar per hardware entry over the addresses it matches, solid where it decides.
 * Plain SVG 1.1 without scripts or fonts to fetch; every shape has a title with its exact range.
 */
final class MemoryMap {

    /** Colour-blind-friendly and distinct (Tableau 10 without its grey, which marks shared regions). */
    private static final String[] PALETTE = { "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
        "#B07AA1", "#FF9DA7", "#9C755F" };
    private static final String SHARED = "#D9D9D9";
    private static final String WASTE = "url(#waste)";

    private static final double MARGIN = 20;
    private static final double TOP = 210;
    private static final double AXIS = 84;
    private static final double COLUMN = 220;
    private static final double LANE = 6;
    private static final double LANE_GAP = 10;
    private static final double COLUMN_GAP = 30;
    /** The largest bank's height before pieces are raised to their minimum. */
    private static final double SCALE_HEIGHT = 480;
    private static final double MIN_MEMORY = 22;
    private static final double MIN_FREE = 6;
    private static final double LINE = 16;
    /** Longest label drawn; the full text is in the shape's title. */
    private static final int LABEL = 40;

    private MemoryMap() {
    }

    static String of(GenerationInput input) {
        Design d = input.design();
        List<BankUse> banks = BankUse.of(d, input.waste());
        double pxPerByte = SCALE_HEIGHT / banks.stream().mapToLong(b -> b.bank().getSize()).max().orElse(1);
        Map<WasmModule, List<EntryCoverage>> coverage = new LinkedHashMap<>();
        input.entries().forEach((m, entries) -> coverage.put(m,
                input.unit().map(u -> EntryCoverage.of(entries, u.granularity())).orElse(List.of())));
        double lanes = input.unit().isEmpty() ? 0
                : coverage.values().stream().mapToDouble(c -> c.size() * LANE + LANE_GAP).sum();
        double stride = AXIS + COLUMN + 8 + lanes + COLUMN_GAP;

        List<MapScale> scales = new ArrayList<>();
        for (BankUse b : banks) {
            scales.add(scale(b, pxPerByte));
        }
        double columns = scales.stream().mapToDouble(MapScale::height).max().orElse(0);
        double legendTop = TOP + columns + 40;
        List<Key> keys = keys(input);
        int legendLines = keys.size() + 3;
        double width = Math.max(2 * MARGIN + banks.size() * stride, 720);
        double height = legendTop + legendLines * LINE + MARGIN;

        SvgWriter w = new SvgWriter();
        w.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", num(width), "height",
                num(height), "viewBox", "0 0 " + num(width) + " " + num(height), "font-family", "sans-serif",
                "font-size", "11");
        w.text("title", "Memory map of " + label(d));
        w.text("desc", Banner.NOTICE + "; design sha256 " + input.sha256());
        w.open("defs").open("pattern", "id", "waste", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6")
                .empty("rect", "width", "6", "height", "6", "fill", "#FFFFFF")
                .empty("path", "d", "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5", "stroke", "#C0392B", "stroke-width", "1")
                .close("pattern").close("defs");
        w.empty("rect", "width", num(width), "height", num(height), "fill", "#FFFFFF");
        heading(w, input);
        for (int i = 0; i < banks.size(); i++) {
            double x = MARGIN + i * stride + AXIS;
            column(w, input, banks.get(i), scales.get(i), x);
            if (input.unit().isPresent()) {
                lanes(w, input, coverage, banks.get(i).bank(), scales.get(i), x + COLUMN + 8);
            }
        }
        legend(w, input, keys, legendTop, 1 / pxPerByte);
        return w.close("svg").toString();
    }

    /** The bank's pieces bottom up; a memory splits where its subpartitions and its rounding start. */
    private static MapScale scale(BankUse bank, double pxPerByte) {
        MapScale scale = new MapScale(TOP, pxPerByte);
        for (BankUse.Piece p : bank.pieces()) {
            if (p.kind() != BankUse.Kind.MEMORY) {
                scale.add(p.span(), MIN_FREE);
                continue;
            }
            TreeSet<Long> cuts = new TreeSet<>(List.of(p.span().base(), p.span().end()));
            long rounded = p.span().end() - p.rounding();
            cuts.add(rounded);
            if (p.memory() instanceof SharedRegion r) {
                for (Subpartition s : r.getSubpartitions()) {
                    cuts.add(r.getBase() + s.getOffset());
                    cuts.add(Math.min(p.span().end(), r.getBase() + s.getOffset() + s.getSize()));
                }
            }
            Long from = null;
            for (long cut : cuts) {
                if (from != null) {
                    scale.add(new AddressSpan(from, cut), from >= rounded ? MIN_FREE : MIN_MEMORY);
                }
                from = cut;
            }
        }
        return scale;
    }

    private static void heading(SvgWriter w, GenerationInput input) {
        Design d = input.design();
        w.text("text", "Memory map: " + fit(label(d)), "x", num(MARGIN), "y", "26", "font-size", "16",
                "font-weight", "bold");
        w.text("text", "design sha256 " + input.sha256(), "x", num(MARGIN), "y", "44", "font-family", "monospace",
                "font-size", "10");
        String unit = input.unit().map(u -> u.kind().getLiteral() + ", " + u.available() + " entries per module from"
                + " entry " + u.firstFree()).orElse("no protection unit isolates the modules");
        w.text("text", fit(label(d.getBoard())) + ": " + unit, "x", num(MARGIN), "y", "60");
    }

    private static void column(SvgWriter w, GenerationInput input, BankUse bank, MapScale scale, double x) {
        MemoryBank b = bank.bank();
        AddressSpan whole = AddressSpan.of(b.getBase(), b.getSize());
        w.text("text", fit(label(b)), "x", num(x), "y", "84", "font-weight", "bold");
        w.text("text", fit(b.getId()) + ", " + ByteCount.of(b.getSize()), "x", num(x), "y", "100");
        w.text("text", whole.inclusive(), "x", num(x), "y", "116", "font-family", "monospace", "font-size", "10");
        w.titled("rect", "bank " + label(b) + " " + whole.inclusive(), "x", num(x), "y", num(TOP), "width",
                num(COLUMN), "height", num(scale.height()), "fill", "#FFFFFF", "stroke", "#999999");
        for (BankUse.Piece p : bank.pieces()) {
            AddressSpan s = p.span();
            double top = scale.y(s.end());
            double h = scale.y(s.base()) - top;
            String range = s.inclusive() + " (" + ByteCount.of(s.size()) + ")";
            switch (p.kind()) {
                case UNUSED -> {
                    w.titled("rect", "unused " + range, box(x, top, COLUMN, h, "#FFFFFF", "#BBBBBB"));
                    centred(w, "unused, " + ByteCount.of(s.size()), x + COLUMN / 2, top, h, "#777777");
                }
                case ALIGNMENT -> {
                    w.titled("rect", "alignment gap (waste) " + range, box(x, top, COLUMN, h, WASTE, "#C0392B"));
                    centred(w, "alignment gap, " + ByteCount.of(s.size()), x + COLUMN / 2, top, h, "#000000");
                }
                case MEMORY -> memory(w, input, p, scale, x);
            }
        }
        addresses(w, bank, scale, x);
    }

    private static void memory(SvgWriter w, GenerationInput input, BankUse.Piece p, MapScale scale, double x) {
        AddressSpan s = p.span();
        double top = scale.y(s.end());
        double h = scale.y(s.base()) - top;
        String name = input.symbols().name((Identified) p.memory());
        String range = s.inclusive() + " (" + ByteCount.of(s.size()) + ")";
        switch (p.memory()) {
            case WasmModule m -> w.titled("rect", "module " + name + ": private memory " + range + ", RW",
                    box(x, top, COLUMN, h, colour(input, m), "#333333"));
            case SharedRegion r -> {
                w.titled("rect", "region " + name + " " + range + ": " + reachedBy(input, r),
                        box(x, top, COLUMN, h, SHARED, "#333333"));
                for (Subpartition sp : r.getSubpartitions()) {
                    AddressSpan at = AddressSpan.of(r.getBase() + sp.getOffset(), sp.getSize());
                    double st = scale.y(at.end());
                    double sh = scale.y(at.base()) - st;
                    w.titled("rect", "subpartition " + name + "." + input.symbols().name(sp) + " " + at.inclusive()
                            + " (" + ByteCount.of(at.size()) + "): " + reachedBy(input, sp),
                            box(x + COLUMN / 2, st, COLUMN / 2, sh, "#F4F4F4", "#555555"));
                    centred(w, fit(input.symbols().name(sp)), x + COLUMN * 3 / 4, st, sh, "#000000");
                }
            }
            default -> throw new IllegalStateException("not a memory: " + p.memory());
        }
        if (p.rounding() > 0) {
            AddressSpan r = new AddressSpan(s.end() - p.rounding(), s.end());
            double rt = scale.y(r.end());
            w.titled("rect", "rounding (waste) " + r.inclusive() + " (" + ByteCount.of(r.size()) + ")",
                    box(x, rt, COLUMN, scale.y(r.base()) - rt, WASTE, "#C0392B"));
        }
        double labelX = p.memory() instanceof SharedRegion r && !r.getSubpartitions().isEmpty() ? x + COLUMN / 4
                : x + COLUMN / 2;
        double asked = scale.y(s.end() - p.rounding());
        centred(w, fit(name) + ", " + ByteCount.of(s.size()), labelX, asked, scale.y(s.base()) - asked, "#000000");
    }

    /** Who may reach a region or subpartition and how, from the grants: "parser RW, logger R". */
    private static String reachedBy(GenerationInput input, Shareable target) {
        String who = input.design().getModules().stream().filter(m -> !PermissionMatrix.cell(m, target).equals("-"))
                .map(m -> input.symbols().name(m) + " " + PermissionMatrix.cell(m, target))
                .collect(Collectors.joining(", "));
        return who.isEmpty() ? "no module" : who;
    }

    /** Piece boundaries left of the column, bottom up, skipping one that would overlap the one below. */
    private static void addresses(SvgWriter w, BankUse bank, MapScale scale, double x) {
        List<Long> at = new ArrayList<>();
        bank.pieces().forEach(p -> at.add(p.span().base()));
        at.add(bank.bank().getBase() + bank.bank().getSize());
        double last = Double.MAX_VALUE;
        for (long a : at) {
            double y = scale.y(a);
            if (last - y >= 11) {
                w.text("text", formatAddress(a), "x", num(x - 4), "y", num(y + 3.5),
                        "text-anchor", "end", "font-family", "monospace", "font-size", "10");
                last = y;
            }
        }
    }

    /** One lane per module, one bar per entry in entry order, over the part of the bank it matches. */
    private static void lanes(SvgWriter w, GenerationInput input, Map<WasmModule, List<EntryCoverage>> coverage,
            MemoryBank bank, MapScale scale, double x) {
        AddressSpan whole = AddressSpan.of(bank.getBase(), bank.getSize());
        for (Map.Entry<WasmModule, List<EntryCoverage>> e : coverage.entrySet()) {
            String name = input.symbols().name(e.getKey());
            String colour = colour(input, e.getKey());
            List<EntryCoverage> entries = e.getValue();
            double centre = x + entries.size() * LANE / 2;
            w.text("text", fit(name) + (entries.isEmpty() ? ": no entries" : ": entries " + entries.get(0).entry().index()
                    + "-" + entries.get(entries.size() - 1).entry().index()), "x", num(centre), "y", num(TOP - 6),
                    "transform", "rotate(-90 " + num(centre) + " " + num(TOP - 6) + ")", "font-size", "10");
            for (int k = 0; k < entries.size(); k++) {
                EntryCoverage c = entries.get(k);
                double bx = x + k * LANE;
                String what = name + " entry " + c.entry().index() + " (" + EntryFields.type(c.entry()) + ")";
                for (AddressSpan m : c.matched()) {
                    bar(w, what + " matches " + m.inclusive() + "; another entry decides where this bar is pale",
                            clip(m, whole), scale, bx, colour, "0.3", "none");
                }
                for (AddressSpan d : c.decides()) {
                    String access = c.access() == Access.NONE ? "denies" : "allows " + c.access().name();
                    bar(w, what + " decides " + d.inclusive() + ": " + access, clip(d, whole), scale, bx,
                            c.access() == Access.NONE ? "#FFFFFF" : colour, "1", colour);
                }
            }
            x += entries.size() * LANE + LANE_GAP;
        }
    }

    private static void bar(SvgWriter w, String title, AddressSpan span, MapScale scale, double x, String fill,
            String opacity, String stroke) {
        if (span == null) {
            return;
        }
        double top = scale.y(span.end());
        double h = Math.max(1, scale.y(span.base()) - top);
        w.titled("rect", title, "x", num(x), "y", num(top), "width", num(LANE - 2), "height", num(h), "fill", fill,
                "fill-opacity", opacity, "stroke", stroke, "stroke-width", "0.8");
    }

    private static AddressSpan clip(AddressSpan span, AddressSpan bank) {
        long from = Math.max(span.base(), bank.base());
        long to = Math.min(span.end(), bank.end());
        return to > from ? new AddressSpan(from, to) : null;
    }

    /** A swatch and what it means. */
    private record Key(String fill, String stroke, String opacity, String text) {
    }

    private static List<Key> keys(GenerationInput input) {
        List<Key> keys = new ArrayList<>();
        for (WasmModule m : input.design().getModules()) {
            keys.add(new Key(colour(input, m), "#333333", "1", "module " + input.symbols().name(m) + ": private memory"));
        }
        keys.add(new Key(SHARED, "#333333", "1", "shared region (subpartitions inset on the right)"));
        keys.add(new Key(WASTE, "#C0392B", "1", "waste: rounding (top of a memory) and alignment gaps"));
        keys.add(new Key("#FFFFFF", "#BBBBBB", "1", "unused"));
        if (input.unit().isPresent()) {
            keys.add(new Key("#555555", "#555555", "1",
                    "entry bar, solid: the entry decides these addresses and allows the module access"));
            keys.add(new Key("#555555", "none", "0.3", "entry bar, pale: the entry matches, another entry decides"));
            keys.add(new Key("#FFFFFF", "#555555", "1", "entry bar, outlined: the entry decides and denies"));
        }
        return keys;
    }

    private static void legend(SvgWriter w, GenerationInput input, List<Key> keys, double top, double bytesPerPx) {
        double y = top;
        w.text("text", String.format(Locale.ROOT, "Scale: 1 px = %.1f bytes; a memory is at least %s px high, free"
                + " space and rounding at least %s px.", bytesPerPx, num(MIN_MEMORY), num(MIN_FREE)), "x", num(MARGIN),
                "y", num(y));
        y += LINE;
        w.text("text", "Addresses on the left mark where each piece starts, the top one where the bank ends.", "x",
                num(MARGIN), "y", num(y));
        if (input.unit().isPresent()) {
            y += LINE;
            w.text("text", "Right of each bank: one lane per module, one bar per entry, in entry order.", "x",
                    num(MARGIN), "y", num(y));
        }
        for (Key k : keys) {
            y += LINE;
            w.empty("rect", "x", num(MARGIN), "y", num(y - 9), "width", "18", "height", "10", "fill", k.fill(),
                    "fill-opacity", k.opacity(), "stroke", k.stroke());
            w.text("text", k.text(), "x", num(MARGIN + 26), "y", num(y));
        }
    }

    private static String[] box(double x, double y, double width, double height, String fill, String stroke) {
        return new String[] { "x", num(x), "y", num(y), "width", num(width), "height", num(height), "fill", fill,
            "stroke", stroke };
    }

    /** A label centred in a piece, when the piece is tall enough to hold it. */
    private static void centred(SvgWriter w, String text, double x, double top, double height, String colour) {
        if (height >= 13) {
            w.text("text", text, "x", num(x), "y", num(top + height / 2 + 4), "text-anchor", "middle", "fill", colour);
        }
    }

    private static String colour(GenerationInput input, EObject module) {
        return PALETTE[input.design().getModules().indexOf(module) % PALETTE.length];
    }

    /** At most {@link #LABEL} characters (code points, so no surrogate pair is cut). */
    private static String fit(String text) {
        return text.codePointCount(0, text.length()) <= LABEL ? text
                : text.substring(0, text.offsetByCodePoints(0, LABEL - 3)) + "...";
    }
}
