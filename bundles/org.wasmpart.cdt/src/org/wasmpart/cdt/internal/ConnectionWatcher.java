package org.wasmpart.cdt.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.core.WasmpartResources;

/**
 * Keeps connected projects and the advice markers in step with the workspace: when a design
 * changes (the wasmpart builder regenerates it on save) or the generator settings of its project
 * do, the projects connected to it get its settings again, unless they would not change; when
 * designs, natures or connections come and go, the advice markers are worked out again. Changes
 * are collected for a short while and handled in one workspace job, which holds no lock while it
 * lays designs out (one at a time, since the job runs once). A declarative services
 * component (OSGI-INF/connectionWatcher.xml), like the ui bundle's marker updater.
 */
public final class ConnectionWatcher implements IResourceChangeListener {

    /** The family of the watcher's jobs, for whoever must wait for them. */
    public static final Object FAMILY = ConnectionWatcher.class;
    private static final long DEBOUNCE_MS = 300;
    private static final IPath CONNECTION_SETTINGS = IPath.fromPortableString(".settings/" + ConnectionStore.QUALIFIER + ".prefs");
    private static final IPath PROJECT_FILE = IPath.fromPortableString(".project");

    /** Designs whose content changed, and projects whose generator settings did. */
    private final Set<IPath> changedDesigns = new HashSet<>();
    private final Set<IProject> changedGenerators = new HashSet<>();
    private boolean adviceStale = true;
    private IWorkspace workspace;
    private WorkspaceJob job;

    /** DS: the workspace service, which exists once the workspace is open. */
    public void setWorkspace(IWorkspace workspace) {
        this.workspace = workspace;
    }

    public void activate() {
        job = new WorkspaceJob("Updating C/C++ projects connected to wasmpart designs") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                handleChanges(monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        // no rule: working a design's settings out takes seconds, and Connections locks only its writes
        workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        // what changed while the workspace was closed
        job.schedule(DEBOUNCE_MS);
    }

    public void deactivate() {
        workspace.removeResourceChangeListener(this);
        job.cancel();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(this::note);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        synchronized (this) {
            if (changedDesigns.isEmpty() && changedGenerators.isEmpty() && !adviceStale) {
                return;
            }
        }
        job.schedule(DEBOUNCE_MS);
    }

    private synchronized boolean note(IResourceDelta delta) {
        IResource r = delta.getResource();
        if (r instanceof IProject) {
            adviceStale |= delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.OPEN) != 0;
        } else if (r instanceof IFile file) {
            IPath path = file.getProjectRelativePath();
            if (WasmpartResources.DESIGN_EXTENSION.equals(file.getFileExtension())) {
                if (delta.getKind() == IResourceDelta.CHANGED) {
                    if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
                        changedDesigns.add(file.getFullPath());
                    }
                } else {
                    adviceStale = true;
                }
            } else if (path.equals(GeneratorPreferences.PROJECT_SETTINGS)) {
                changedGenerators.add(file.getProject());
            } else if (path.equals(CONNECTION_SETTINGS) || path.equals(PROJECT_FILE)) {
                // connected or disconnected; natures changed
                adviceStale = true;
            }
        }
        return true;
    }

    private void handleChanges(IProgressMonitor monitor) {
        Set<IPath> designs;
        Set<IProject> generators;
        boolean advice;
        synchronized (this) {
            designs = Set.copyOf(changedDesigns);
            generators = Set.copyOf(changedGenerators);
            advice = adviceStale;
            changedDesigns.clear();
            changedGenerators.clear();
            adviceStale = false;
        }
        IProject[] projects = workspace.getRoot().getProjects();
        SubMonitor progress = SubMonitor.convert(monitor, 2 * projects.length);
        for (IProject project : projects) {
            if (project.isOpen()) {
                ConnectionStore.of(project).filter(c -> designs.contains(c.design())
                        || generators.stream().anyMatch(g -> g.getFullPath().isPrefixOf(c.design())))
                        .ifPresent(c -> update(project, progress.split(1)));
            }
        }
        if (advice) {
            for (IProject project : projects) {
                progress.checkCanceled();
                try {
                    AdviceMarkers.update(project);
                } catch (CoreException e) {
                    ILog.of(getClass()).log(e.getStatus());
                }
            }
        }
    }

    private void update(IProject project, IProgressMonitor monitor) {
        try {
            Connections.update(project, false, monitor);
        } catch (CoreException e) {
            // a design that does not generate keeps the last settings; the builder's markers say why
            if (e.getStatus().getCode() != DesignSettings.NOT_GENERATED) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }
}
