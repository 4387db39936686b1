package org.wasmpart.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.core.generate.MapColours;
import org.wasmpart.core.generate.MapModel;

/**
 * The memory map's legend, above the map so that it stays in view: a swatch per module in its
 * colour (the same colour fills its private memory and its stripe on the regions it is granted),
 * then shared regions, waste and unused space. Wraps to the width it is given.
 */
final class MapLegendBar extends Canvas {

    /** A swatch and its text; a null colour means the waste hatch. */
    private record Key(String colour, String text) {
    }

    private static final int SWATCH = 14;
    private static final int GAP = 16;

    private List<Key> keys = List.of();

    MapLegendBar(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc, getClientArea().width));
    }

    void setModel(MapModel model) {
        List<Key> next = new ArrayList<>();
        model.modules().forEach(m -> next.add(new Key(m.colour(), m.name())));
        next.add(new Key(MapColours.SHARED, "shared region, striped in the colours of the modules granted it"));
        next.add(new Key(null, "waste (rounding, alignment gaps)"));
        next.add(new Key("#FFFFFF", "unused"));
        keys = List.copyOf(next);
        redraw();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        GC gc = new GC(this);
        try {
            int width = wHint == SWT.DEFAULT ? Integer.MAX_VALUE : wHint;
            List<Rectangle> at = places(gc, width);
            int right = at.stream().mapToInt(r -> r.x + r.width).max().orElse(0);
            int bottom = at.stream().mapToInt(r -> r.y + r.height).max().orElse(0);
            return new Point(wHint == SWT.DEFAULT ? right : wHint, hHint == SWT.DEFAULT ? bottom : hHint);
        } finally {
            gc.dispose();
        }
    }

    /** Where each key goes, left to right, wrapping at the width. */
    private List<Rectangle> places(GC gc, int width) {
        int line = Math.max(SWATCH, gc.getFontMetrics().getHeight()) + 4;
        List<Rectangle> at = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (Key k : keys) {
            int w = SWATCH + 6 + gc.textExtent(k.text()).x;
            if (x > 0 && x + w > width) {
                x = 0;
                y += line;
            }
            at.add(new Rectangle(x, y, w, line));
            x += w + GAP;
        }
        return at;
    }

    private void paint(GC gc, int width) {
        List<Rectangle> at = places(gc, width);
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            Rectangle r = at.get(i);
            Rectangle swatch = new Rectangle(r.x, r.y + (r.height - SWATCH) / 2, SWATCH, SWATCH);
            if (k.colour() == null) {
                MapPainter.hatch(gc, swatch);
            } else {
                gc.setBackground(MapPainter.rgb(k.colour()));
                gc.fillRectangle(swatch);
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRectangle(swatch);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(k.text(), r.x + SWATCH + 6, r.y + (r.height - gc.getFontMetrics().getHeight()) / 2, true);
        }
    }
}
