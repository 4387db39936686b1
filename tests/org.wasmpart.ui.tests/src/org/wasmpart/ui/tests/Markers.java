package org.wasmpart.ui.tests;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.wasmpart.ui.internal.markers.DesignMarkers;
import org.wasmpart.ui.internal.markers.MarkerUpdater;

/** Finding a design's problem markers, and waiting for the background jobs that write them. */
final class Markers {

    private static final long TIMEOUT_MS = 30_000;

    /** Something a test waits for; empty until it holds. */
    interface Probe<T> {
        Optional<T> get() throws Exception;
    }

    private Markers() {
    }

    /** The file's problem marker with the diagnostic code (e.g. wasmpart.layout.outsideBank). */
    static Optional<IMarker> marker(IFile file, String code) throws CoreException {
        return Arrays.stream(file.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> code.equals(m.getAttribute(DesignMarkers.CODE, null))).findFirst();
    }

    /** Joins the marker jobs and polls until the probe finds something, failing after a bound. */
    static <T> T waitFor(Probe<T> probe, String what) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            Job.getJobManager().join(MarkerUpdater.FAMILY, null);
            Workbench.flush();
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
