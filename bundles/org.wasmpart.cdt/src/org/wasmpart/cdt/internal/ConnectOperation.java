package org.wasmpart.cdt.internal;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Connects a project to a design, or (without a design) disconnects it, undoably: undo restores
 * the connection the project had before, to the design it named then.
 */
final class ConnectOperation extends AbstractOperation {

    private final IProject project;
    private final Optional<IFile> design;
    private Optional<IPath> before = Optional.empty();

    private ConnectOperation(String label, IProject project, Optional<IFile> design) {
        super(label);
        this.project = project;
        this.design = design;
    }

    static ConnectOperation connect(IProject project, IFile design) {
        return new ConnectOperation("Connect " + project.getName() + " to " + design.getName(), project,
                Optional.of(design));
    }

    static ConnectOperation disconnect(IProject project) {
        return new ConnectOperation("Disconnect " + project.getName() + " from its wasmpart design", project,
                Optional.empty());
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        before = ConnectionStore.of(project).map(Connection::design);
        return connectTo(design.map(IFile::getFullPath), monitor);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return connectTo(design.map(IFile::getFullPath), monitor);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return connectTo(before, monitor);
    }

    @Override
    public boolean canUndo() {
        return project.isOpen() && before.map(d -> project.getWorkspace().getRoot().getFile(d).exists()).orElse(true);
    }

    @Override
    public boolean canRedo() {
        return project.isOpen() && design.map(IFile::exists).orElse(true);
    }

    private IStatus connectTo(Optional<IPath> target, IProgressMonitor monitor) throws ExecutionException {
        try {
            if (target.isPresent()) {
                Connections.connect(project, project.getWorkspace().getRoot().getFile(target.get()), monitor);
            } else {
                Connections.disconnect(project);
            }
            return Status.OK_STATUS;
        } catch (CoreException e) {
            throw new ExecutionException(e.getStatus().getMessage(), e);
        }
    }
}
