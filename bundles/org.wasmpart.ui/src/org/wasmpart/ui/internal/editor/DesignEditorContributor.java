package org.wasmpart.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the workbench's Undo, Redo and Revert at the active design editor: the action bars are
 * shared by every open design editor, so the handlers follow activation.
 */
public final class DesignEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof DesignEditor editor) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
            bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), editor.revertAction());
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), null);
        }
        bars.updateActionBars();
    }
}
