package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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
    void theBoardsCanBeFilteredByCoreProtectionKindAndRam() throws Exception {
        IProject project = Workbench.newProject("wizard-filters");
        NewDesignWizard wizard = new NewDesignWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewDesignWizard.TestAccess ui = wizard.testAccess();
            int all = ui.listedBoards().size();
            ui.filterBoards("rv32", "any", "");
            assertEquals(List.of("esp32-c3", "esp32-c6", "fe310-g002", "rp2350"), sorted(ui.listedBoards()));
            ui.filterBoards("any", "pmsav7", "256K");
            assertEquals(List.of("nrf52840", "rp2040", "stm32h743zi"), sorted(ui.listedBoards()));
            ui.filterBoards("armv8-m.main", "pmsav8", "520 KiB");
            assertEquals(List.of("rp2350"), ui.listedBoards());
            ui.filterBoards("any", "any", "lots");
            assertTrue(ui.errorMessage() != null && ui.errorMessage().contains("no size"), ui.errorMessage());
            assertEquals(all, ui.listedBoards().size(), "a RAM that is no size filters nothing");
            ui.filterBoards("any", "any", "");
            assertEquals(all, ui.listedBoards().size());
            assertEquals(null, ui.errorMessage());
        } finally {
            dialog.close();
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
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
