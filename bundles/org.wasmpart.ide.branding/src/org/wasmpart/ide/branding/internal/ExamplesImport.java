package org.wasmpart.ide.branding.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.wasmpart.examples.BundledExample;
import org.wasmpart.examples.ExampleProjects;

/**
 * Creates the project {@value #PROJECT} holding every bundled example, once per workspace: the
 * workspace's own preferences remember it, so a user who deletes the project does not get it back
 * on the next start, and another workspace still gets its own.
 */
final class ExamplesImport extends WorkspaceJob {

    static final String PROJECT = "wasmpart-examples";
    /** Opened once the project is there: it validates, lays out and generates cleanly. */
    static final String FIRST_DESIGN = "stm32f4-sensor-hub-bare-metal.wasmpart";
    private static final String NODE = "org.wasmpart.ide.branding";
    private static final String IMPORTED = "examplesImported";

    private ExamplesImport() {
        super("Importing the wasmpart examples");
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    static void scheduleOnce() {
        if (!state().getBoolean(IMPORTED, false)) {
            new ExamplesImport().schedule();
        }
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        // a project of that name that the workspace already has is the user's: it stays as it is
        boolean create = !project.exists();
        if (create) {
            ExampleProjects.create(project, null, BundledExample.all(), monitor);
        }
        IEclipsePreferences state = state();
        state.putBoolean(IMPORTED, true);
        try {
            state.flush();
        } catch (BackingStoreException e) {
            throw new CoreException(Status.error("Could not record that the wasmpart examples were imported", e));
        }
        if (create) {
            new ShowExamples(project.getFile(FIRST_DESIGN)).schedule();
        }
        return Status.OK_STATUS;
    }

    /** Instance scope: stored in the workspace's .metadata, so each workspace has its own. */
    private static IEclipsePreferences state() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
