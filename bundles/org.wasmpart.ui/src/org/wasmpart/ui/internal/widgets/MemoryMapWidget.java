package org.wasmpart.ui.internal.widgets;

import static org.wasmpart.core.Designs.label;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.MapModel;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.WasmModule;

/**
 * The memory map of a design: each bank that holds a memory drawn to scale ({@link MapGeometry},
 * {@link MapPainter}), zoomed with Ctrl+wheel, + and - (0 fits), scrolled with the scroll bars,
 * wheel and arrow keys; Ctrl+Up and Ctrl+Down select the next memory up or down. A tooltip names
 * what is under the pointer with its addresses, size and who may access it; the selector overlays
 * one module's hardware entries. What it draws comes from the core ({@link MapModel}: layout,
 * waste, entries), computed in a job on a copy of the design whenever the design changes; the UI
 * thread only paints what is in view. Exports the picture as PNG and the generated
 * report/memory-map.svg as SVG. As a selection provider it gives the module, region or
 * subpartition clicked, and outlines the one selected elsewhere.
 */
public final class MemoryMapWidget extends Composite implements ISelectionProvider {

    private static final double STEP = 1.25;
    private static final int SCROLL_STEP = 20;
    /** The most pixels a PNG export has on a side; a larger map is exported at a lower zoom. */
    private static final int MAX_PNG = 16_000;

    private final Design design;
    private final Combo selector;
    private final Label status;
    private final MapLegendBar legend;
    private final Canvas canvas;
    private final List<String> selectorIds = new ArrayList<>();
    private MapGeometry geometry;
    private double zoom = 1;
    /** Whether the map follows the view's height, until the user zooms. */
    private boolean fitting = true;
    private String selected;
    private Job computation;
    private Image painted;
    private PaintedView paintedView;
    private int computations;
    /** The id of the selected module, region or subpartition; null for none. */
    private String highlighted;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();

