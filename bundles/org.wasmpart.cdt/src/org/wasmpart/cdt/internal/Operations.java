package org.wasmpart.cdt.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

/**
 * Runs an operation from the UI as one step of the workspace's undo history (Edit > Undo in the
 * resource views), with a busy cursor and progress: working out a design's settings lays it out,
 * which may take seconds. A failure is shown with its details (a design's findings).
 */
final class Operations {

    private Operations() {
    }

    static void run(Shell shell, IUndoableOperation operation) {
        operation.addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    history.execute(operation, monitor, WorkspaceUndoUtil.getUIInfoAdapter(shell));
                } catch (ExecutionException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            ErrorDialog.openError(shell, operation.getLabel(), null, statusOf(e.getCause()));
        } catch (InterruptedException e) {
            // cancelled by the user: the operation has stopped, and there is nothing to report
        }
    }

    /** The CoreException's status when there is one below, since it holds the findings. */
    private static IStatus statusOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CoreException core) {
                return core.getStatus();
            }
        }
        return Status.error(t.getMessage(), t);
    }
}
