package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.ui.internal.builder.WasmpartNature;
import org.wasmpart.ui.internal.editor.DesignEditor;
import org.wasmpart.ui.internal.markers.DesignMarkerResolution;

/**
 * Issue #6's path through the editor, in a project with the wasmpart nature: a size typed into the
 * Regions table breaks a layout rule; fixed with Ctrl+1 in the editor, or, once saved, from its
 * marker as the Problems view does; undo and redo take the fix back and forth, and the builder
 * regenerates the configuration with the new size.
 */
@ExtendWith(FailOnLoggedErrors.class)
class EditorQuickFixTest {

    private static final String QUICK_FIX = "org.wasmpart.ui.quickFix";
    private static final String CONFIG_1K = "#define WASMPART_REGION_CONFIG_SIZE UINT32_C(0x00000400)";
    private static final String CONFIG_2K = "#define WASMPART_REGION_CONFIG_SIZE UINT32_C(0x00000800)";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void ctrl1FixesTheSelectedRegionUndoablyAndSavingRegenerates() throws Exception {
        IFile file = generatedExample("quick-fix-flow");
        IFile header = header(file);

        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.flush();
        EditorDriver ui = new EditorDriver(editor);
        ui.analysed();
        SharedRegion config = editor.getDesign().getRegions().get(2);
        assertEquals("config", config.getId());
        // config is the top 1 KiB of SRAM2: 2 KiB run past the bank's end
        ui.type(ui.regions(), config, EditorDriver.SIZE, "2 KiB");
        assertTrue(outsideBank(ui, config), "the editor shows the broken rule");
        ui.regions().viewer().setSelection(new StructuredSelection(config), true);
        Workbench.flush();

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        // the keys act on the active part: the user presses them in the editor
        Workbench.page().activate(editor);
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor(QUICK_FIX)).map(TriggerSequence::format)
                .anyMatch("Ctrl+1"::equals), "Ctrl+1 is the key while a design editor is active");
        Menu menu = assertInstanceOf(Menu.class, handlers.executeCommand(QUICK_FIX, null));
        List<String> labels = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("Move config to SRAM1", "Move config to CCM data RAM",
                "Let the layout place config (forget its base 0x2001FC00)"), labels,
                "core's fixes for 1102, in its order (SRAM2 is the bank config leaves)");
        menu.getItems()[2].notifyListeners(SWT.Selection, new Event());
        menu.setVisible(false);
        Workbench.flush();
        assertFalse(config.isSetBase(), "the fix let the layout place config");
        assertFalse(outsideBank(ui, config), "the finding is gone");

        Workbench.page().activate(editor);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(0x2001FC00L, config.getBase(), "Edit > Undo brings the base back");
        assertTrue(outsideBank(ui, config), "and the finding");
        assertTrue(editor.getEditingDomain().getCommandStack().canRedo(), "the fix can be redone");
        Workbench.page().activate(editor);
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertFalse(config.isSetBase(), "Edit > Redo fixes it again");
        assertFalse(outsideBank(ui, config));

        editor.doSave(null);
        build();
        String generated = Workbench.text(header);
        assertTrue(generated.contains(CONFIG_2K), "saving regenerated config at its new size:\n" + generated);

    }

    @Test
    void theProblemsViewFixOfASavedBrokenSizeIsUndoableAndRegenerates() throws Exception {
        IFile file = generatedExample("marker-fix-flow");
        IFile header = header(file);

        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.flush();
        EditorDriver ui = new EditorDriver(editor);
        ui.analysed();
        SharedRegion config = editor.getDesign().getRegions().get(2);
        ui.type(ui.regions(), config, EditorDriver.SIZE, "2 KiB");
        editor.doSave(null);
        build();
        IMarker marker = outsideBankMarker(file).orElseThrow(() -> new AssertionError("no marker after saving"));
        assertTrue(Workbench.text(header).contains(CONFIG_1K), "a design with an error is not generated");

        IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith("Let the layout place")).findFirst()
                .orElseThrow(() -> new AssertionError("no layout fix offered"));
        fix.run(marker);
        Job.getJobManager().join(DesignMarkerResolution.FAMILY, null);
        build();
        assertTrue(outsideBankMarker(file).isEmpty(), "the fix removed the marker");
        assertTrue(Workbench.text(header).contains(CONFIG_2K), "the fixed design was generated with config's new size");

        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        build();
        assertTrue(outsideBankMarker(file).isPresent(), "undo brings the marker back");
        assertTrue(history.redo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        build();
        assertTrue(outsideBankMarker(file).isEmpty(), "redo removes it again");
        assertTrue(Workbench.text(header).contains(CONFIG_2K));
        assertFalse(editor.getDesign().getRegions().get(2).isSetBase(), "the editor shows the fixed file");
    }

    private static Optional<IMarker> outsideBankMarker(IFile file) throws Exception {
        return Markers.marker(file, DiagnosticCode.REGION_OUTSIDE_BANK.id());
    }

    /** The bare-metal sensor hub as hub.wasmpart in a new wasmpart project, built once. */
    private static IFile generatedExample(String projectName) throws Exception {
        IProject project = Workbench.newProject(projectName);
        WasmpartNature.add(project, null);
        IFile file = project.getFile("hub.wasmpart");
        file.create(new ByteArrayInputStream(Files.readAllBytes(Path.of("../../examples",
                "stm32f4-sensor-hub-bare-metal.wasmpart"))), IResource.FORCE, null);
        build();
        assertTrue(Workbench.text(header(file)).contains(CONFIG_1K), "the build generated the example");
        return file;
    }

    private static IFile header(IFile design) {
        return design.getProject().getFile("generated/hub/" + Generation.C_HEADER);
    }

    private static boolean outsideBank(EditorDriver ui, SharedRegion region) throws InterruptedException {
        return ui.analysed().findings().stream()
                .anyMatch(s -> s.finding().code() == DiagnosticCode.REGION_OUTSIDE_BANK && s.object() == region);
    }

    private static void build() throws Exception {
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
    }

}
