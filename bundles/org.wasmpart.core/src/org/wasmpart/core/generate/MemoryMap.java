package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.core.generate.SvgWriter.num;
import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.wasmpart.core.PermissionMatrix;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.EntryCoverage;
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
 * grey with their subpartitions, waste hatched, unused space white; right of each column the
 * modules' entry lanes ({@link EntryLanes}).
 * Plain SVG 1.1 without scripts or fonts to fetch; every shape has a title with its exact range.
 */
final class MemoryMap {

    private static final double MARGIN = 20;
    private static final double TOP = 210;
    private static final double AXIS = 84;
    private static final double COLUMN = 220;
    private static final double COLUMN_GAP = 30;
    /** The largest bank's height before pieces are raised to their minimum. */
    private static final double SCALE_HEIGHT = 480;
    private static final double MIN_MEMORY = 22;
    private static final double MIN_FREE = 6;
    /** Longest label drawn; the full text is in the shape's title. */
    private static final int LABEL = 40;

    private MemoryMap() {
    }

    static String of(GenerationInput input) {
        Design d = input.design();
        List<BankUse> banks = BankUse.of(d, input.waste());
        double pxPerByte = SCALE_HEIGHT / banks.stream().mapToLong(b -> b.bank().getSize()).max().orElse(1);
        Map<WasmModule, List<EntryCoverage>> coverage = new LinkedHashMap<>();
        input.unit().ifPresent(u -> input.entries().forEach((m, entries) -> coverage.put(m,
                EntryCoverage.of(entries, u.granularity()))));
        double stride = AXIS + COLUMN + 8 + EntryLanes.width(coverage) + COLUMN_GAP;

        List<MapScale> scales = new ArrayList<>();
        for (BankUse b : banks) {
            scales.add(scale(b, pxPerByte));
        }
        double columns = scales.stream().mapToDouble(MapScale::height).max().orElse(0);
        double legendTop = TOP + columns + 40;
        double width = Math.max(2 * MARGIN + banks.size() * stride, 720);
        double height = legendTop + MapLegend.height(input) + MARGIN;

        SvgWriter w = new SvgWriter();
        w.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", num(width), "height",
                num(height), "viewBox", "0 0 " + num(width) + " " + num(height), "font-family", "sans-serif",
                "font-size", "11");
        w.text("title", "Memory map of " + label(d));
        w.text("desc", Banner.NOTICE + "; design sha256 " + input.sha256());
        w.open("defs").open("pattern", "id", "waste", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6")
                .empty("rect", "width", "6", "height", "6", "fill", "#FFFFFF")
                .empty("path", "d", "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5", "stroke", MapColours.WASTE_LINE, "stroke-width",
                        "1")
                .close("pattern").close("defs");
        w.empty("rect", "width", num(width), "height", num(height), "fill", "#FFFFFF");
        heading(w, input);
        for (int i = 0; i < banks.size(); i++) {
            double x = MARGIN + i * stride + AXIS;
            column(w, input, banks.get(i), scales.get(i), x);
            EntryLanes.draw(w, input, coverage, banks.get(i).bank(), scales.get(i), TOP, x + COLUMN + 8);
        }
        MapLegend.draw(w, input, MARGIN, legendTop, 1 / pxPerByte, MIN_MEMORY, MIN_FREE);
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
                    w.titled("rect", "alignment gap (waste) " + range,
                            box(x, top, COLUMN, h, MapColours.WASTE, MapColours.WASTE_LINE));
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
                    box(x, top, COLUMN, h, MapColours.of(input.design(), m), "#333333"));
            case SharedRegion r -> {
                w.titled("rect", "region " + name + " " + range + ": " + reachedBy(input, r),
                        box(x, top, COLUMN, h, MapColours.SHARED, "#333333"));
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
                    box(x, rt, COLUMN, scale.y(r.base()) - rt, MapColours.WASTE, MapColours.WASTE_LINE));
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

    /** At most {@link #LABEL} characters (code points, so no surrogate pair is cut). */
    static String fit(String text) {
        return text.codePointCount(0, text.length()) <= LABEL ? text
                : text.substring(0, text.offsetByCodePoints(0, LABEL - 3)) + "...";
    }
}
