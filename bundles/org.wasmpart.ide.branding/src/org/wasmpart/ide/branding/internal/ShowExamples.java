package org.wasmpart.ide.branding.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.progress.UIJob;

/**
 * After the examples are imported: the Project Explorer shows the new project with one design
 * selected, the Problems view the findings of the examples (one is broken on purpose), and that
 * design opens, so the first thing a user sees is the design editor.
 */
final class ShowExamples extends UIJob {

    private final IFile design;

    ShowExamples(IFile design) {
        super("Showing the wasmpart examples");
        this.design = design;
    }

    @Override
    public IStatus runInUIThread(IProgressMonitor monitor) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return Status.warning("No workbench window to show the wasmpart examples in");
        }
        try {
            if (page.showView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
                explorer.selectReveal(new StructuredSelection(design));
            }
            page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            IDE.openEditor(page, design);
            return Status.OK_STATUS;
        } catch (PartInitException e) {
            return Status.error("Could not show the wasmpart example " + design.getFullPath(), e);
        }
    }
}
