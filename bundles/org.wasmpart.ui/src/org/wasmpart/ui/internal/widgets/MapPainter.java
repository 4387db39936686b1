package org.wasmpart.ui.internal.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.wasmpart.core.generate.ByteCount;
import org.wasmpart.core.generate.MapColours;
import org.wasmpart.core.generate.MapModel;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.EntryCoverage;
import org.wasmpart.model.util.Quantities;

/**
 * Paints a {@link MapGeometry} in the colours of report/memory-map.svg: a module's private memory
 * in the module's colour, a shared region grey with a stripe in the colour of each module granted
 * it or one of its subpartitions (inset on the right), waste hatched red, unused space white. The
 * selected module's entries are overlaid: what each decides and allows tinted over the columns,
 * and a bar per entry in its lane (pale where it matches and another entry decides, solid where
 * it decides and allows, outlined where it decides and denies). Only what meets the visible
 * rectangle is painted, so a thousand regions cost what the few in view cost. The selected memory
 * is outlined in the selection colour.
 */
final class MapPainter {

    private static final Color SHARED = rgb(MapColours.SHARED);
    private static final Color PART = rgb("#F4F4F4");
    private static final Color WASTE_LINE = rgb(MapColours.WASTE_LINE);
    private static final Color OUTLINE = rgb("#333333");
    private static final Color UNUSED_LINE = rgb("#BBBBBB");
    private static final Color WHITE = rgb("#FFFFFF");
    private static final Color TEXT = rgb("#000000");
    private static final Color FAINT_TEXT = rgb("#777777");
    private static final int STRIPE = 10;

    private final GC gc;
    private final MapGeometry geometry;
    /** The visible part of the content, in content coordinates; painted at the GC's origin. */
    private final Rectangle visible;
    private final int lineHeight;

    private MapPainter(GC gc, MapGeometry geometry, Rectangle visible) {
        this.gc = gc;
        this.geometry = geometry;
        this.visible = visible;
        lineHeight = gc.getFontMetrics().getHeight();
    }

    /**
     * @param visible the part of the content to paint, in content coordinates; its top left corner
     *                lands at the GC's (0, 0)
     */
    static void paint(GC gc, MapGeometry geometry, Optional<MapModel.ModuleEntries> selected,
            Optional<String> highlighted, Rectangle visible) {
        MapPainter painter = new MapPainter(gc, geometry, visible);
        painter.paint(selected);
        highlighted.flatMap(geometry::bounds).ifPresent(painter::highlight);
    }

