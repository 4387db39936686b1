package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.ui.internal.edit.ItemPropertySourceProvider;
import org.wasmpart.ui.internal.editor.DesignAnalysis;
import org.wasmpart.ui.internal.editor.DesignEditor;

@ExtendWith(FailOnLoggedErrors.class)
class DesignEditorTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void anExampleOpensWithItsPagesAndItsAnalysis() throws Exception {
        IProject project = Workbench.newProject("editor-test");
        IFile file = Workbench.copyExample(project, "stm32f4-sensor-hub.wasmpart");

        DesignEditor editor = assertInstanceOf(DesignEditor.class, IDE.openEditor(Workbench.page(), file),
                "the .wasmpart content type opens our editor");
        Workbench.flush();
        assertNotNull(editor.getDesign(), () -> "problems: " + editor.getProblems());
        assertEquals("stm32f407vg", editor.getDesign().getBoard().getId());
        EditorDriver ui = new EditorDriver(editor);

        assertEquals(3, ui.regions().viewer().getTable().getItemCount());
        assertEquals("samples", ui.regions().viewer().getTable().getItem(0).getText(EditorDriver.NAME));
        assertEquals("4 KiB", ui.regions().viewer().getTable().getItem(0).getText(EditorDriver.SIZE));
        assertTrue(ui.regions().viewer().getTable().getItem(0).getText(5).contains("ctrl 256 at +0"),
                "subpartitions are listed");
        assertTrue(ui.regions().viewer().getTable().getItem(0).getText(6).startsWith("spsc-ring (producer sensor"),
                "the access discipline is shown");
        assertEquals(3, ui.modules().viewer().getTable().getItemCount());

        DesignAnalysis.Result result = ui.analysed();
        assertNotNull(result);
        assertEquals(List.of("sensor", "filter", "uplink"), result.findings().stream()
                .filter(s -> s.finding().code().id().equals("wasmpart.protection.budgetExceeded"))
                .map(s -> s.finding().uri().fragment()).toList(),
                () -> "validation proves before any layout that no module fits: " + result.findings());
        assertEquals(3, result.entries().size(), "entries of every module");
        assertTrue(result.entries().stream().allMatch(e -> e.entries() > 0), () -> "entries: " + result.entries());
        assertTrue(result.available() > 0, "the STM32F407's MPU leaves entries to the modules");
        assertTrue(ui.overview().summary().contains("Available: " + result.available() + " entries per module"),
                ui.overview().summary());
        // Zephyr and WAMR reserve 6 of the MPU's 8 regions: the modules' 3 and more do not fit
        assertTrue(result.entries().stream().anyMatch(e -> e.overBudget() && e.entries() > result.available()),
                () -> "entries: " + result.entries());
        assertFalse(result.feasible());
        assertTrue(ui.overview().summary().startsWith("No layout fits every module's budget."), ui.overview().summary());
        assertTrue(ui.overview().summary().contains("Waste"), ui.overview().summary());
        assertEquals(result.findings(), ui.overview().problems());

