package org.wasmpart.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.wasmpart.core.generate.ByteCount;
import org.wasmpart.core.generate.MapModel;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.EntryCoverage;

/**
 * Where the memory map puts things, in content coordinates (before scrolling): one column per
 * bank, side by side, every bank to one linear scale, high addresses at the top as datasheets
 * draw them; address labels left of each column; right of it, a lane per entry of the selected
 * module. Unlike the SVG map, nothing gets a minimum height: zooming in shows small memories.
 */
final class MapGeometry {

    static final int MARGIN = 16;
    /** Room above the columns for the bank's name, id and range. */
    static final int HEADER = 64;
    static final int AXIS = 90;
    static final int COLUMN = 220;
    static final int LANE = 8;
    static final int GAP = 30;
    /** The largest bank's height at zoom 1. */
    static final double BASE_HEIGHT = 480;
    /** Keeps every coordinate well inside an int. */
    private static final double MAX_HEIGHT = 50_000_000;

    final MapModel model;
    final double zoom;
    final double pxPerByte;
    private final int laneWidth;

    MapGeometry(MapModel model, double zoom) {
        this.model = model;
        long largest = model.banks().stream().mapToLong(b -> b.span().size()).max().orElse(1);
        this.zoom = Math.clamp(zoom, 0.01, MAX_HEIGHT / BASE_HEIGHT);
        this.pxPerByte = this.zoom * BASE_HEIGHT / largest;
        laneWidth = model.modules().stream().mapToInt(m -> m.entries().size()).max().orElse(0) * LANE + 10;
    }

    /** The zoom at which the largest bank fills a viewport of this height. */
    static double fit(int height) {
        return Math.max(0.01, (height - HEADER - MARGIN) / BASE_HEIGHT);
    }

    Point content() {
        double tallest = model.banks().stream().mapToDouble(b -> b.span().size() * pxPerByte).max().orElse(0);
        return new Point(2 * MARGIN + model.banks().size() * stride(), (int) Math.ceil(HEADER + tallest + MARGIN));
    }

    private int stride() {
        return AXIS + COLUMN + laneWidth + GAP;
    }

    /** The left edge of a bank's column. */
    int columnX(int bank) {
        return MARGIN + bank * stride() + AXIS;
    }

    /** The left edge of a lane right of a bank's column. */
    int laneX(int bank, int entry) {
        return columnX(bank) + COLUMN + 8 + entry * LANE;
    }

    /** The y of an address in a bank's column. */
    double y(MapModel.Bank bank, long address) {
        return HEADER + (bank.span().end() - address) * pxPerByte;
    }

    /** A span of a bank at x, at least a pixel high so nothing drawn vanishes. */
    Rectangle box(MapModel.Bank bank, AddressSpan span, int x, int width) {
        int top = (int) Math.round(y(bank, span.end()));
        int bottom = (int) Math.round(y(bank, span.base()));
        return new Rectangle(x, top, width, Math.max(1, bottom - top));
    }

    Rectangle piece(int bank, MapModel.Piece piece) {
        return box(model.banks().get(bank), piece.span(), columnX(bank), COLUMN);
    }

    /** A subpartition, inset in the right half of its region, as in the SVG map. */
    Rectangle part(int bank, MapModel.Part part) {
        return box(model.banks().get(bank), part.span(), columnX(bank) + COLUMN / 2, COLUMN / 2);
    }

    /** Every module's private memory and every region, bank by bank, bottom up. */
    List<DrawnRegion> regions() {
        List<DrawnRegion> drawn = new ArrayList<>();
        for (int b = 0; b < model.banks().size(); b++) {
            MapModel.Bank bank = model.banks().get(b);
            for (MapModel.Piece p : bank.pieces()) {
                if (p.kind() == MapModel.Kind.MODULE || p.kind() == MapModel.Kind.REGION) {
                    drawn.add(new DrawnRegion(p.kind(), p.id(), p.name(), bank.id(), piece(b, p)));
                }
            }
        }
        return List.copyOf(drawn);
    }