    /** The selected memory: a thick outline in the selection colour, drawn last so nothing covers it. */
    private void highlight(Rectangle r) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(3);
        Rectangle s = onScreen(r);
        if (s != null) {
            gc.drawRectangle(s.x + 1, s.y + 1, Math.max(0, s.width - 3), Math.max(0, s.height - 3));
        }
        gc.setLineWidth(1);
    }

    private void paint(Optional<MapModel.ModuleEntries> selected) {
        gc.setBackground(WHITE);
        gc.fillRectangle(0, 0, visible.width, visible.height);
        List<MapModel.Bank> banks = geometry.model.banks();
        for (int b = 0; b < banks.size(); b++) {
            MapModel.Bank bank = banks.get(b);
            heading(b, bank);
            for (MapModel.Piece p : bank.pieces()) {
                piece(b, bank, p);
            }
            Rectangle column = geometry.box(bank, bank.span(), geometry.columnX(b), MapGeometry.COLUMN);
            gc.setForeground(OUTLINE);
            outline(column);
            addresses(b, bank);
            int at = b;
            selected.ifPresent(m -> entries(at, bank, m));
        }
    }

    private void heading(int b, MapModel.Bank bank) {
        int x = geometry.columnX(b) - visible.x;
        gc.setForeground(TEXT);
        gc.drawText(bank.name() + " (" + bank.id() + ")", x, 6 - visible.y, true);
        gc.drawText(ByteCount.of(bank.span().size()), x, 6 + lineHeight - visible.y, true);
        gc.setForeground(FAINT_TEXT);
        gc.drawText(bank.span().inclusive(), x, 6 + 2 * lineHeight - visible.y, true);
    }

    private void piece(int b, MapModel.Bank bank, MapModel.Piece p) {
        Rectangle r = geometry.piece(b, p);
        if (!r.intersects(visible)) {
            return;
        }
        switch (p.kind()) {
            case UNUSED -> {
                fill(r, WHITE);
                gc.setForeground(UNUSED_LINE);
                outline(r);
                label(r, "unused, " + ByteCount.of(p.span().size()), FAINT_TEXT);
            }
            case ALIGNMENT -> {
                hatch(r);
                label(r, "alignment gap, " + ByteCount.of(p.span().size()), TEXT);
            }
            case MODULE -> {
                fill(r, rgb(p.reachedBy().get(0).colour()));
                gc.setForeground(OUTLINE);
                outline(r);
                label(asked(bank, p, r), p.name() + ", " + ByteCount.of(p.span().size()), TEXT);
            }
            case REGION -> region(b, bank, p, r);
        }
        if (p.rounding() > 0) {
            hatch(geometry.box(bank, new AddressSpan(p.span().end() - p.rounding(), p.span().end()),
                    geometry.columnX(b), MapGeometry.COLUMN));
        }
    }

    /** The part of a memory below its rounding, where its label goes. */
    private Rectangle asked(MapModel.Bank bank, MapModel.Piece p, Rectangle r) {
        return p.rounding() == 0 ? r
                : geometry.box(bank, new AddressSpan(p.span().base(), p.span().end() - p.rounding()), r.x, r.width);
    }

    private void region(int b, MapModel.Bank bank, MapModel.Piece p, Rectangle r) {
        fill(r, SHARED);
        Map<String, String> colours = new LinkedHashMap<>();
        p.reachedBy().forEach(x -> colours.put(x.moduleId(), x.colour()));
        p.parts().forEach(part -> part.reachedBy().forEach(x -> colours.put(x.moduleId(), x.colour())));
        int x = r.x;
        for (String colour : colours.values()) {
            fill(new Rectangle(x, r.y, STRIPE, r.height), rgb(colour));
            x += STRIPE;
        }
        gc.setForeground(OUTLINE);
        outline(r);
        for (MapModel.Part part : p.parts()) {
            Rectangle pr = geometry.part(b, part);
            if (pr.intersects(visible)) {
                fill(pr, PART);
                gc.setForeground(OUTLINE);
                outline(pr);
                label(pr, part.name(), TEXT);
            }
        }
        Rectangle text = asked(bank, p, r);
        int left = x;
        int right = p.parts().isEmpty() ? r.x + r.width : r.x + r.width / 2;
        label(new Rectangle(left, text.y, right - left, text.height),
                p.name() + ", " + ByteCount.of(p.span().size()), TEXT);
    }

    /** Piece boundaries left of the column, bottom up, skipping one too close to the one below. */
    private void addresses(int b, MapModel.Bank bank) {
        int right = geometry.columnX(b) - 4 - visible.x;
        double last = Double.MAX_VALUE;
        gc.setForeground(TEXT);
        for (int i = 0; i <= bank.pieces().size(); i++) {
            long at = i < bank.pieces().size() ? bank.pieces().get(i).span().base() : bank.span().end();
            double y = geometry.y(bank, at);
            if (last - y < lineHeight) {
                continue;
            }
            last = y;
            if (y >= visible.y - lineHeight && y <= visible.y + visible.height + lineHeight) {
                String text = Quantities.formatAddress(at);
                Point size = gc.textExtent(text);
                gc.drawText(text, right - size.x, (int) Math.round(y) - size.y / 2 - visible.y, true);
            }
        }
    }

    private void entries(int b, MapModel.Bank bank, MapModel.ModuleEntries module) {
        Color colour = rgb(module.colour());
        for (int k = 0; k < module.entries().size(); k++) {
            EntryCoverage c = module.entries().get(k);
            int lane = geometry.laneX(b, k);
            for (AddressSpan m : c.matched()) {
                m.within(bank.span()).ifPresent(s -> {
                    gc.setAlpha(80);
                    fill(geometry.box(bank, s, lane, MapGeometry.LANE - 2), colour);
                    gc.setAlpha(255);
                });
            }
            for (AddressSpan d : c.decides()) {
                d.within(bank.span()).ifPresent(s -> {
                    Rectangle bar = geometry.box(bank, s, lane, MapGeometry.LANE - 2);
                    fill(bar, c.access() == Access.NONE ? WHITE : colour);
                    gc.setForeground(colour);
                    outline(bar);
                    if (c.access() != Access.NONE) {
                        Rectangle over = geometry.box(bank, s, geometry.columnX(b), MapGeometry.COLUMN);
                        gc.setAlpha(70);
                        fill(over, colour);
                        gc.setAlpha(255);
                        gc.setLineWidth(2);
                        outline(over);
                        gc.setLineWidth(1);
                    }
                });
            }
        }
    }

    /** Fills the visible part of a rectangle given in content coordinates (a zero width draws nothing). */
    private void fill(Rectangle r, Color colour) {
        Rectangle s = onScreen(r);
        if (s != null) {
            gc.setBackground(colour);
            gc.fillRectangle(s);
        }
    }

    /** Outlines a rectangle, unless it is so thin that its outline would hide it and what is beside it. */
    private void outline(Rectangle r) {
        Rectangle s = onScreen(r);
        if (s != null && r.height >= 3) {
            gc.drawRectangle(s.x, s.y, Math.max(0, s.width - 1), Math.max(0, s.height - 1));
        }
    }

    /** Waste, a rectangle in content coordinates. */
    private void hatch(Rectangle r) {
        Rectangle s = onScreen(r);
        if (s != null) {
            hatch(gc, s);
            outline(r);
        }
    }

    /** Waste: red diagonals on white, as the SVG's hatch pattern; the rectangle is on the GC. */
    static void hatch(GC gc, Rectangle r) {
        gc.setBackground(WHITE);
        gc.fillRectangle(r);
        Rectangle clip = gc.getClipping();
        gc.setClipping(r.intersection(clip));
        gc.setForeground(WASTE_LINE);
        for (int x = r.x - r.height; x < r.x + r.width; x += 6) {
            gc.drawLine(x, r.y + r.height, x + r.height, r.y);
        }
        gc.setClipping(clip);
    }

    /** A label centred in a rectangle (content coordinates), when it is tall enough, shortened to fit. */
    private void label(Rectangle r, String text, Color colour) {
        if (r.height < lineHeight + 2 || r.width < 20) {
            return;
        }
        String shown = text;
        while (shown.length() > 4 && gc.textExtent(shown).x > r.width - 6) {
            shown = shown.substring(0, shown.length() - 4) + "...";
        }
        Point size = gc.textExtent(shown);
        int y = Math.clamp(r.y + (r.height - size.y) / 2, Math.max(r.y, visible.y),
                Math.max(Math.max(r.y, visible.y), Math.min(r.y + r.height, visible.y + visible.height) - size.y));
        gc.setForeground(colour);
        gc.drawText(shown, r.x + (r.width - size.x) / 2 - visible.x, y - visible.y, true);
    }

    /** The visible part of a content rectangle on the GC, a pixel beyond the view on each side; null when none. */
    private Rectangle onScreen(Rectangle r) {
        Rectangle view = new Rectangle(visible.x - 2, visible.y - 2, visible.width + 4, visible.height + 4);
        if (r.width <= 0 || !r.intersects(view)) {
            return null;
        }
        Rectangle s = r.intersection(view);
        return new Rectangle(s.x - visible.x, s.y - visible.y, s.width, s.height);
    }

    /** A colour of the SVG map, "#4E79A7". */
    static Color rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Color(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }
}
