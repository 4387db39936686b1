package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.examples.BundledExample;
import org.wasmpart.examples.internal.ExampleProjectWizard;
import org.wasmpart.ui.internal.builder.WasmpartNature;

/** New > Examples > wasmpart Example Project, and the examples the build packs into the bundle. */
@ExtendWith(FailOnLoggedErrors.class)
class ExampleProjectWizardTest {

    private static final String WIZARD = "org.wasmpart.examples.exampleProjectWizard";
    private static final Path EXAMPLES = Path.of("../../examples");

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theWizardIsListedUnderNewExamples() {
        IWizardDescriptor d = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WIZARD);
        assertNotNull(d);
        IWizardCategory category = d.getCategory();
        assertEquals("org.wasmpart.examples", category.getId());
        assertEquals("org.eclipse.ui.Examples", category.getParent().getId());
    }

    @Test
    void theBundledExamplesAreExactlyTheRepositorysExamples() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".wasmpart")).sorted().toList();
        }
        List<BundledExample> bundled = BundledExample.all();
        assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(),
                bundled.stream().map(BundledExample::fileName).toList());
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(Files.readAllBytes(files.get(i)), bundled.get(i).content(), bundled.get(i).fileName());
        }
        assertTrue(bundled.get(0).description().contains("board: "), bundled.get(0).description());
    }

    @Test
    void createsAProjectWithTheNatureAndTheExampleWhichTheBuilderGenerates() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("stm32f4-sensor-hub-bare-metal");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        ExampleProjectWizard wizard = assertInstanceOf(ExampleProjectWizard.class,
                PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WIZARD).createWizard());
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ExampleProjectWizard.TestAccess ui = wizard.testAccess();
            assertFalse(ui.selectExample("no-such-example.wasmpart"));
            assertTrue(ui.selectExample("stm32f4-sensor-hub-bare-metal.wasmpart"));
            assertFalse(wizard.canFinish(), "not before the project page was shown");
            assertEquals("stm32f4-sensor-hub-bare-metal", ui.proposedProjectName());
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Workbench.flush();

        assertTrue(project.isOpen());
        assertTrue(WasmpartNature.isOn(project));
        IFile design = wizard.getCreatedFile();
        assertEquals("stm32f4-sensor-hub-bare-metal/stm32f4-sensor-hub-bare-metal.wasmpart",
                design.getFullPath().makeRelative().toString());
        try (InputStream in = design.getContents(true)) {
            assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart")),
                    in.readAllBytes());
        }
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        assertTrue(project.getFile("generated/stm32f4-sensor-hub-bare-metal/" + Generation.MANIFEST).exists());
    }
}
