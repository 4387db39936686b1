package org.wasmpart.cdt.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.wasmpart.ui.internal.builder.ProjectDesigns;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;

/** The info markers of {@link ConnectionAdvice} on a project's designs, whose quick fix connects the project. */
final class AdviceMarkers {

    /** The marker type, declared in plugin.xml. */
    static final String TYPE = "org.wasmpart.cdt.unconnected";
    /** The name of the project the marker's quick fix connects to its design. */
    static final String PROJECT = "project";

    private AdviceMarkers() {
    }

    /** Replaces the project's advice markers with what the advice says now. */
    static void update(IProject project) throws CoreException {
        if (!project.isOpen()) {
            // its markers cannot be reached until it opens, which brings the watcher here again
            return;
        }
        project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        for (ConnectionAdvice.Advice advice : ConnectionAdvice.of(state(project))) {
            IMarker marker = project.getWorkspace().getRoot().getFile(advice.design()).createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
            marker.setAttribute(IMarker.MESSAGE, advice.message());
            marker.setAttribute(PROJECT, project.getName());
        }
    }

    private static ConnectionAdvice.ProjectState state(IProject project) throws CoreException {
        Optional<IPath> connected = ConnectionStore.of(project).map(Connection::design);
        boolean cProject = Connections.isCProject(project);
        boolean connectedExists = connected.map(d -> project.getWorkspace().getRoot().getFile(d).exists()).orElse(false);
        // only a C/C++ project that is not soundly connected gets advice: the others' trees are not
        // walked (this runs at start-up)
        List<IPath> designs = !cProject || connectedExists ? List.of()
                : ProjectDesigns.in(project, GeneratorPreferences.of(project)).stream().map(IFile::getFullPath).toList();
        return new ConnectionAdvice.ProjectState(project.getName(), cProject, connected, connectedExists, designs);
    }
}
