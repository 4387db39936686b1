package org.wasmpart.ui.internal.markers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.model.Design;

/**
 * The one base of wasmpart's quick fixes, for the Problems view and (later) the editor: it loads
 * the marker's file afresh, lets the subclass build a command for that design, executes it and
 * writes the file back as one undoable workspace operation. Saving makes the marker updater
 * validate again, so the marker goes with the problem.
 */
public abstract class DesignMarkerResolution extends WorkbenchMarkerResolution {

    /** The family of the jobs that apply fixes, for whoever must wait for one to finish. */
    public static final Object FAMILY = DesignMarkerResolution.class;

    /**
     * The command that resolves the marker's problem in a design freshly loaded from its file, or
     * null when the problem is no longer there.
     */
    protected abstract Command command(Design design, IMarker marker);

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public final void run(IMarker marker) {
        run(new IMarker[] { marker }, null);
    }

    /**
     * Applies the fix to each marker in a workspace job holding the markers' files: a fix may lay
     * out a whole design, which takes seconds, and callers (the Problems view, the quick-fix
     * wizard) run on the UI thread.
     */
    @Override
    public final void run(IMarker[] markers, IProgressMonitor monitor) {
        WorkspaceJob job = new WorkspaceJob(getLabel()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor jobMonitor) {
                SubMonitor progress = SubMonitor.convert(jobMonitor, getLabel(), markers.length);
                for (IMarker marker : markers) {
                    try {
                        apply(marker, progress.split(1));
                    } catch (CoreException | IOException | DesignLoadException | ExecutionException e) {
                        StatusManager.getManager().handle(Status.error("Could not apply '" + getLabel() + "'", e),
                                StatusManager.SHOW | StatusManager.LOG);
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
        job.setRule(MultiRule.combine(Arrays.stream(markers).map(m -> rules.modifyRule(m.getResource()))
                .toArray(ISchedulingRule[]::new)));
        job.setUser(true);
        job.schedule();
    }

    private void apply(IMarker marker, IProgressMonitor monitor)
            throws CoreException, IOException, DesignLoadException, ExecutionException {
        if (!(marker.getResource() instanceof IFile file) || !file.exists()) {
            return;
        }
        byte[] before;
        try (InputStream in = file.getContents(true)) {
            before = in.readAllBytes();
        }
        Design design = DesignMarkers.load(file);
        Command command = command(design, marker);
        if (command == null || !command.canExecute()) {
            return;
        }
        new BasicCommandStack().execute(command);
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        DesignIO.write(design, design.eResource().getURI(), after);
        FileContentsOperation operation = new FileContentsOperation(getLabel(), file, before, after.toByteArray());
        operation.addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        IStatus status = history.execute(operation, monitor, null);
        if (!status.isOK()) {
            throw new CoreException(status);
        }
    }
}
