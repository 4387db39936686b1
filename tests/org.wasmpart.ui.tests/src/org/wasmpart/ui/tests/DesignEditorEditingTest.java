package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.wasmpart.ui.tests.Markers.marker;
import static org.wasmpart.ui.tests.Markers.waitFor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.ui.internal.editor.DesignAnalysis;
import org.wasmpart.ui.internal.editor.DesignEditor;
import org.wasmpart.ui.internal.markers.DesignMarkerResolution;
import org.wasmpart.ui.internal.markers.DesignMarkers;

@ExtendWith(FailOnLoggedErrors.class)
class DesignEditorEditingTest {

    private static final String OUTSIDE_BANK = "wasmpart.layout.outsideBank";
    private static final int GRANTS = 7;

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void undoRedoAndRevertGoThroughTheWorkbenchAndSaveWritesTheCoreFormat() throws Exception {
        DesignEditor editor = Workbench.openExample("editing-undo", "stm32f4-sensor-hub.wasmpart");
        IFile file = Workbench.fileOf(editor);
        EditorDriver ui = new EditorDriver(editor);
        SharedRegion samples = editor.getDesign().getRegions().get(0);

        ui.type(ui.regions(), samples, EditorDriver.SIZE, "0x2000");
        assertEquals(8192, samples.getSize());
        assertTrue(editor.isDirty());

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(4096, samples.getSize(), "Edit > Undo undoes the edit");
        assertFalse(editor.isDirty(), "back where the file is");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(8192, samples.getSize(), "Edit > Redo redoes it");
        assertTrue(editor.isDirty());

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(keys(bindings, "org.eclipse.ui.edit.undo").contains("Ctrl+Z"), () -> keys(bindings, "org.eclipse.ui.edit.undo").toString());
        assertTrue(keys(bindings, "org.eclipse.ui.edit.redo").contains("Ctrl+Y"), () -> keys(bindings, "org.eclipse.ui.edit.redo").toString());

        editor.revert();
        Workbench.flush();
        assertFalse(editor.isDirty());
        assertEquals(4096, editor.getDesign().getRegions().get(0).getSize(), "revert shows the file again");

        SharedRegion reverted = editor.getDesign().getRegions().get(0);
        ui.type(ui.regions(), reverted, EditorDriver.SIZE, "64 KiB");
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertTrue(Workbench.text(file).contains("size=\"64 KiB\""), "saved as the core writes sizes");
        Design saved = DesignIO.load(java.nio.file.Path.of(file.getLocation().toOSString()));
        assertEquals(65536, saved.getRegions().get(0).getSize());
        assertEquals(editor.getDesign().getRegions().get(0), reverted, "saving does not reload the editor");
    }

    @Test
    void rowsAreAddedRemovedAndDuplicatedFromTheKeyboardAndButtonsUndoably() throws Exception {
        DesignEditor editor = Workbench.openExample("editing-rows", "stm32f4-sensor-hub.wasmpart");
        EditorDriver ui = new EditorDriver(editor);
        Design design = editor.getDesign();
        editor.showPage(ui.regions());

        key(ui.regions().viewer().getTable(), SWT.INSERT, '\0');
        assertEquals(4, design.getRegions().size());
        assertEquals("region", design.getRegions().get(3).getId());
        assertEquals(design.getRegions().get(3), ui.regions().viewer().getStructuredSelection().getFirstElement(),
                "the new row is selected");

        SharedRegion config = design.getRegions().get(2);
        ui.regions().viewer().setSelection(new StructuredSelection(config));
        key(ui.regions().viewer().getTable(), SWT.DEL, SWT.DEL);
        assertFalse(design.getRegions().contains(config));
        assertTrue(design.getModules().stream().flatMap(m -> m.getGrants().stream()).noneMatch(g -> g.getTarget() == config),
                "grants of a removed region go with it");
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(design.getRegions().contains(config));
        assertEquals(3, design.getModules().stream().flatMap(m -> m.getGrants().stream())
                .filter(g -> g.getTarget() == config).count(), "undo brings back the region and its grants");

        SharedRegion samples = design.getRegions().get(0);
        ui.regions().viewer().setSelection(new StructuredSelection(samples));
        button(ui.regions(), "Du&plicate");
        SharedRegion copy = design.getRegions().get(design.getRegions().size() - 1);
        assertEquals("samples_2", copy.getId());
        assertEquals("samples.ctrl_2", copy.getSubpartitions().get(0).getId());
        assertEquals(copy.getSubpartitions().get(0), copy.getDiscipline().getControl(),
                "the copy's discipline controls the copy's subpartition");
    }

