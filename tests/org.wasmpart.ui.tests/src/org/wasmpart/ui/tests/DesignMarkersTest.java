package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.wasmpart.ui.tests.Markers.marker;
import static org.wasmpart.ui.tests.Markers.waitFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.wasmpart.ui.internal.markers.DesignMarkerResolution;
import org.wasmpart.ui.internal.markers.DesignMarkers;

@ExtendWith(FailOnLoggedErrors.class)
class DesignMarkersTest {

    private static final String OUTSIDE_BANK = "wasmpart.layout.outsideBank";

    private static final String DESIGN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                id="t" board="wasmpart:/catalog/boards#stm32f407vg" runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"
                memoryOption="wasmpart:/catalog/options#mpu-partitions">
              <regions id="r" size="1 KiB" base="0x30000000"/>
            </wasmpart:Design>
            """;

    @Test
    void aRepeatableFixChosenForOneMarkerAlsoFixesTheOthersOfItsCode() throws Exception {
        IProject project = Workbench.newProject("multi-fix-test");
        IFile file = project.getFile("two-outside.wasmpart");
        String text = DESIGN.replace("<regions id=\"r\" size=\"1 KiB\" base=\"0x30000000\"/>",
                "<regions id=\"r\" size=\"1 KiB\" base=\"0x30000000\"/>\n"
                        + "  <regions id=\"s\" size=\"1 KiB\" base=\"0x30001000\"/>");
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        List<IMarker> outside = waitFor(() -> {
            List<IMarker> found = Arrays.stream(file.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> OUTSIDE_BANK.equals(m.getAttribute(DesignMarkers.CODE, null))).toList();
            return found.size() == 2 ? Optional.of(found) : Optional.empty();
        }, "both regions get an outside-bank marker");
        IMarker first = outside.get(0);
        IMarker second = outside.get(1);
        IMarker[] all = file.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO);

        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(first);
        WorkbenchMarkerResolution move = (WorkbenchMarkerResolution) Arrays.stream(resolutions)
                .filter(r -> r.getLabel().startsWith("Move")).findFirst().orElseThrow();
        assertEquals(0, move.findOtherMarkers(all).length, "a move depends on the bank: one marker at a time");
        WorkbenchMarkerResolution unfix = (WorkbenchMarkerResolution) Arrays.stream(resolutions)
                .filter(r -> r.getLabel().startsWith("Let the layout place")).findFirst().orElseThrow();
        assertEquals(List.of(second), List.of(unfix.findOtherMarkers(all)), "the other region's marker");

        unfix.run(new IMarker[] { first, second }, null);
        Job.getJobManager().join(DesignMarkerResolution.FAMILY, null);
        String fixed = Workbench.text(file);
        assertFalse(fixed.contains("base=\"0x3000"), fixed);
        waitFor(() -> marker(file, OUTSIDE_BANK).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "both markers are gone");

        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertEquals(text, Workbench.text(file), "each marker's fix is one step of the undo history");
    }

    @Test
    void aRegionOutsideItsBankGetsAMarkerWhoseQuickFixRemovesItUndoably() throws Exception {
        IProject project = Workbench.newProject("markers-test");
        IFile file = project.getFile("outside.wasmpart");
        file.create(new ByteArrayInputStream(DESIGN.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

        IMarker marker = waitFor(() -> marker(file, OUTSIDE_BANK), "the outside-bank marker appears");
        assertTrue(marker.isSubtypeOf("org.eclipse.emf.ecore.diagnostic"));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the line of <regions id=\"r\">");
        assertEquals("platform:/resource/markers-test/outside.wasmpart#r", marker.getAttribute(DesignMarkers.URI, ""));
        assertFalse(marker.getAttribute(IMarker.MESSAGE, "").isEmpty());

        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
        // the fixes core offers for 1102, in its order: a move to each RAM bank that holds r, then unfixing its base
        assertEquals(List.of("Move r to SRAM1", "Move r to SRAM2", "Move r to CCM data RAM",
                "Let the layout place r (forget its base 0x30000000)"), labels);
        IMarkerResolution unfix = resolutions[3];
        assertInstanceOf(WorkbenchMarkerResolution.class, unfix);
        assertInstanceOf(DesignMarkerResolution.class, unfix);

        String before = Workbench.text(file);
        unfix.run(marker);
        Job.getJobManager().join(DesignMarkerResolution.FAMILY, null);
        String after = Workbench.text(file);
        assertNotEquals(before, after);
        assertFalse(after.contains("0x30000000"), after);
        waitFor(() -> marker(file, OUTSIDE_BANK).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "the outside-bank marker is gone");
        Workbench.screenshot("markers-fixed");

        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertEquals(before, Workbench.text(file));
        waitFor(() -> marker(file, OUTSIDE_BANK), "undo brings the marker back");

        assertTrue(history.redo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
        assertEquals(after, Workbench.text(file));
        waitFor(() -> marker(file, OUTSIDE_BANK).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "redo removes the marker again");
    }

    @Test
    void anUnreadableFileGetsAMarkerWithoutCodeAtItsLine() throws Exception {
        IProject project = Workbench.newProject("markers-broken");
        IFile file = project.getFile("truncated.wasmpart");
        file.create(new ByteArrayInputStream(DESIGN.substring(0, DESIGN.indexOf("<regions")).getBytes(StandardCharsets.UTF_8)),
                IResource.FORCE, null);

        IMarker marker = waitFor(() -> Arrays.stream(file.findMarkers(DesignMarkers.TYPE, false, 0)).findFirst(),
                "a load problem marker appears");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(null, marker.getAttribute(DesignMarkers.CODE, null));
        assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(marker));
    }




}
