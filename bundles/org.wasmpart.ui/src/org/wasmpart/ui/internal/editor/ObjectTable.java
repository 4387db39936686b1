package org.wasmpart.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.wasmpart.core.validation.Finding;

/**
 * A table of some of the design's objects (modules, regions) with inline editing and Add, Remove
 * and Duplicate (buttons, Insert and Delete keys); every change is a command on the editing
 * domain. A cell's problem (text that is no size) shows under the table; the design's findings
 * mark the rows they are about.
 */
public final class ObjectTable implements DesignPage {

    /**
     * @param editing the column's editing support, or null for a column that is only shown
     */
    record Column(String title, int width, Function<Object, String> text,
            Function<ObjectTable, EditingSupport> editing) {
    }

    /** The commands behind the buttons; each gets the selected objects where it needs them. */
    record Actions(Supplier<Command> add, Function<List<?>, Command> remove, Function<List<?>, Command> duplicate) {
    }

    private final Composite control;
    private final TableViewer viewer;
    private final Label message;
    private final EditingDomain domain;
    private final Supplier<Collection<?>> rows;
    private Map<Object, List<Finding>> findings = Map.of();

    ObjectTable(Composite parent, EditingDomain domain, Supplier<Collection<?>> rows, List<Column> columns,
            Actions actions) {
        this.domain = domain;
        this.rows = rows;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
        // virtual: a refresh after each edit re-renders the rows on screen, not all of a design's
        // thousand regions, which kept the UI thread busy for a third of a second
        viewer = new TableViewer(control,
                SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column c : columns) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(c.title());
            column.getColumn().setWidth(c.width());
            boolean first = c == columns.get(0);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply(element);
                }

                @Override
                public Image getImage(Object element) {
                    return first ? severityImage(findingsOf(element)) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    List<Finding> found = findingsOf(element);
                    return found.isEmpty() ? null
                            : found.stream().map(Finding::message).collect(Collectors.joining("\n"));
                }
            });
            if (c.editing() != null) {
                column.setEditingSupport(c.editing().apply(this));
            }
        }
        editWithKeyboard();
        ColumnViewerToolTipSupport.enableFor(viewer);

        Composite buttons = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "&Add", () -> run(actions.add().get()));
        button(buttons, "&Remove", () -> runOnSelection(actions.remove()));
        button(buttons, "Du&plicate", () -> runOnSelection(actions.duplicate()));

        message = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(message);
        viewer.getTable().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.INSERT) {
                    run(actions.add().get());
                } else if (e.character == SWT.DEL) {
                    runOnSelection(actions.remove());
                }
            }
        });
        viewer.setInput(rows.get());
    }

    /** F2, Enter or a double-click edit the focused cell; Tab moves to the next editable one. */
    private void editWithKeyboard() {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void runOnSelection(Function<List<?>, Command> command) {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            run(command.apply(selected));
        }
    }

    /** Runs the command and selects what it made (an added or duplicated row). */
    private void run(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            List<?> made = command.getAffectedObjects().stream().filter(rows.get()::contains).toList();
            if (!made.isEmpty()) {
                viewer.setSelection(new StructuredSelection(made), true);
            }
        }
    }

    /**
     * Marks each row with its findings and those of what it contains (a region's subpartitions, a
     * module's grants), the most severe as the row's icon, all in its tooltip.
     */
    @Override
    public void analysed(DesignAnalysis.Result result) {
        Set<Object> shown = new HashSet<>(rows.get());
        Map<Object, List<Finding>> byRow = new HashMap<>();
        for (DesignAnalysis.Shown s : result.findings()) {
            for (EObject o = s.object(); o != null; o = o.eContainer()) {
                if (shown.contains(o)) {
                    byRow.computeIfAbsent(o, k -> new ArrayList<>()).add(s.finding());
                    break;
                }
            }
        }
        // only the rows whose marks changed are drawn again: a refresh of the whole table has GTK
        // measure every row again, and a result like the last one (the common case while typing)
        // changes none
        Map<Object, List<String>> before = marks(findings);
        Map<Object, List<String>> after = marks(byRow);
        findings = byRow;
        Set<Object> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(row -> Objects.equals(before.get(row), after.get(row)));
        if (!changed.isEmpty()) {
            viewer.update(changed.toArray(), null);
        }
    }

    /** What a row shows of its findings: their codes and messages, whichever analysis found them. */
    private static Map<Object, List<String>> marks(Map<Object, List<Finding>> byRow) {
        Map<Object, List<String>> marks = new HashMap<>();
        byRow.forEach((row, found) -> marks.put(row, found.stream().map(f -> f.code().id() + f.message()).toList()));
        return marks;
    }

    /** The findings the row is marked with, most severe first. */
    public List<Finding> findingsOf(Object row) {
        return findings.getOrDefault(row, List.of());
    }

    private static Image severityImage(List<Finding> found) {
        if (found.isEmpty()) {
            return null;
        }
        String image = switch (found.get(0).severity()) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    /** Shows a problem with a typed value; "" clears it. */
    void showMessage(String text) {
        message.setText(text == null ? "" : text);
        control.layout(true);
    }

    public String message() {
        return message.getText();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public Composite control() {
        return control;
    }

    /**
     * After an edit that only set values, draws again the rows that show them; after any other,
     * every row. A refresh of the whole table has GTK measure each of a thousand rows again, which
     * was most of a typing step.
     */
    @Override
    public void refresh(Command edit) {
        Optional<Set<Object>> showing = Optional.ofNullable(edit).flatMap(ValueEdits::ownersOf).flatMap(this::rowsShowing);
        if (showing.isPresent()) {
            viewer.update(showing.get().toArray(), null);
            return;
        }
        // one repaint after the refresh, not one per row it touches
        viewer.getTable().setRedraw(false);
        try {
            viewer.refresh();
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    /**
     * The rows that show any of the objects: a row shows what it holds and what that refers to (a
     * module's grants and their regions, a region's discipline and its modules). Empty when an
     * object is neither held by a row nor referred to by one (the design itself): then no row can
     * be said to be the only one showing it.
     */
    private Optional<Set<Object>> rowsShowing(Set<EObject> changed) {
        Collection<?> all = rows.get();
        Set<Object> rowSet = new HashSet<>(all);
        Set<Object> showing = new HashSet<>();
        Set<EObject> placed = new HashSet<>();
        for (EObject o : changed) {
            for (EObject at = o; at != null; at = at.eContainer()) {
                if (rowSet.contains(at)) {
                    showing.add(at);
                    placed.add(o);
                    break;
                }
            }
        }
        for (Object row : all) {
            if (row instanceof EObject r) {
                // the row and all it holds
                for (Iterator<EObject> held = EcoreUtil.getAllProperContents(List.of(r), false); held.hasNext();) {
                    if (refersToAny(held.next(), changed, placed)) {
                        showing.add(r);
                    }
                }
            }
        }
        return placed.size() == changed.size() ? Optional.of(showing) : Optional.empty();
    }

    /** Whether the object refers to one of the changed objects or to what one holds; notes those it finds. */
    private static boolean refersToAny(EObject object, Set<EObject> changed, Set<EObject> placed) {
        boolean refers = false;
        for (EObject target : object.eCrossReferences()) {
            for (EObject at = target; at != null; at = at.eContainer()) {
                if (changed.contains(at)) {
                    placed.add(at);
                    refers = true;
                }
            }
        }
        return refers;
    }

    @Override
    public TableViewer selectionProvider() {
        return viewer;
    }
}
