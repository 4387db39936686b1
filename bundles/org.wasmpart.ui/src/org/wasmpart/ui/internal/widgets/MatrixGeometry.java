package org.wasmpart.ui.internal.widgets;

import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the permission matrix draws: a fixed header row of module names on top, a fixed column
 * of region names on the left, and the cells, scrolled by an origin. Regions are rows because a
 * design has few modules and may have a thousand regions: the matrix then grows downwards, where
 * scrolling is natural, and every module stays in view.
 */
final class MatrixGeometry {

    private static final int PAD = 8;
    private static final int MIN_CELL = 52;
    private static final int MAX_ROW_HEADER = 280;
    /** The text in the top left corner, over the region names. */
    static final String CORNER = "Region \\ module";

    final int rowHeight;
    final int headerHeight;
    final int rowHeaderWidth;
    /** Left edge of each column in the cell area, and one more for the right edge of the last. */
    private final int[] columnX;

    /**
     * @param textWidth    how wide a text is drawn, in pixels
     * @param rowLabels    the text of each row header
     * @param columnLabels the text of each column header
     */
    MatrixGeometry(GC gc, ToIntFunction<String> textWidth, List<String> rowLabels, List<String> columnLabels) {
        rowHeight = gc.getFontMetrics().getHeight() + PAD;
        headerHeight = rowHeight + PAD;
        int widest = rowLabels.stream().mapToInt(textWidth).max().orElse(0);
        rowHeaderWidth = Math.min(MAX_ROW_HEADER, Math.max(widest, textWidth.applyAsInt(CORNER)) + 2 * PAD);
        columnX = new int[columnLabels.size() + 1];
        for (int c = 0; c < columnLabels.size(); c++) {
            columnX[c + 1] = columnX[c] + Math.max(MIN_CELL, textWidth.applyAsInt(columnLabels.get(c)) + 2 * PAD);
        }
    }

    int columns() {
        return columnX.length - 1;
    }

    /** The size of the cell area, unscrolled. */
    Point content(int rows) {
        return new Point(columnX[columns()], rows * rowHeight);
    }

    /** A cell's rectangle on the canvas for the scroll origin. */
    Rectangle cell(int row, int column, Point origin) {
        return new Rectangle(rowHeaderWidth + columnX[column] - origin.x, headerHeight + row * rowHeight - origin.y,
                columnX[column + 1] - columnX[column], rowHeight);
    }

    /** A column header's rectangle for the scroll origin. */
    Rectangle columnHeader(int column, Point origin) {
        return new Rectangle(rowHeaderWidth + columnX[column] - origin.x, 0, columnX[column + 1] - columnX[column],
                headerHeight);
    }

    /** The row at a y on the canvas, or -1 above the rows or past the last. */
    int rowAt(int y, Point origin, int rows) {
        if (y < headerHeight) {
            return -1;
        }
        int row = (y - headerHeight + origin.y) / rowHeight;
        return row < rows ? row : -1;
    }

    /** The column at an x on the canvas, or -1 left of the cells or past the last. */
    int columnAt(int x, Point origin) {
        if (x < rowHeaderWidth) {
            return -1;
        }
        int at = x - rowHeaderWidth + origin.x;
        for (int c = 0; c < columns(); c++) {
            if (at < columnX[c + 1]) {
                return c;
            }
        }
        return -1;
    }
}
