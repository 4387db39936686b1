package org.wasmpart.cdt.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.wasmpart.ui.internal.commands.SelectedResources;

/**
 * "Update Settings from wasmpart Design": applies the connected design's settings again, also when
 * they seem unchanged, since someone may have changed them in the project. Not undoable: the
 * settings follow the design. A job, since it lays the design out.
 */
public final class UpdateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (SelectedResources.of(event).stream().findFirst().orElse(null) instanceof IProject project
                && ConnectionStore.of(project).isPresent()) {
            WorkspaceJob job = new WorkspaceJob("Updating " + project.getName() + " from its wasmpart design") {
                @Override
                public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                    Connections.update(project, true, monitor);
                    return Status.OK_STATUS;
                }

                @Override
                public boolean belongsTo(Object family) {
                    return family == ConnectionWatcher.FAMILY;
                }
            };
            job.setUser(true);
            job.schedule();
        }
        return null;
    }
}
