package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.ui.internal.editor.DesignAnalysis;
import org.wasmpart.ui.internal.editor.DesignEditor;
import org.wasmpart.ui.internal.markers.MarkerUpdater;
import org.wasmpart.ui.internal.widgets.MemoryMapWidget;

/**
 * Issue #6: long work (validation, the layout summary, the memory map, markers) runs off the UI
 * thread, so no step of editing a 1,000-region design keeps the UI thread busy for more than
 * 100 ms (saving and validating into markers: the 99th percentile; every longest delay is reported).
 * While sizes are typed into the Regions table and the design is saved, {@link UiThreadProbe}
 * measures how late the UI thread runs what is posted to it, and how much of that it was held by
 * its own work rather than waiting for a core the JIT or another process had: the limits apply to
 * the held delays, and the delays with those waits are reported beside them. The test waits by
 * running the event loop, never by blocking it, and writes the figures to target/ui-latency.txt.
 */
@ExtendWith(FailOnLoggedErrors.class)
class EditorLatencyTest {

    private static final long LIMIT_MS = 100;
    private static final String TYPING = "typing a size";
    private static final String REFRESH = "refresh and analysis";
    private static final String MAP = "memory map";
    private static final int EDITS = 10;

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void editingA1000RegionDesignKeepsTheUiThreadResponsive() throws Exception {
        IProject project = Workbench.newProject("latency");
        IFile file = project.getFile("large.wasmpart");
        file.create(new ByteArrayInputStream(LargeDesign.text().getBytes(StandardCharsets.UTF_8)), IResource.FORCE,
                null);
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        EditorDriver ui = new EditorDriver(editor);
        Workbench.spinUntil(() -> idle() && editor.isAnalysisCurrent(), "the opened design is analysed");
        assertEquals(LargeDesign.REGIONS, editor.getDesign().getRegions().size());
        warmUp(editor, ui);

        List<SharedRegion> edited;
        double saveMillis;
        MemoryMapWidget map = (MemoryMapWidget) editor.getPages().get(4).control();
        UiThreadProbe probe = UiThreadProbe.start(Display.getCurrent());
        try {
            edited = editSizes(editor, ui, probe);
            probe.phase(MAP);
            editor.showPage(editor.getPages().get(4));
            Workbench.spinUntil(() -> idle() && (map.computation() == null || map.computation().getState() == Job.NONE),
                    "the memory map is drawn");
            probe.phase("save");
            long saving = System.nanoTime();
            editor.doSave(null);
            saveMillis = (System.nanoTime() - saving) / 1e6;
            probe.phase("markers");
            Workbench.spinUntil(EditorLatencyTest::idle, "the saved design is validated into markers");
        } finally {
            probe.close();
        }
        assertFalse(map.drawnRegions().isEmpty(), "the memory map drew the design");
        assertFalse(editor.isDirty());
        for (int i = 0; i < edited.size(); i++) {
            assertEquals(i % 2 == 0 ? 512 : 128, edited.get(i).getSize());
        }
        DesignAnalysis.Result result = editor.getAnalysed();
        assertNotNull(result);
        assertEquals(LargeDesign.MODULES, result.findings().stream()
                .filter(s -> s.finding().code() == DiagnosticCode.BUDGET_EXCEEDED).count(),
                "the analysis of the edited design is shown: every module is over its MPU budget");

        String report = "Editing a " + LargeDesign.REGIONS + "-region design after the same steps once (" + EDITS
                + " sizes typed into the Regions table, the memory map drawn, the design saved and validated into"
                + " markers): UI thread delays: " + probe.summary() + String.format(java.util.Locale.ROOT,
                        "; saving took %.1f ms%n", saveMillis);
        Path out = Path.of("target", "ui-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        // no editing step may keep the UI thread longer; saving and the marker job that follows
        // share the 2 cores with the rest of the workbench, so there the 99th percentile must hold
        for (String editing : List.of(TYPING, REFRESH, MAP)) {
            assertTrue(probe.longest(editing) <= LIMIT_MS, editing + ": " + report);
        }
        assertTrue(UiThreadProbe.percentile99(probe.heldMillis()) <= LIMIT_MS, report);
    }

    /** Types a new size into rows spread over the table, letting the event loop run between edits. */
    private static List<SharedRegion> editSizes(DesignEditor editor, EditorDriver ui, UiThreadProbe probe) throws InterruptedException {
        List<SharedRegion> regions = editor.getDesign().getRegions();
        List<SharedRegion> edited = new java.util.ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            SharedRegion r = regions.get(i * (LargeDesign.REGIONS / EDITS) + i);
            probe.phase(TYPING);
            ui.type(ui.regions(), r, EditorDriver.SIZE, i % 2 == 0 ? "512" : "128");
            edited.add(r);
            probe.phase(REFRESH);
            spinFor(150);
        }
        Workbench.spinUntil(() -> idle() && editor.isAnalysisCurrent(), "the last edit is analysed");
        return edited;
    }

    /**
     * The same steps once before measuring, on other rows, so that the figures are the editor's
     * steady state rather than the JIT compiling SWT, JFace and EMF (which depends on which tests
     * happened to run before this one).
     */
    private static void warmUp(DesignEditor editor, EditorDriver ui) throws InterruptedException {
        List<SharedRegion> regions = editor.getDesign().getRegions();
        for (int i = 0; i < EDITS; i++) {
            ui.type(ui.regions(), regions.get(i * (LargeDesign.REGIONS / EDITS) + 50), EditorDriver.SIZE, "384");
            spinFor(150);
        }
        editor.showPage(editor.getPages().get(4));
        editor.doSave(null);
        Workbench.spinUntil(() -> idle() && editor.isAnalysisCurrent(), "the warm-up is analysed and saved");
        editor.showPage(ui.regions());
    }

    private static boolean idle() {
        return Job.getJobManager().find(DesignAnalysis.FAMILY).length == 0
                && Job.getJobManager().find(MarkerUpdater.FAMILY).length == 0;
    }

    private static void spinFor(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        Workbench.spinUntil(() -> System.currentTimeMillis() >= end, millis + " ms passing");
    }
}