    public MemoryMapWidget(Composite parent, Design design) {
        super(parent, SWT.NONE);
        this.design = design;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("&Entries of:");
        selector = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        selector.addListener(SWT.Selection, e -> select(selectorIds.get(selector.getSelectionIndex())));
        toolBar(bar);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        legend = new MapLegendBar(this);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> resized());
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::hover);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = "Memory map of " + label(design) + ". " + status.getText()
                        + selectedDescription().map(d -> " Selected: " + d.replace('\n', ' ')).orElse("");
            }
        });
        selectorIds.add(null);
        selector.add("(none)");
        selector.select(0);
        DesignChanges.watch(design, this, this::recompute);
        // a layout for a map no one will see would only keep a core busy
        addDisposeListener(e -> {
            if (computation != null) {
                computation.cancel();
            }
            if (painted != null) {
                painted.dispose();
            }
        });
        recompute();
    }

    /** The job drawing the design's current state, to join before reading what was drawn. */
    public Job computation() {
        return computation;
    }

    /** The memories drawn, bank by bank, bottom up; empty until the first computation is done. */
    public List<DrawnRegion> drawnRegions() {
        return geometry == null ? List.of() : geometry.regions();
    }

    /** The selected module's entries as overlaid; empty when no module is selected. */
    public List<DrawnEntry> drawnEntries() {
        return selectedEntries().map(geometry::entries).orElse(List.of());
    }

    /** Overlays a module's entries; null shows none. */
    public void selectModule(String moduleId) {
        select(moduleId);
        selector.select(Math.max(0, selectorIds.indexOf(moduleId)));
    }

    /** Zooms keeping the content under a point of the view in place. */
    public void setZoom(double value) {
        zoomAt(value, canvas.getClientArea().height / 2);
    }

    /** Zooms so that the largest bank fills the view's height. */
    public void zoomToFit() {
        fitting = true;
        zoom = MapGeometry.fit(canvas.getClientArea().height);
        relayout();
    }

    /** The map's canvas, which takes the keyboard and the wheel. */
    public Canvas canvas() {
        return canvas;
    }

    /** What the tooltip says at a point of the view: the memory, waste or entry there and its range. */
    public Optional<String> describeAt(int x, int y) {
        if (geometry == null) {
            return Optional.empty();
        }
        Point origin = origin();
        return geometry.describe(x + origin.x, y + origin.y, selectedEntries());
    }

    /**
     * Writes the whole map as drawn (not only what is in view) as a PNG, at the current zoom or,
     * when that would be larger than {@value #MAX_PNG} pixels, the zoom that fits it.
     *
     * @throws SWTException when the file cannot be written
     */
    public void exportPng(Path file) {
        if (geometry == null) {
            throw new IllegalStateException("the map has not been drawn yet");
        }
        Point size = geometry.content();
        double shrink = Math.min(1, (double) MAX_PNG / Math.max(size.x, size.y));
        MapGeometry g = shrink < 1 ? new MapGeometry(geometry.model, zoom * shrink) : geometry;
        Point whole = g.content();
        Image image = new Image(getDisplay(), Math.max(1, whole.x), Math.max(1, whole.y));
        GC gc = new GC(image);
        try {
            gc.setFont(canvas.getFont());
            MapPainter.paint(gc, g, selectedEntries(), Optional.ofNullable(highlighted),
                    new Rectangle(0, 0, whole.x, whole.y));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Writes report/memory-map.svg as generation writes it, in a job (it lays out and validates
     * the design); the job fails with generation's message when the design does not generate.
     */
    public Job exportSvg(Path file) {
        Design copy = copy();
        Job job = Job.create("Exporting the memory map of " + label(design) + " to " + file, monitor -> {
            try {
                Files.writeString(file, Generation.memoryMap(copy, BasicMonitor.toMonitor(monitor)), StandardCharsets.UTF_8);
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (GenerationException | IOException e) {
                return Status.error("The memory map cannot be exported to " + file + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The selected module, region or subpartition of the design. */
    @Override
    public ISelection getSelection() {
        return Optional.ofNullable(highlighted).flatMap(this::byId).<ISelection>map(StructuredSelection::new)
                .orElse(StructuredSelection.EMPTY);
    }

    /**
     * Outlines a module's memory, a region or a subpartition (a grant's target) and scrolls to it;
     * a module's entries are overlaid too.
     */
    @Override
    public void setSelection(ISelection selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        String id = switch (first) {
            case Grant g when g.getTarget() != null -> g.getTarget().getId();
            case WasmModule m -> m.getId();
            case Shareable s -> s.getId();
            case null, default -> null;
        };
        highlight(id);
        if (first instanceof WasmModule m) {
            selectModule(m.getId());
        }
        reveal();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    private void highlight(String id) {
        if (Objects.equals(id, highlighted)) {
            return;
        }
        highlighted = id;
        canvas.redraw();
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    /** Scrolls the selected memory into view, when it is drawn and not in view yet. */
    private void reveal() {
        if (geometry == null || highlighted == null) {
            return;
        }
        geometry.bounds(highlighted).ifPresent(r -> {
            Point origin = origin();
            Rectangle area = canvas.getClientArea();
            if (!new Rectangle(origin.x, origin.y, area.width, area.height).intersects(r)) {
                canvas.getHorizontalBar().setSelection(Math.max(0, r.x - MapGeometry.AXIS));
                canvas.getVerticalBar().setSelection(Math.max(0, r.y + r.height / 2 - area.height / 2));
                canvas.redraw();
            }
        });
    }

    private Optional<EObject> byId(String id) {
        for (Iterator<EObject> all = design.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified i && id.equals(i.getId())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button == 1 && geometry != null) {
            Point origin = origin();
            Optional<String> id = geometry.memoryAt(e.x + origin.x, e.y + origin.y);
            highlight(id.orElse(null));
            id.filter(i -> selectorIds.contains(i)).ifPresent(this::selectModule);
        }
    }

    private void toolBar(Composite parent) {
        ToolBar tools = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        tool(tools, "Zoom &in (+)", () -> zoomAt(zoom * STEP, canvas.getClientArea().height / 2));
        tool(tools, "Zoom &out (-)", () -> zoomAt(zoom / STEP, canvas.getClientArea().height / 2));
        tool(tools, "&Fit (0)", this::zoomToFit);
        tool(tools, "Export &PNG...", () -> chooseFile("*.png").ifPresent(this::exportPngReporting));
        tool(tools, "Export &SVG...", () -> chooseFile("*.svg").ifPresent(this::exportSvg));
    }

    private static void tool(ToolBar tools, String text, Runnable action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private Optional<Path> chooseFile(String extension) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(label(design) + extension.substring(1));
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    private void exportPngReporting(Path file) {
        try {
            exportPng(file);
        } catch (SWTException e) {
            MessageDialog.openError(getShell(), "Export PNG", "The memory map cannot be written to " + file + ": "
                    + e.getMessage());
        }
    }

    /** Starts drawing the design as it is now, cancelling a computation of an older state. */
    private void recompute() {
        if (computation != null) {
            computation.cancel();
        }
        // an unloaded design (its editor reloading) has only proxies left to draw
        if (design.eIsProxy()) {
            return;
        }
        Design copy = copy();
        int computed = ++computations;
        // the job may end after the editor closed: a disposed widget no longer knows its display
        Display display = getDisplay();
        status.setText("Drawing the memory map...");
        computation = Job.create("Drawing the memory map of " + label(design), (IProgressMonitor monitor) -> {
            try {
                MapModel model = MapModel.of(copy, BasicMonitor.toMonitor(monitor));
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!isDisposed() && computed == computations) {
                            show(model);
                        }
                    });
                }
            } catch (CancellationException e) {
                throw new OperationCanceledException(e.getMessage());
            }
        });
        // the map says "Drawing the memory map..." itself; no progress animation in the status line
        computation.setSystem(true);
        computation.schedule();
    }


    /** A copy for a job, which the editor's edits cannot reach (catalog objects stay shared: no one edits them). */
    private Design copy() {
        return WasmpartResources.detachedCopy(design, design.eResource().getURI());
    }

    private void show(MapModel model) {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        model.modules().forEach(m -> ids.add(m.id()));
        if (!ids.equals(selectorIds)) {
            selectorIds.clear();
            selectorIds.addAll(ids);
            selector.removeAll();
            selector.add("(none)");
            model.modules().forEach(m -> selector.add(m.name()));
            selector.getParent().layout();
        }
        if (!selectorIds.contains(selected)) {
            selected = null;
        }
        selector.select(selectorIds.indexOf(selected));
        legend.setModel(model);
        geometry = new MapGeometry(model, zoom);
        if (fitting) {
            zoom = MapGeometry.fit(canvas.getClientArea().height);
        }
        relayout();
        status.setText(model.problem().orElse(model.banks().size() + " bank" + (model.banks().size() == 1 ? "" : "s")
                + " to scale. Ctrl+wheel, + and - zoom, 0 fits; the pointer tells addresses and access."));
        layout(true);
    }

    private void select(String moduleId) {
        selected = moduleId;
        canvas.redraw();
    }

    private Optional<MapModel.ModuleEntries> selectedEntries() {
        return geometry == null ? Optional.empty()
                : geometry.model.modules().stream().filter(m -> Objects.equals(m.id(), selected)).findFirst();
    }

    private void zoomAt(double value, int anchorY) {
        if (geometry == null) {
            return;
        }
        fitting = false;
        Point origin = origin();
        double before = geometry.pxPerByte;
        zoom = new MapGeometry(geometry.model, value).zoom;
        relayout();
        double ratio = geometry.pxPerByte / before;
        int y = (int) Math.round((origin.y + anchorY - MapGeometry.HEADER) * ratio + MapGeometry.HEADER - anchorY);
        canvas.getVerticalBar().setSelection(Math.max(0, y));
        canvas.redraw();
    }

    private void resized() {
        if (fitting && geometry != null) {
            zoom = MapGeometry.fit(canvas.getClientArea().height);
        }
        relayout();
    }

    /** New geometry for the zoom, scroll bars for its size. */
    private void relayout() {
        if (geometry == null) {
            return;
        }
        geometry = new MapGeometry(geometry.model, zoom);
        Point content = geometry.content();
        Rectangle area = canvas.getClientArea();
        int width = Math.max(1, area.width);
        int height = Math.max(1, area.height);
        canvas.getHorizontalBar().setValues(canvas.getHorizontalBar().getSelection(), 0, Math.max(content.x, width),
                width, SCROLL_STEP, width);
        canvas.getVerticalBar().setValues(canvas.getVerticalBar().getSelection(), 0, Math.max(content.y, height),
                height, SCROLL_STEP, height);
        canvas.redraw();
    }

    private Point origin() {
        return new Point(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (geometry == null || area.width <= 0 || area.height <= 0) {
            gc.fillRectangle(area);
            return;
        }
        Point origin = origin();
        // a thousand regions take tens of milliseconds to draw: repaints of the same view (another
        // window passing over, the editor's title changing) copy the last drawing instead
        PaintedView view = new PaintedView(geometry, selected, highlighted, origin, new Point(area.width, area.height));
        if (!view.equals(paintedView) || painted == null || painted.isDisposed()) {
            if (painted != null) {
                painted.dispose();
            }
            painted = new Image(canvas.getDisplay(), area.width, area.height);
            GC image = new GC(painted);
            try {
                image.setFont(gc.getFont());
                image.setBackground(gc.getBackground());
                image.setForeground(gc.getForeground());
                image.fillRectangle(0, 0, area.width, area.height);
                MapPainter.paint(image, geometry, selectedEntries(), Optional.ofNullable(highlighted),
                        new Rectangle(origin.x, origin.y, area.width, area.height));
            } finally {
                image.dispose();
            }
            paintedView = view;
        }
        gc.drawImage(painted, 0, 0);
    }

    /** What a drawing of the map depends on. */
    private record PaintedView(MapGeometry geometry, String selected, String highlighted, Point origin, Point size) {
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            zoomAt(e.count > 0 ? zoom * STEP : zoom / STEP, e.y);
        }
    }

    private void key(Event e) {
        int page = canvas.getClientArea().height;
        switch (e.character) {
            case '+', '=' -> zoomAt(zoom * STEP, canvas.getClientArea().height / 2);
            case '-' -> zoomAt(zoom / STEP, canvas.getClientArea().height / 2);
            case '0' -> zoomToFit();
            default -> {
                boolean step = (e.stateMask & SWT.MOD1) != 0;
                switch (e.keyCode) {
                    case SWT.ARROW_UP -> {
                        if (step) {
                            step(1);
                        } else {
                            scrollBy(0, -SCROLL_STEP);
                        }
                    }
                    case SWT.ARROW_DOWN -> {
                        if (step) {
                            step(-1);
                        } else {
                            scrollBy(0, SCROLL_STEP);
                        }
                    }
                    case SWT.ARROW_LEFT -> scrollBy(-SCROLL_STEP, 0);
                    case SWT.ARROW_RIGHT -> scrollBy(SCROLL_STEP, 0);
                    case SWT.PAGE_UP -> scrollBy(0, -page);
                    case SWT.PAGE_DOWN -> scrollBy(0, page);
                    default -> {
                        // other keys are not the map's
                    }
                }
            }
        }
    }

    /**
     * Selects the next memory up (+1, towards higher addresses, then the next bank) or down (-1),
     * so the keyboard reaches every memory and a screen reader hears what it is.
     */
    private void step(int direction) {
        if (geometry == null) {
            return;
        }
        List<String> order = geometry.regions().stream().map(DrawnRegion::id).toList();
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(highlighted);
        int next = at < 0 ? (direction > 0 ? 0 : order.size() - 1)
                : Math.clamp(at + direction, 0, order.size() - 1);
        highlight(order.get(next));
        reveal();
        canvas.getAccessible().sendEvent(ACC.EVENT_NAME_CHANGED, null);
    }

    /** What the tooltip would say over the selected memory. */
    private Optional<String> selectedDescription() {
        if (geometry == null || highlighted == null) {
            return Optional.empty();
        }
        return geometry.bounds(highlighted)
                .flatMap(r -> geometry.describe(r.x + 2, r.y + r.height / 2, Optional.empty()));
    }

    private void scrollBy(int dx, int dy) {
        Point origin = origin();
        canvas.getHorizontalBar().setSelection(origin.x + dx);
        canvas.getVerticalBar().setSelection(origin.y + dy);
        canvas.redraw();
    }

    private void hover(Event e) {
        String text = describeAt(e.x, e.y).orElse(null);
        if (!Objects.equals(text, canvas.getToolTipText())) {
            canvas.setToolTipText(text);
        }
    }
}
