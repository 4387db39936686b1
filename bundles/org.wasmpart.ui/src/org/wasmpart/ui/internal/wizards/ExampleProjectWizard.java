package org.wasmpart.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
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
import org.wasmpart.ui.internal.builder.WasmpartNature;

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
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        if (!projectPage.useDefaults()) {
            description.setLocationURI(projectPage.getLocationURI());
        }
        IFile file = project.getFile(example.fileName());
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                project.create(description, progress.split(1));
                project.open(progress.split(1));
                // setting the nature on an open project configures it: the builder joins the build spec
                WasmpartNature.add(project, progress.split(1));
                try {
                    file.create(new ByteArrayInputStream(example.content()), IResource.NONE, progress.split(1));
                } catch (IOException e) {
                    throw new CoreException(Status.error("Could not read the example " + example.fileName(), e));
                }
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
