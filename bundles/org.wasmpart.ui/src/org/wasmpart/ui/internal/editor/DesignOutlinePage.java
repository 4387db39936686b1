package org.wasmpart.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
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

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
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
     * Follows an edit (null: the design changed in ways no command says): the tree's structure, when
     * the command may have changed it, and the labels of the objects the command changed
     * (relabelling a thousand regions after every edit kept the UI thread busy, and walking their
     * tree after each value typed cost a tenth of a typing step).
     */
    void refresh(Command edit) {
        if (getTreeViewer() != null) {
            if (edit == null || StructuralEdits.changesStructure(edit)) {
                getTreeViewer().refresh(false);
            }
            if (edit != null) {
                getTreeViewer().update(edit.getAffectedObjects().toArray(), null);
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
