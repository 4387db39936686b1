package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;
import org.wasmpart.ui.internal.editor.DesignEditor;
import org.wasmpart.ui.internal.wizards.NewDesignWizard;

@ExtendWith(FailOnLoggedErrors.class)
class NewDesignWizardTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theWizardIsListedUnderFileNew() {
        IWizardDescriptor d = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.wasmpart.ui.newDesignWizard");
        assertTrue(d != null && d.getCategory().getId().equals("org.wasmpart.ui.category"));
    }

    @Test
    void createsAValidDesignForTheChosenBoardAndOpensIt() throws Exception {
        IProject project = Workbench.newProject("wizard-test");
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard("org.wasmpart.ui.newDesignWizard");
        IWorkbenchWizard created = descriptor.createWizard();
        NewDesignWizard wizard = assertInstanceOf(NewDesignWizard.class, created);
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));

        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewDesignWizard.TestAccess ui = wizard.testAccess();
            ui.setFileName("My Hub.wasmpart");
            assertFalse(ui.canFinish(), "no board chosen yet");
            assertFalse(ui.selectBoard("no-such-board"));
            assertTrue(ui.selectBoard("rp2040"));
            assertTrue(ui.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Workbench.flush();

        IFile file = wizard.getCreatedFile();
        assertTrue(file.exists());
        assertEquals("wizard-test/My Hub.wasmpart", file.getFullPath().makeRelative().toString());
        Design design = DesignIO.load(Path.of(file.getLocation().toOSString()));
        assertEquals("rp2040", design.getBoard().getId());
        assertEquals("my_hub", design.getId());
        assertFalse(design.getModules().isEmpty());
        assertFalse(design.getRuntime().eIsProxy());

        DesignEditor editor = assertInstanceOf(DesignEditor.class, Workbench.page().getActiveEditor());
        assertEquals("rp2040", editor.getDesign().getBoard().getId());
    }
}
