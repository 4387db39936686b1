package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.wasmpart.ui.internal.editor.DesignAnalysis;
import org.wasmpart.ui.internal.editor.DesignEditor;
import org.wasmpart.ui.internal.editor.DesignPage;
import org.wasmpart.ui.internal.editor.ObjectTable;
import org.wasmpart.ui.internal.editor.OverviewPage;

/** Drives the design editor's pages as a user would: through their viewers and cell editors. */
final class EditorDriver {

    static final int NAME = 0;
    static final int SIZE = 1;
    static final int BASE = 2;
    static final int DISCIPLINE = 6;
    static final int LINEAR_MEMORY = 1;

    private final DesignEditor editor;

    EditorDriver(DesignEditor editor) {
        this.editor = editor;
    }

    OverviewPage overview() {
        return (OverviewPage) editor.getPages().get(0);
    }

    ObjectTable modules() {
        return (ObjectTable) editor.getPages().get(1);
    }

    ObjectTable regions() {
        return (ObjectTable) editor.getPages().get(2);
    }

    /** Shows the page, opens the cell's editor, types the text and presses Enter. */
    void type(ObjectTable table, Object element, int column, String text) {
        editor.showPage(table);
        TableViewer viewer = table.viewer();
        viewer.editElement(element, column);
        assertTrue(viewer.isCellEditorActive(), "the cell opens for editing");
        Text cell = (Text) Arrays.stream(viewer.getTable().getChildren())
                .filter(c -> c instanceof Text && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor is showing"));
        cell.setText(text);
        viewer.applyEditorValue();
        Workbench.flush();
    }

    /** Shows the page, opens the cell's drop-down, picks the item with that label and applies it. */
    void choose(ObjectTable table, Object element, int column, String item) {
        editor.showPage(table);
        TableViewer viewer = table.viewer();
        viewer.editElement(element, column);
        assertTrue(viewer.isCellEditorActive(), "the cell opens for editing");
        CCombo combo = (CCombo) Arrays.stream(viewer.getTable().getChildren())
                .filter(c -> c instanceof CCombo && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no drop-down is showing"));
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event()); // as a click on the item does
        if (viewer.isCellEditorActive()) {
            viewer.applyEditorValue();
        }
        Workbench.flush();
    }

    /** Waits until the latest edits are validated and laid out and their result is shown. */
    DesignAnalysis.Result analysed() throws InterruptedException {
        Workbench.spinUntil(editor::isAnalysisCurrent, "the design is analysed");
        Workbench.flush();
        return editor.getAnalysed();
    }

    /** Shows the page with the editor maximised and saves a picture of it. */
    void screenshot(DesignPage page, String name) {
        IWorkbenchPage workbenchPage = editor.getSite().getPage();
        IWorkbenchPartReference reference = workbenchPage.getReference(editor);
        workbenchPage.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            editor.showPage(page);
            Control control = page.control();
            Workbench.screenshot(control, name);
        } finally {
            workbenchPage.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }
}