    @Test
    void aLayoutRuleBrokenInTheRegionsTableBecomesAMarkerWhoseQuickFixIsUndoable() throws Exception {
        DesignEditor editor = Workbench.openExample("editing-marker", "stm32f4-sensor-hub.wasmpart");
        IFile file = Workbench.fileOf(editor);
        EditorDriver ui = new EditorDriver(editor);
        waitFor(() -> Optional.of(file.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO)), "the first markers");
        assertTrue(marker(file, OUTSIDE_BANK).isEmpty());

        // config sits at the top 1 KiB of SRAM2; 2 KiB run past the bank's end
        SharedRegion config = editor.getDesign().getRegions().get(2);
        ui.type(ui.regions(), config, EditorDriver.SIZE, "2 KiB");
        assertTrue(ui.analysed().findings().stream().anyMatch(s -> s.finding().code().id().equals(OUTSIDE_BANK)
                && s.object() == config), "the editor shows the broken rule before saving");
        assertTrue(ui.regions().findingsOf(config).stream().anyMatch(f -> f.code().id().equals(OUTSIDE_BANK)),
                "the region's row is marked");
        assertTrue(ui.regions().viewer().getTable().getItem(2).getImage(0) != null, "with the severity's icon");
        assertTrue(ui.regions().findingsOf(editor.getDesign().getRegions().get(0)).stream()
                .noneMatch(f -> f.code().id().equals(OUTSIDE_BANK)), "and only that row");
        ui.screenshot(ui.regions(), "regions-finding");
        editor.doSave(null);
        IMarker marker = waitFor(() -> marker(file, OUTSIDE_BANK), "the outside-bank marker appears");
        assertEquals("platform:/resource/editing-marker/stm32f4-sensor-hub.wasmpart#config",
                marker.getAttribute(DesignMarkers.URI, ""));
        editor.showPage(ui.overview());
        DesignAnalysis.Shown outside = ui.overview().problems().stream()
                .filter(s -> s.finding().code().id().equals(OUTSIDE_BANK)).findFirst().orElseThrow();
        ui.overview().problemsViewer().setSelection(new StructuredSelection(outside));
        ui.overview().problemsViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.flush();
        assertEquals(ui.regions(), editor.getShownPage(), "Enter on a finding turns to the regions");
        assertEquals(config, ui.regions().viewer().getStructuredSelection().getFirstElement(),
                "and selects the region it is about");

        editor.showPage(ui.overview());
        IDE.gotoMarker(editor, marker);
        assertEquals(ui.regions(), editor.getShownPage(), "opening the marker turns to the regions");
        assertEquals(config, ui.regions().viewer().getStructuredSelection().getFirstElement(),
                "and selects the region it is about");

        IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith("Let the layout place")).findFirst()
                .orElseThrow(() -> new AssertionError("no layout fix offered"));
        String broken = Workbench.text(file);
        fix.run(marker);
        Job.getJobManager().join(DesignMarkerResolution.FAMILY, null);
        waitFor(() -> marker(file, OUTSIDE_BANK).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "the quick fix removes the marker");
        Design fixed = editor.getDesign();
        assertNotSame(config, fixed.getRegions().get(2), "the editor reloaded the file the fix rewrote");
        assertFalse(fixed.getRegions().get(2).isSetBase(), "the fix let the layout place config");
        assertFalse(editor.isDirty());

        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertEquals(broken, Workbench.text(file));
        waitFor(() -> marker(file, OUTSIDE_BANK), "undo brings the marker back");
        assertTrue(editor.getDesign().getRegions().get(2).isSetBase(), "and the editor shows the undone file");

        assertTrue(history.redo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertNotEquals(broken, Workbench.text(file));
        waitFor(() -> marker(file, OUTSIDE_BANK).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "redo removes the marker again");
        assertFalse(editor.getDesign().getRegions().get(2).isSetBase());
    }

    @Test
    void aRenameShowsInEveryRowThatNamesTheObjectAndUndoTakesItBack() throws Exception {
        DesignEditor editor = Workbench.openExample("editing-rows", "stm32f4-sensor-hub.wasmpart");
        EditorDriver ui = new EditorDriver(editor);
        SharedRegion samples = editor.getDesign().getRegions().get(0);
        WasmModule sensor = editor.getDesign().getModules().get(0);
        // every row is drawn before the edits, so that a row left as it was drawn shows the old names
        editor.showPage(ui.modules());
        assertEquals("samples RW, config R", cell(ui.modules(), sensor, GRANTS));
        editor.showPage(ui.regions());
        assertEquals("spsc-ring (producer sensor, consumer filter)", cell(ui.regions(), samples, EditorDriver.DISCIPLINE));
        String filtered = cell(ui.regions(), editor.getDesign().getRegions().get(1), EditorDriver.SIZE);

        ui.type(ui.regions(), samples, EditorDriver.NAME, "raw");
        assertEquals("raw", cell(ui.regions(), samples, EditorDriver.NAME));
        assertEquals("raw RW, config R", cell(ui.modules(), sensor, GRANTS), "the module granted the region names it anew");
        ui.type(ui.modules(), sensor, EditorDriver.NAME, "imu");
        assertEquals("spsc-ring (producer imu, consumer filter)", cell(ui.regions(), samples, EditorDriver.DISCIPLINE),
                "the region whose discipline names the module names it anew");
        ui.analysed();
        assertEquals("imu", ui.overview().entriesViewer().getTable().getItem(0).getText(0),
                "the Overview's entries name the module anew, though the analysis found the same");
        ui.type(ui.regions(), samples, EditorDriver.SIZE, "8 KiB");
        assertEquals("8 KiB", cell(ui.regions(), samples, EditorDriver.SIZE));
        assertEquals(filtered, cell(ui.regions(), editor.getDesign().getRegions().get(1), EditorDriver.SIZE));

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        Workbench.flush();
        assertEquals("4 KiB", cell(ui.regions(), samples, EditorDriver.SIZE));
        assertEquals("spsc-ring (producer sensor, consumer filter)", cell(ui.regions(), samples, EditorDriver.DISCIPLINE));
        assertEquals("samples RW, config R", cell(ui.modules(), sensor, GRANTS), "undo names the region as before");
        assertFalse(editor.isDirty());
    }

    /** A cell's text as the table shows it. */
    private static String cell(org.wasmpart.ui.internal.editor.ObjectTable table, Object row, int column) {
        org.eclipse.jface.viewers.TableViewer viewer = table.viewer();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            if (viewer.getElementAt(i) == row) {
                return viewer.getTable().getItem(i).getText(column);
            }
        }
        throw new AssertionError(row + " is not in the table");
    }

    private static List<String> keys(IBindingService bindings, String command) {
        return Arrays.stream(bindings.getActiveBindingsFor(command)).map(TriggerSequence::format).toList();
    }

    private static void key(org.eclipse.swt.widgets.Control control, int keyCode, char character) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = character;
        control.notifyListeners(SWT.KeyDown, e);
        Workbench.flush();
    }

    private static void button(org.wasmpart.ui.internal.editor.ObjectTable table, String text) {
        org.eclipse.swt.widgets.Button button = find(table.control(), text);
        button.notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
    }

    private static org.eclipse.swt.widgets.Button find(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                org.eclipse.swt.widgets.Button found = find(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }




}
