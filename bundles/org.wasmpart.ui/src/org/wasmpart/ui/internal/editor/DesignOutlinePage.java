package org.wasmpart.ui.internal.editor;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.wasmpart.model.Design;
import org.wasmpart.ui.internal.edit.ItemContentProvider;
import org.wasmpart.ui.internal.edit.ItemLabelProvider;

/** The design as a tree of its objects, as the EMF.Edit item providers list and label them. */
final class DesignOutlinePage extends ContentOutlinePage {

    private final AdapterFactory factory;
    private Design design;

    DesignOutlinePage(AdapterFactory factory, Design design) {
        this.factory = factory;
        this.design = design;
    }

    /**
     * Virtual: GTK measures every row's text again whenever a label changes, and a design's
     * thousand regions made that a tenth of each value typed; rows not yet shown have no text.
     */
    @Override
    protected int getTreeStyle() {
        return super.getTreeStyle() | SWT.VIRTUAL;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemContentProvider(factory));
        viewer.setLabelProvider(new ItemLabelProvider(factory));
        viewer.setAutoExpandLevel(2);
        viewer.setInput(design.eResource());
    }

    /** Shows another design (the file was reloaded). */
    void setDesign(Design reloaded) {
        design = reloaded;
        if (getTreeViewer() != null) {
            getTreeViewer().setInput(reloaded.eResource());
        }
    }

    /**
     * Follows an edit (null: the design changed in ways no command says): the labels of the objects
     * an edit only set values of; otherwise the tree's structure and the labels of the objects the
     * command changed (relabelling a thousand regions after every edit kept the UI thread busy, and
     * walking their tree after each value typed cost a tenth of a typing step).
     */
    void refresh(Command edit) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null) {
            return;
        }
        Optional<Set<EObject>> set = edit == null ? Optional.empty() : ValueEdits.ownersOf(edit);
        if (set.isPresent()) {
            viewer.update(set.get().toArray(), null);
        } else {
            viewer.refresh(false);
            if (edit != null) {
                viewer.update(edit.getAffectedObjects().toArray(), null);
            }
        }
    }

    /** Selects what the editor selected, without announcing it back to the editor. */
    void show(ISelection selection) {
        if (getTreeViewer() != null) {
            getTreeViewer().setSelection(selection, true);
        }
    }
}