    /** The bars of each entry of a module in its lanes: the parts of what it matches inside the drawn banks. */
    List<DrawnEntry> entries(MapModel.ModuleEntries module) {
        List<DrawnEntry> drawn = new ArrayList<>();
        for (int k = 0; k < module.entries().size(); k++) {
            EntryCoverage c = module.entries().get(k);
            List<Rectangle> bars = new ArrayList<>();
            for (int b = 0; b < model.banks().size(); b++) {
                MapModel.Bank bank = model.banks().get(b);
                int lane = laneX(b, k);
                for (AddressSpan m : c.matched()) {
                    m.within(bank.span()).ifPresent(s -> bars.add(box(bank, s, lane, LANE - 2)));
                }
            }
            drawn.add(new DrawnEntry(module.id(), c.entry().index(), List.copyOf(bars)));
        }
        return List.copyOf(drawn);
    }


    /** The id of the module, region or subpartition at a point, if any. */
    Optional<String> memoryAt(int x, int y) {
        for (int b = 0; b < model.banks().size(); b++) {
            for (MapModel.Piece p : model.banks().get(b).pieces()) {
                for (MapModel.Part part : p.parts()) {
                    if (part(b, part).contains(x, y)) {
                        return Optional.of(part.id());
                    }
                }
                if (!p.id().isEmpty() && piece(b, p).contains(x, y)) {
                    return Optional.of(p.id());
                }
            }
        }
        return Optional.empty();
    }

    /** Where a module's private memory, a region or a subpartition is drawn, if it is. */
    Optional<Rectangle> bounds(String id) {
        for (int b = 0; b < model.banks().size(); b++) {
            for (MapModel.Piece p : model.banks().get(b).pieces()) {
                if (p.id().equals(id)) {
                    return Optional.of(piece(b, p));
                }
                for (MapModel.Part part : p.parts()) {
                    if (part.id().equals(id)) {
                        return Optional.of(part(b, part));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What is at a point, for the tooltip: the selected module's entry bar, a subpartition or a piece. */
    Optional<String> describe(int x, int y, Optional<MapModel.ModuleEntries> selected) {
        for (int b = 0; b < model.banks().size(); b++) {
            MapModel.Bank bank = model.banks().get(b);
            if (selected.isPresent()) {
                for (int k = 0; k < selected.get().entries().size(); k++) {
                    EntryCoverage c = selected.get().entries().get(k);
                    for (AddressSpan m : c.matched()) {
                        Optional<AddressSpan> in = m.within(bank.span());
                        if (in.isPresent() && box(bank, in.get(), laneX(b, k), LANE).contains(x, y)) {
                            return Optional.of(entry(selected.get(), c));
                        }
                    }
                }
            }
            for (MapModel.Piece p : bank.pieces()) {
                for (MapModel.Part part : p.parts()) {
                    if (part(b, part).contains(x, y)) {
                        return Optional.of("subpartition " + p.name() + "." + part.name() + "\n" + range(part.span())
                                + "\n" + reach(part.reachedBy()));
                    }
                }
                if (piece(b, p).contains(x, y)) {
                    return Optional.of(piece(p));
                }
            }
        }
        return Optional.empty();
    }

    private static String piece(MapModel.Piece p) {
        String text = switch (p.kind()) {
            case MODULE -> "module " + p.name() + ": private memory\n" + range(p.span()) + "\n" + reach(p.reachedBy());
            case REGION -> "region " + p.name() + "\n" + range(p.span()) + "\n" + reach(p.reachedBy());
            case ALIGNMENT -> "alignment gap (waste)\n" + range(p.span());
            case UNUSED -> "unused\n" + range(p.span());
        };
        return p.rounding() > 0 ? text + "\nof which rounding (waste): " + ByteCount.of(p.rounding()) : text;
    }

    private static String entry(MapModel.ModuleEntries module, EntryCoverage c) {
        String access = c.access() == Access.NONE ? "denies" : "allows " + c.access().name();
        return module.name() + ", entry " + c.entry().index() + "\nmatches "
                + c.matched().stream().map(AddressSpan::inclusive).collect(Collectors.joining(", "))
                + (c.decides().isEmpty() ? "\nanother entry decides everywhere"
                        : "\ndecides " + c.decides().stream().map(AddressSpan::inclusive)
                                .collect(Collectors.joining(", ")) + ": " + access);
    }

    private static String reach(List<MapModel.Reach> reach) {
        return reach.isEmpty() ? "no module is granted it"
                : "access: " + reach.stream().map(r -> r.module() + " " + r.permission())
                        .collect(Collectors.joining(", "));
    }

    /** "0x20000000-0x20007FFF (32 KiB)". */
    static String range(AddressSpan span) {
        return span.inclusive() + " (" + ByteCount.of(span.size()) + ")";
    }
}
