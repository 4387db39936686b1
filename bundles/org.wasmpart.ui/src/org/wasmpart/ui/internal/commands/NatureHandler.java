package org.wasmpart.ui.internal.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.wasmpart.ui.internal.builder.WasmpartNature;

/**
 * Configure > Add wasmpart Nature and Remove wasmpart Nature on the selected projects. Changing
 * a project's description locks the workspace, so it runs in a job; the auto-build that adding
 * the nature starts then generates every design.
 */
public abstract sealed class NatureHandler extends AbstractHandler permits NatureHandler.Add, NatureHandler.Remove {

    /** For whoever must wait until the projects are configured. */
    public static final Object FAMILY = NatureHandler.class;

    abstract String label();

    abstract void change(IProject project, IProgressMonitor monitor) throws CoreException;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IProject> projects = SelectedResources.projects(event).stream().filter(IProject::isOpen).toList();
        if (projects.isEmpty()) {
            return null;
        }
        WorkspaceJob job = new WorkspaceJob(label()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, projects.size());
                for (IProject p : projects) {
                    change(p, progress.split(1));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(projects.get(0).getWorkspace().getRoot());
        job.setUser(true);
        job.schedule();
        return null;
    }

    public static final class Add extends NatureHandler {
        @Override
        String label() {
            return "Adding the wasmpart nature";
        }

        @Override
        void change(IProject project, IProgressMonitor monitor) throws CoreException {
            WasmpartNature.add(project, monitor);
        }
    }

    public static final class Remove extends NatureHandler {
        @Override
        String label() {
            return "Removing the wasmpart nature";
        }

        @Override
        void change(IProject project, IProgressMonitor monitor) throws CoreException {
            WasmpartNature.remove(project, monitor);
        }
    }
}
