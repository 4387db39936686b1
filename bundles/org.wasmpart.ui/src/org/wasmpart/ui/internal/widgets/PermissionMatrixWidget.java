package org.wasmpart.ui.internal.widgets;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.events.MenuAdapter;
import org.eclipse.swt.events.MenuEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ScrollBar;
import org.wasmpart.core.Designs;
import org.wasmpart.core.PermissionMatrix;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * The permission matrix of a design: one row per region and subpartition (the core's
 * {@link PermissionMatrix#columns} order), one column per module, each cell the module's grant:
 * none, R, RW or RX. A click focuses a cell, a double click moves it to the next value, the
 * context menu chooses one; from the keyboard the arrow keys (and Home, End, Page Up/Down) move
 * the focus cell, N, R, W and X set it, Space cycles, Enter opens the choice. Every change is one
 * command on the editing domain's stack, so it undoes; the matrix redraws when the design changes.
 * Findings about a grant, given by whoever validates the design, mark its cell. As a selection
 * provider it gives the focus cell's grant (or its region when there is none), for the
 * Properties view and the editor's other pages.
 */
public final class PermissionMatrixWidget extends Canvas implements ISelectionProvider {

    /** A cell by its row (region or subpartition) and column (module). */
    public record Cell(int row, int column) {
    }

    /** A grant by its module's and target's ids, so findings of a validated copy of the design match too. */
    private record GrantKey(String module, String target) {
    }

    /** Cell backgrounds by permission: the more a module may do, the warmer. */
    private static final Color READ = new Color(0xDC, 0xE9, 0xF7);
    private static final Color READ_WRITE = new Color(0xFB, 0xE3, 0xC8);
    private static final Color READ_EXECUTE = new Color(0xD9, 0xEE, 0xD5);
    private static final Color READ_WRITE_EXECUTE = new Color(0xF5, 0xC6, 0xC6);
    private static final String HELP = "Arrow keys move; N, R, W or X sets none, read, read-write or read-execute;"
            + " Space cycles; Enter chooses";

    private final Design design;
    private final EditingDomain domain;
    private final Menu menu;
    private List<Shareable> rows = List.of();
    private List<WasmModule> modules = List.of();
    private MatrixGeometry geometry;
    private Cell focus = new Cell(0, 0);
    private Point origin = new Point(0, 0);
    /** Widths of the texts measured so far, in {@link #measuredFont}. */
    private final Map<String, Integer> textWidths = new HashMap<>();
    private Font measuredFont;
    private Map<GrantKey, List<Finding>> findings = Map.of();
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();

    public PermissionMatrixWidget(Composite parent, Design design, EditingDomain domain) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL);
        this.design = design;
        this.domain = domain;
        menu = new Menu(this);
        menu.addMenuListener(new MenuAdapter() {
            @Override
            public void menuShown(MenuEvent e) {
                fillMenu();
            }
        });
        setMenu(menu);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.Traverse, this::traverse);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseMove, this::hover);
        addListener(SWT.MenuDetect, this::menuDetect);
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        accessibility();
        DesignChanges.watch(design, this, this::refresh);
        refresh();
    }

    /** The rows: every region followed by its subpartitions. */
    public List<Shareable> rows() {
        return rows;
    }

    /** The columns: the design's modules. */
    public List<WasmModule> modules() {
        return modules;
    }

    public Cell focusCell() {
        return focus;
    }

    /** Moves the focus cell, clamped to the matrix, and scrolls it into view. */
    public void setFocusCell(int row, int column) {
        Cell before = focus;
        focus = new Cell(Math.clamp(row, 0, Math.max(0, rows.size() - 1)),
                Math.clamp(column, 0, Math.max(0, modules.size() - 1)));
        reveal();
        redraw();
        getAccessible().setFocus(ACC.CHILDID_SELF);
        getAccessible().sendEvent(ACC.EVENT_NAME_CHANGED, null);
        if (!focus.equals(before)) {
            selectionChanged();
        }
    }

    /** The focus cell's grant, or its region or subpartition when the module has no grant there. */
    @Override
    public ISelection getSelection() {
        if (!inMatrix(focus)) {
            return StructuredSelection.EMPTY;
        }
        Shareable target = rows.get(focus.row());
        return new StructuredSelection(Designs.grant(modules.get(focus.column()), target)
                .<Object>map(g -> g).orElse(target));
    }

    /** Focuses the cell of a grant, the row of a region or subpartition, or the column of a module. */
    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            switch (s.getFirstElement()) {
                case Grant g when rows.contains(g.getTarget()) && modules.contains(g.getModule()) ->
                    setFocusCell(rows.indexOf(g.getTarget()), modules.indexOf(g.getModule()));
                case Shareable t when rows.contains(t) -> setFocusCell(rows.indexOf(t), focus.column());
                case WasmModule m when modules.contains(m) -> setFocusCell(focus.row(), modules.indexOf(m));
                case null, default -> {
                    // nothing of the matrix: the focus stays
                }
            }
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    private void selectionChanged() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    /**
     * Marks the cells whose grant a finding is about (W^X, a consumer that may write a ring's data,
     * ...) and adds the findings' messages to their description; replaces the findings given before.
     * The findings may come from a copy of the design: grants are matched by their module's and
     * target's ids.
     */
    public void setFindings(Collection<Finding> findings) {
        Map<GrantKey, List<Finding>> byGrant = new HashMap<>();
        for (Finding f : findings) {
            if (f.object() instanceof Grant g && g.getModule() != null && g.getTarget() != null) {
                byGrant.computeIfAbsent(new GrantKey(g.getModule().getId(), g.getTarget().getId()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        this.findings = byGrant;
        redraw();
    }

    /** Where a cell is drawn now, in the widget's coordinates (it moves as the matrix scrolls). */
    public Rectangle cellBounds(Cell cell) {
        return geometry.cell(cell.row(), cell.column(), origin);
    }

    /** What a cell means, for its tooltip and for screen readers: "filter on samples.data: R". */
    public String describe(Cell cell) {
        if (!inMatrix(cell)) {
            return "no modules or no regions: add them to grant access";
        }
        String text = label(modules.get(cell.column())) + " on " + PermissionMatrix.columnLabel(rows.get(cell.row())) + ": "
                + switch (value(cell)) {
                    case NONE -> "no access";
                    case RWX -> "RWX (not allowed: W^X)";
                    default -> value(cell).text();
                };
        List<Finding> about = findings(cell);
        return about.isEmpty() ? text
                : text + about.stream().map(f -> "\n" + f.severity() + ": " + f.message()).collect(Collectors.joining());
    }

    private List<Finding> findings(Cell cell) {
        return findings.getOrDefault(new GrantKey(modules.get(cell.column()).getId(), rows.get(cell.row()).getId()),
                List.of());
    }

    /** Reads the design again: modules, regions and subpartitions may have come or gone. */
    private void refresh() {
        rows = PermissionMatrix.columns(design);
        modules = List.copyOf(design.getModules());
        GC gc = new GC(this);
        try {
            // measuring a thousand region names after every edit took tens of milliseconds
            if (!gc.getFont().equals(measuredFont)) {
                textWidths.clear();
                measuredFont = gc.getFont();
            }
            geometry = new MatrixGeometry(gc, t -> textWidths.computeIfAbsent(t, x -> gc.textExtent(x).x),
                    rows.stream().map(PermissionMatrixWidget::rowHeader).toList(),
                    modules.stream().map(m -> label(m)).toList());
        } finally {
            gc.dispose();
        }
        focus = new Cell(Math.clamp(focus.row(), 0, Math.max(0, rows.size() - 1)),
                Math.clamp(focus.column(), 0, Math.max(0, modules.size() - 1)));
        updateScrollBars();
        redraw();
    }

    private static String rowHeader(Shareable s) {
        return s instanceof SharedRegion ? label(s) : "    " + label(s);
    }

    private boolean inMatrix(Cell cell) {
        return cell.row() < rows.size() && cell.column() < modules.size();
    }

    private CellValue value(Cell cell) {
        return CellValue.of(modules.get(cell.column()), rows.get(cell.row()));
    }

    private void set(Cell cell, CellValue value) {
        if (inMatrix(cell)) {
            GrantCommands.set(domain, modules.get(cell.column()), rows.get(cell.row()), value).ifPresent(command -> {
                domain.getCommandStack().execute(command);
                if (cell.equals(focus)) {
                    // the grant may have come or gone: what the focus cell selects changed
                    selectionChanged();
                }
            });
        }
    }

    private void traverse(Event e) {
        switch (e.detail) {
            case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN,
                    SWT.TRAVERSE_PAGE_NEXT, SWT.TRAVERSE_PAGE_PREVIOUS -> e.doit = false;
            default -> {
                // Tab and Escape leave the matrix as usual
            }
        }
    }

    private void key(Event e) {
        int page = Math.max(1, (getClientArea().height - geometry.headerHeight) / geometry.rowHeight);
        switch (e.keyCode) {
            case SWT.ARROW_UP -> setFocusCell(focus.row() - 1, focus.column());
            case SWT.ARROW_DOWN -> setFocusCell(focus.row() + 1, focus.column());
            case SWT.ARROW_LEFT -> setFocusCell(focus.row(), focus.column() - 1);
            case SWT.ARROW_RIGHT -> setFocusCell(focus.row(), focus.column() + 1);
            case SWT.PAGE_UP -> setFocusCell(focus.row() - page, focus.column());
            case SWT.PAGE_DOWN -> setFocusCell(focus.row() + page, focus.column());
            case SWT.HOME -> setFocusCell((e.stateMask & SWT.MOD1) != 0 ? 0 : focus.row(), 0);
            case SWT.END -> setFocusCell((e.stateMask & SWT.MOD1) != 0 ? rows.size() - 1 : focus.row(),
                    modules.size() - 1);
            case SWT.CR, SWT.KEYPAD_CR -> showMenuAt(focus);
            case ' ' -> {
                if (inMatrix(focus)) {
                    set(focus, value(focus).next());
                }
            }
            case SWT.DEL, SWT.BS -> set(focus, CellValue.NONE);
            default -> CellValue.forKey(e.character).ifPresent(v -> set(focus, v));
        }
    }

    private void mouseDown(Event e) {
        if (cellAt(e.x, e.y) instanceof Cell c) {
            setFocus();
            setFocusCell(c.row(), c.column());
        }
    }

    private void doubleClick(Event e) {
        if (e.button == 1 && cellAt(e.x, e.y) instanceof Cell c) {
            set(c, value(c).next());
        }
    }

    private void hover(Event e) {
        String text = cellAt(e.x, e.y) instanceof Cell c ? describe(c) : null;
        if (!Objects.equals(text, getToolTipText())) {
            setToolTipText(text);
        }
    }

    private void menuDetect(Event e) {
        if (e.detail == SWT.MENU_MOUSE) {
            Point at = toControl(e.x, e.y);
            if (!(cellAt(at.x, at.y) instanceof Cell c)) {
                e.doit = false;
                return;
            }
            setFocusCell(c.row(), c.column());
        } else {
            Rectangle r = geometry.cell(focus.row(), focus.column(), origin);
            Point at = toDisplay(r.x, r.y + r.height);
            e.x = at.x;
            e.y = at.y;
        }
        e.doit = inMatrix(focus);
    }

    private void showMenuAt(Cell cell) {
        if (inMatrix(cell)) {
            Rectangle r = geometry.cell(cell.row(), cell.column(), origin);
            menu.setLocation(toDisplay(r.x, r.y + r.height));
            menu.setVisible(true);
        }
    }

    /** The choices for the focus cell, the current one checked; the menu acts on the cell it was opened for. */
    private void fillMenu() {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        if (!inMatrix(focus)) {
            return;
        }
        Cell cell = focus;
        CellValue current = value(cell);
        for (CellValue v : CellValue.OFFERED) {
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            item.setText(switch (v) {
                case NONE -> "&No access\tN";
                case R -> "&Read (R)\tR";
                case RW -> "Read-&write (RW)\tW";
                case RX -> "Read-e&xecute (RX)\tX";
                case RWX -> throw new IllegalStateException("RWX is never offered");
            });
            item.setSelection(v == current);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    set(cell, v);
                }
            });
        }
    }

    private Cell cellAt(int x, int y) {
        int row = geometry.rowAt(y, origin, rows.size());
        int column = geometry.columnAt(x, origin);
        return row < 0 || column < 0 ? null : new Cell(row, column);
    }

    private void accessibility() {
        getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = "Permission matrix, " + describe(focus);
            }

            @Override
            public void getHelp(AccessibleEvent e) {
                e.result = HELP;
            }
        });
        getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getRole(AccessibleControlEvent e) {
                e.detail = ACC.ROLE_TABLE;
            }

            @Override
            public void getValue(AccessibleControlEvent e) {
                e.result = inMatrix(focus) ? value(focus).text() : "";
            }
        });
    }

    private void updateScrollBars() {
        if (geometry == null) {
            return;
        }
        Rectangle area = getClientArea();
        Point content = geometry.content(rows.size());
        int width = Math.max(1, area.width - geometry.rowHeaderWidth);
        int height = Math.max(1, area.height - geometry.headerHeight);
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        h.setValues(Math.min(origin.x, Math.max(0, content.x - width)), 0, Math.max(content.x, width), width, 16, width);
        v.setValues(Math.min(origin.y, Math.max(0, content.y - height)), 0, Math.max(content.y, height), height,
                geometry.rowHeight, height);
        scrolled();
    }

    private void scrolled() {
        origin = new Point(getHorizontalBar().getSelection(), getVerticalBar().getSelection());
        redraw();
    }

    /** Scrolls so that the focus cell is whole in view. */
    private void reveal() {
        Rectangle area = getClientArea();
        Rectangle r = geometry.cell(focus.row(), focus.column(), new Point(0, 0));
        int x = origin.x;
        int y = origin.y;
        int width = area.width - geometry.rowHeaderWidth;
        int height = area.height - geometry.headerHeight;
        x = Math.min(x, r.x - geometry.rowHeaderWidth);
        x = Math.max(x, r.x - geometry.rowHeaderWidth + r.width - width);
        y = Math.min(y, r.y - geometry.headerHeight);
        y = Math.max(y, r.y - geometry.headerHeight + r.height - height);
        getHorizontalBar().setSelection(Math.max(0, x));
        getVerticalBar().setSelection(Math.max(0, y));
        scrolled();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (rows.isEmpty() || modules.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText("No " + (modules.isEmpty() ? "modules" : "regions") + " yet: the matrix shows which module"
                    + " may read, write or execute which region once there are both.", 8, 8, true);
            return;
        }
        int first = Math.max(0, origin.y / geometry.rowHeight);
        int last = Math.min(rows.size() - 1, (origin.y + area.height) / geometry.rowHeight);
        gc.setClipping(geometry.rowHeaderWidth, geometry.headerHeight, area.width, area.height);
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < modules.size(); c++) {
                paintCell(gc, new Cell(r, c));
            }
        }
        paintFocus(gc);
        gc.setClipping((Rectangle) null);
        paintHeaders(gc, area, first, last);
    }

    private void paintCell(GC gc, Cell cell) {
        Rectangle r = geometry.cell(cell.row(), cell.column(), origin);
        CellValue v = value(cell);
        gc.setBackground(switch (v) {
            case NONE -> getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
            case R -> READ;
            case RW -> READ_WRITE;
            case RX -> READ_EXECUTE;
            case RWX -> READ_WRITE_EXECUTE;
        });
        gc.fillRectangle(r);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(r.x, r.y, r.width, r.height);
        gc.setForeground(getDisplay().getSystemColor(v == CellValue.RWX ? SWT.COLOR_DARK_RED
                : v == CellValue.NONE ? SWT.COLOR_WIDGET_NORMAL_SHADOW : SWT.COLOR_LIST_FOREGROUND));
        Point text = gc.textExtent(v.text());
        gc.drawText(v.text(), r.x + (r.width - text.x) / 2, r.y + (r.height - text.y) / 2, true);
        List<Finding> about = findings(cell);
        if (!about.isEmpty()) {
            boolean error = about.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            gc.setBackground(getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
            int corner = r.height / 2;
            gc.fillPolygon(new int[] { r.x + r.width - corner, r.y + 1, r.x + r.width - 1, r.y + 1, r.x + r.width - 1,
                r.y + corner });
        }
    }

    private void paintFocus(GC gc) {
        Rectangle r = geometry.cell(focus.row(), focus.column(), origin);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(isFocusControl() ? 3 : 1);
        gc.setLineStyle(isFocusControl() ? SWT.LINE_SOLID : SWT.LINE_DOT);
        gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintHeaders(GC gc, Rectangle area, int first, int last) {
        Color header = getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        Color highlight = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
        Color line = getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        gc.setClipping(0, geometry.headerHeight, geometry.rowHeaderWidth, area.height);
        gc.setBackground(header);
        gc.fillRectangle(0, geometry.headerHeight, geometry.rowHeaderWidth, area.height);
        for (int r = first; r <= last; r++) {
            Rectangle cell = geometry.cell(r, 0, origin);
            gc.setForeground(r == focus.row() ? highlight : getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(rowHeader(rows.get(r)), 8, cell.y + (cell.height - gc.getFontMetrics().getHeight()) / 2, true);
            gc.setForeground(line);
            gc.drawLine(0, cell.y + cell.height, geometry.rowHeaderWidth, cell.y + cell.height);
        }
        gc.setClipping(geometry.rowHeaderWidth, 0, area.width, geometry.headerHeight);
        gc.setBackground(header);
        gc.fillRectangle(0, 0, area.width, geometry.headerHeight);
        for (int c = 0; c < modules.size(); c++) {
            Rectangle h = geometry.columnHeader(c, origin);
            String name = label(modules.get(c));
            Point text = gc.textExtent(name);
            gc.setForeground(c == focus.column() ? highlight : getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(name, h.x + (h.width - text.x) / 2, h.y + (h.height - text.y) / 2, true);
            gc.setForeground(line);
            gc.drawLine(h.x + h.width, 0, h.x + h.width, h.height);
        }
        gc.setClipping((Rectangle) null);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(MatrixGeometry.CORNER, 8, (geometry.headerHeight - gc.getFontMetrics().getHeight()) / 2, true);
        gc.setForeground(line);
        gc.drawLine(0, geometry.headerHeight, area.width, geometry.headerHeight);
        gc.drawLine(geometry.rowHeaderWidth, 0, geometry.rowHeaderWidth, area.height);
    }
}
