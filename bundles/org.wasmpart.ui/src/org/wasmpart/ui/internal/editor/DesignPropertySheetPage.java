package org.wasmpart.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.wasmpart.ui.internal.edit.ItemPropertySourceProvider;

/**
 * The Properties view's page for a design editor: rows from the EMF.Edit property descriptors,
 * and Undo/Redo that still act on the editor's command stack while the view is active.
 */
final class DesignPropertySheetPage extends PropertySheetPage {

    private final DesignEditor editor;

    DesignPropertySheetPage(DesignEditor editor, AdapterFactory factory) {
        this.editor = editor;
        setPropertySourceProvider(new ItemPropertySourceProvider(factory));
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
    }
}
