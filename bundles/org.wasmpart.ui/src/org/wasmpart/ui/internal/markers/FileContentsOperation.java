package org.wasmpart.ui.internal.markers;

import java.io.ByteArrayInputStream;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Replaces a file's bytes, undoably: what a quick fix applied to a closed file does. */
final class FileContentsOperation extends AbstractOperation {

    private final IFile file;
    private final byte[] before;
    private final byte[] after;

    FileContentsOperation(String label, IFile file, byte[] before, byte[] after) {
        super(label);
        this.file = file;
        this.before = before;
        this.after = after;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(after, monitor);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(after, monitor);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return write(before, monitor);
    }

    @Override
    public boolean canUndo() {
        return file.exists();
    }

    @Override
    public boolean canRedo() {
        return file.exists();
    }

    private IStatus write(byte[] bytes, IProgressMonitor monitor) throws ExecutionException {
        try {
            file.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
            return Status.OK_STATUS;
        } catch (CoreException e) {
            throw new ExecutionException("Could not write " + file.getFullPath(), e);
        }
    }
}
