package org.wasmpart.ui.internal.wizards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.CNames;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignTemplates;
import org.wasmpart.model.Design;

/** File > New > wasmpart Design: a valid design for a catalog board, opened in the editor. */
public final class NewDesignWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private DesignFilePage filePage;
    private BoardSelectionPage boardPage;
    private IFile created;

    public NewDesignWizard() {
        setWindowTitle("New wasmpart Design");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        filePage = new DesignFilePage(selection);
        addPage(filePage);
        boardPage = new BoardSelectionPage(BuiltInCatalog.load());
        addPage(boardPage);
    }

    @Override
    public boolean performFinish() {
        String id = identifier(filePage.getFileName());
        Design design = DesignTemplates.newDesign(id, boardPage.board(), boardPage.runtime(),
                boardPage.memoryOption(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            URI uri = URI.createPlatformResourceURI(filePage.getContainerFullPath().append(filePage.getFileName())
                    .toString(), true);
            DesignIO.write(design, uri, bytes);
        } catch (IOException e) {
            filePage.setErrorMessage("The design could not be written: " + e.getMessage());
            return false;
        }
        filePage.setContents(bytes.toByteArray());
        created = filePage.createNewFile();
        if (created == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
        } catch (PartInitException e) {
            filePage.setErrorMessage("The design was created but could not be opened: " + e.getMessage());
        }
        return true;
    }

    /** The file the wizard created, once it has finished. */
    public IFile getCreatedFile() {
        return created;
    }



    /** The file name without extension, made a C identifier: the design's id reaches generated C. */
    static String identifier(String fileName) {
        String base = fileName.endsWith(".wasmpart") ? fileName.substring(0, fileName.length() - 9) : fileName;
        return CNames.toIdentifier(base.toLowerCase(Locale.ROOT));
    }

    /** For tests: the pages, once created. */
    public TestAccess testAccess() {
        return new TestAccess();
    }

    /** Drives the pages as a user would, for the workbench tests. */
    public final class TestAccess {
        public void setFileName(String name) {
            filePage.setFileName(name);
        }

        public boolean selectBoard(String id) {
            return boardPage.selectBoard(id);
        }

        /** Sets the board filters: an architecture, a protection kind (each or "any") and a RAM size. */
        public void filterBoards(String core, String protection, String ram) {
            boardPage.filter(core, protection, ram);
        }

        public List<String> listedBoards() {
            return boardPage.listedBoards();
        }

        public String errorMessage() {
            return boardPage.getErrorMessage();
        }

        public boolean canFinish() {
            return NewDesignWizard.this.canFinish();
        }
    }
}
