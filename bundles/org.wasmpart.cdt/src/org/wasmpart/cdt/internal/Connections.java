package org.wasmpart.cdt.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/**
 * Connecting a CDT project to a design, updating and disconnecting it: the design's settings are
 * worked out first (a design that does not generate changes nothing), then written into CDT, then
 * the connection is stored. Working them out loads and lays the design out, which may take
 * seconds, so it holds no lock; only the writes lock the workspace, which the user's saves then
 * wait for briefly. Callers hold no scheduling rule.
 */
final class Connections {

    private static final CdtProjectWriter WRITER = new CdtProjectWriter(CdtEntryPoints.INSTANCE);

    private Connections() {
    }

    static boolean isCProject(IProject project) {
        return project.isOpen() && CdtEntryPoints.INSTANCE.isCProject(project);
    }

    /** Connects the project to the design, replacing what an earlier connection set. */
    static void connect(IProject project, IFile design, IProgressMonitor monitor) throws CoreException {
        CdtSettings settings = DesignSettings.of(design, monitor);
        write(project, unused -> {
            Optional<Connection> previous = ConnectionStore.of(project);
            WRITER.apply(project, settings, previous.map(Connection::variables).orElse(List.of()));
            ConnectionStore.set(project, Connection.of(design.getFullPath(), settings));
        });
    }

    /**
     * Applies the connected design's settings again.
     *
     * @param always also when they equal what the connection last set (the user asked for it, and
     *               may have changed them in the project)
     */
    static void update(IProject project, boolean always, IProgressMonitor monitor) throws CoreException {
        Connection connection = ConnectionStore.of(project).orElseThrow(
                () -> new CoreException(Status.error(project.getName() + " is connected to no wasmpart design")));
        IFile design = project.getWorkspace().getRoot().getFile(connection.design());
        CdtSettings settings = DesignSettings.of(design, monitor);
        if (always || !connection.alreadySets(design.getFullPath(), settings)) {
            write(project, unused -> {
                // disconnected or connected elsewhere while the settings were worked out: that stands
                if (ConnectionStore.of(project).equals(Optional.of(connection))) {
                    WRITER.apply(project, settings, connection.variables());
                    ConnectionStore.set(project, Connection.of(design.getFullPath(), settings));
                }
            });
        }
    }

    /** Takes out what the connection set and forgets it; nothing happens to a project without one. */
    static void disconnect(IProject project) throws CoreException {
        write(project, unused -> {
            Optional<Connection> connection = ConnectionStore.of(project);
            if (connection.isPresent()) {
                WRITER.remove(project, connection.get().variables());
                ConnectionStore.clear(project);
            }
        });
    }

    /** Writes into the project's CDT settings and preferences as one workspace change, locking the workspace. */
    private static void write(IProject project, ICoreRunnable writes) throws CoreException {
        IWorkspace workspace = project.getWorkspace();
        workspace.run(writes, workspace.getRoot(), IWorkspace.AVOID_UPDATE, null);
    }
}