        ui.screenshot(ui.overview(), "overview");
        ui.screenshot(ui.modules(), "modules");
        ui.screenshot(ui.regions(), "regions");
    }

    @Test
    void theOverviewPicksCatalogObjectsAndThePropertiesViewEditsUndoably() throws Exception {
        DesignEditor editor = Workbench.openExample("editor-overview", "stm32f4-sensor-hub.wasmpart");
        EditorDriver ui = new EditorDriver(editor);
        Design design = editor.getDesign();
        CommandStack stack = editor.getEditingDomain().getCommandStack();

        RuntimeProfile other = BuiltInCatalog.loadInto(editor.getEditingDomain().getResourceSet()).runtimes().stream()
                .filter(r -> r != design.getRuntime()).findFirst().orElseThrow();
        ui.overview().runtimePicker().setSelection(new StructuredSelection(other));
        assertEquals(other, design.getRuntime(), "picking a runtime profile sets it");
        assertTrue(editor.isDirty());
        assertTrue(ui.overview().facts().contains("[" + other.getId() + "]"), "its facts are shown");
        stack.undo();
        assertNotEquals(other, design.getRuntime());
        assertEquals(design.getRuntime(), ui.overview().runtimePicker().getStructuredSelection().getFirstElement(),
                "undo shows the old profile again");

        SharedRegion samples = design.getRegions().get(0);
        IPropertySource properties = new ItemPropertySourceProvider(((AdapterFactoryEditingDomain) editor
                .getEditingDomain()).getAdapterFactory()).getPropertySource(samples);
        IPropertyDescriptor size = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Size")).findFirst().orElseThrow();
        assertEquals("4 KiB", size.getLabelProvider().getText(properties.getPropertyValue(size.getId())));
        properties.setPropertyValue(size.getId(), 8192L);
        assertEquals(8192, samples.getSize());
        stack.undo();
        assertEquals(4096, samples.getSize(), "a change made in the Properties view is undone like any other");
        assertFalse(editor.isDirty());
    }

    @Test
    void aBrokenFileOpensWithItsLocatedProblems() throws Exception {
        IProject project = Workbench.newProject("editor-broken");
        IFile file = project.getFile("truncated.wasmpart");
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wasmpart:Design xmlns:wasmpart=\"https://wasmpart.org/model/1.0\"\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

        DesignEditor editor = assertInstanceOf(DesignEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.flush();

        assertNull(editor.getDesign());
        assertTrue(editor.getPages().isEmpty());
        assertTrue(editor.getProblemsText().contains("editor-broken/truncated.wasmpart:"), editor.getProblemsText());
        assertTrue(editor.getProblemsText().contains("malformed XML"), editor.getProblemsText());
    }

    @Test
    void selectingARegionSelectsItInTheOutlineAndShowsItsProperties() throws Exception {
        IProject project = Workbench.newProject("editor-selection");
        IFile file = Workbench.copyExample(project, "stm32f4-sensor-hub.wasmpart");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        ContentOutline outlineView = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
        PropertySheet propertiesView = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.flush();
        EditorDriver ui = new EditorDriver(editor);
        SharedRegion samples = editor.getDesign().getRegions().get(0);

        editor.showPage(ui.regions());
        ui.regions().viewer().setSelection(new StructuredSelection(samples), true);
        Workbench.flush();

        ContentOutlinePage outline = assertInstanceOf(ContentOutlinePage.class, outlineView.getCurrentPage());
        assertEquals(samples, ((IStructuredSelection) outline.getSelection()).getFirstElement(),
                "the outline follows the table");
        PropertySheetPage properties = assertInstanceOf(PropertySheetPage.class, propertiesView.getCurrentPage());
        List<String> rows = rows((Tree) properties.getControl());
        assertTrue(rows.contains("Name = samples"), rows::toString);
        assertTrue(rows.contains("Size = 4 KiB"), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Bank = ") && r.contains("SRAM2")), rows::toString);
        assertTrue(rows.contains("Base = "), "an unset base shows empty: " + rows);
        Workbench.screenshot("properties");

        // and back: an object chosen in the outline is shown on the page that lists it
        editor.showPage(ui.overview());
        outline.setSelection(new StructuredSelection(samples.getSubpartitions().get(1)));
        Workbench.flush();
        assertEquals(ui.regions(), editor.getShownPage(), "the editor turns to the regions");
        assertEquals(samples, ui.regions().viewer().getStructuredSelection().getFirstElement(),
                "a subpartition selected in the outline selects its region in the table");
        Workbench.screenshot(outline.getControl(), "outline");
    }

    private static List<String> rows(Tree tree) {
        return Arrays.stream(tree.getItems()).map((TreeItem i) -> i.getText(0) + " = " + i.getText(1)).toList();
    }

    @Test
    void aBoardTheDesignDefinesItselfIsShownAndOfferedBesideTheCatalogs() throws Exception {
        DesignEditor editor = Workbench.openExample("editor-own-board", "esp32c3-pmp-shared-heap.wasmpart");
        EditorDriver ui = new EditorDriver(editor);
        Design design = editor.getDesign();
        ComboViewer boards = ui.overview().boardPicker();
        assertEquals(design.getBoard(), boards.getStructuredSelection().getFirstElement());
        assertEquals("ESP32-C3 (PMP unlocked) [esp32-c3-open-pmp]", boards.getCombo().getText());
        List<?> offered = (List<?>) boards.getInput();
        assertEquals(design.getDefinitions().getBoards().get(0), offered.get(0), "the design's own board first");
        assertTrue(offered.size() > 1, "then the catalog's");
        assertTrue(offered.stream().skip(1).allMatch(b -> b instanceof Board board
                && EcoreUtil.getRootContainer(board) != design), "which the design does not hold");
    }

    @Test
    void cellsAcceptTheSizeFormsDevelopersWriteAndRejectOthersWithAMessage() throws Exception {
        DesignEditor editor = Workbench.openExample("editor-cells", "stm32f4-sensor-hub.wasmpart");
        EditorDriver ui = new EditorDriver(editor);
        SharedRegion samples = editor.getDesign().getRegions().get(0);

        ui.type(ui.regions(), samples, EditorDriver.SIZE, "8K");
        assertEquals(8192, samples.getSize());
        ui.type(ui.regions(), samples, EditorDriver.SIZE, "0x1000");
        assertEquals(4096, samples.getSize());
        ui.type(ui.regions(), samples, EditorDriver.SIZE, "64 KiB");
        assertEquals(65536, samples.getSize());
        assertEquals("", ui.regions().message());
        assertTrue(editor.isDirty());

        ui.type(ui.regions(), samples, EditorDriver.SIZE, "12 parsecs");
        assertEquals(65536, samples.getSize(), "bad input changes nothing");
        assertTrue(ui.regions().message().contains("size '12 parsecs' is not a number"), ui.regions().message());
        Workbench.screenshot(ui.regions().control(), "regions-bad-size");

        WasmModule sensor = editor.getDesign().getModules().get(0);
        ui.type(ui.modules(), sensor, EditorDriver.LINEAR_MEMORY, "48K");
        assertEquals(48 * 1024, sensor.getLinearMemory(), "the modules table takes the same forms");

        SharedRegion config = editor.getDesign().getRegions().get(2);
        ui.choose(ui.regions(), config, EditorDriver.DISCIPLINE, "exclusive-writer");
        assertEquals("exclusive-writer", config.getDiscipline().getKind().getLiteral(), "the discipline's kind changes");
        ui.choose(ui.regions(), config, EditorDriver.DISCIPLINE, "(none)");
        assertNull(config.getDiscipline(), "and goes");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("exclusive-writer", config.getDiscipline().getKind().getLiteral(), "undo brings it back");

        ui.type(ui.regions(), samples, EditorDriver.BASE, "0x2001C000");
        assertEquals(0x2001C000L, samples.getBase());
        ui.type(ui.regions(), samples, EditorDriver.BASE, "");
        assertFalse(samples.isSetBase(), "clearing the base lets the layout place the region");
    }
}
