package org.wasmpart.ui.internal.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.wasmpart.ui.internal.builder.GeneratorBuilder;

/**
 * Keeps the markers of {@code .wasmpart} files up to date: changes are collected for a short
 * while, then one workspace job validates the changed files, holding their rule. Files the
 * wasmpart builder is about to validate (its projects, while the workspace builds automatically)
 * are left to it, so that a save validates once. A declarative
 * services component (OSGI-INF/markerUpdater.xml), so no activator and no UI start-up is needed.
 */
public final class MarkerUpdater implements IResourceChangeListener {

    /** The family of the jobs that update markers, for tests and shutdown to join. */
    public static final Object FAMILY = MarkerUpdater.class;
    private static final long DEBOUNCE_MS = 200;
    private static final String EXTENSION = "wasmpart";

    private final Set<IFile> pending = new LinkedHashSet<>();
    private final Job collector = new FamilyJob("Collecting changed wasmpart designs") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            List<IFile> files = drain();
            if (!files.isEmpty()) {
                new ValidationJob(files).schedule();
            }
            return Status.OK_STATUS;
        }
    };
    private IWorkspace workspace;

    /** DS: the workspace service, which exists once the workspace is open. */
    public void setWorkspace(IWorkspace workspace) {
        this.workspace = workspace;
    }

    public void activate() {
        collector.setSystem(true);
        workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    public void deactivate() {
        workspace.removeResourceChangeListener(this);
        collector.cancel();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && EXTENSION.equals(file.getFileExtension())
                        && (delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.CHANGED
                                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)
                        && !GeneratorBuilder.validatesAfterChanges(file.getProject())) {
                    changed.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
        if (!changed.isEmpty()) {
            synchronized (pending) {
                pending.addAll(changed);
            }
            // rescheduling a sleeping job restarts its delay: a burst of saves validates once
            collector.schedule(DEBOUNCE_MS);
        }
    }

    private List<IFile> drain() {
        synchronized (pending) {
            List<IFile> files = new ArrayList<>(pending);
            pending.clear();
            return files;
        }
    }

    private abstract static class FamilyJob extends Job {
        FamilyJob(String name) {
            super(name);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    }

    /** Validates a batch of files and replaces their markers, holding the files' rule. */
    private static final class ValidationJob extends WorkspaceJob {
        private final List<IFile> files;

        ValidationJob(List<IFile> files) {
            super("Validating wasmpart designs");
            this.files = files;
            setRule(MultiRule.combine(files.toArray(ISchedulingRule[]::new)));
            setSystem(true);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            SubMonitor progress = SubMonitor.convert(monitor, files.size());
            for (IFile file : files) {
                progress.checkCanceled();
                progress.subTask(file.getFullPath().toString());
                if (file.isAccessible()) {
                    DesignMarkers.update(file);
                }
                progress.worked(1);
            }
            return Status.OK_STATUS;
        }
    }
}
