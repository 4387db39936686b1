package org.wasmpart.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;

/**
 * One page of the design editor, made by a {@link DesignPageFactory}. The editor calls it on the
 * UI thread only. A page that edits runs commands on the context's editing domain, never changes
 * the design directly, so every edit is undoable and marks the editor dirty.
 */
public interface DesignPage {

    /** The page's control, made by the factory as a child of the editor's page container. */
    Control control();

    /**
     * The design changed: show it as it is now.
     *
     * @param edit the command executed, undone or redone; null when the design changed otherwise
     */
    default void refresh(Command edit) {
    }

    /** The latest findings and layout summary of the design, computed in a job after edits. */
    default void analysed(DesignAnalysis.Result result) {
    }

    /**
     * What is selected on the page, for the Properties view and the outline; and where the editor
     * shows an object selected elsewhere, if the page lists it. Null for a page without selection.
     */
    default ISelectionProvider selectionProvider() {
        return null;
    }
}
