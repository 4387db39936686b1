package org.wasmpart.examples.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.wasmpart.examples.BundledExample;
import org.wasmpart.examples.ExampleProjects;

/**
 * File > New > Examples > wasmpart Example Project: a project with the wasmpart nature holding
 * one of the bundled example designs, which the builder then generates.
 */
public final class ExampleProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private ExampleSelectionPage examplePage;
    private WizardNewProjectCreationPage projectPage;
    private IFile created;

    public ExampleProjectWizard() {
        setWindowTitle("New wasmpart Example Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        examplePage = new ExampleSelectionPage(BundledExample.all());
        addPage(examplePage);
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle("Project");
        projectPage.setDescription("Name the project that will hold the example.");
        addPage(projectPage);
    }

    /** The project page is created when first shown, so that it starts with the chosen example's name. */
    @Override
    public void createPageControls(Composite pageContainer) {
        examplePage.createControl(pageContainer);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        IWizardPage next = super.getNextPage(page);
        if (next == projectPage && projectPage.getControl() == null && examplePage.example() != null) {
            projectPage.setInitialProjectName(examplePage.example().name());
        }
        return next;
    }

    @Override
    public boolean canFinish() {
        // the project page must have been seen: it says where the project goes
        return examplePage.example() != null && projectPage.getControl() != null && projectPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        BundledExample example = examplePage.example();
        IProject project = projectPage.getProjectHandle();
        URI location = projectPage.useDefaults() ? null : projectPage.getLocationURI();
        List<IFile> files = new ArrayList<>();
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                files.addAll(ExampleProjects.create(project, location, List.of(example), monitor));
            }
        };
        try {
            getContainer().run(true, true, create);
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "New wasmpart Example Project",
                    "The project could not be created: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        IFile file = files.get(0);
        created = file;
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New wasmpart Example Project",
                    "The project was created but the design could not be opened: " + e.getMessage());
        }
        return true;
    }

    /** The design the wizard created, once it has finished. */
    public IFile getCreatedFile() {
        return created;
    }

    /** For tests: drives the pages as a user would. */
    public TestAccess testAccess() {
        return new TestAccess();
    }

    public final class TestAccess {
        public boolean selectExample(String fileName) {
            return examplePage.select(fileName);
        }

        /** Turns to the project page and gives the name it proposes. */
        public String proposedProjectName() {
            getContainer().showPage(getNextPage(examplePage));
            return projectPage.getProjectName();
        }
    }
}
