package org.wasmpart.cdt.internal;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The resource a command acts on: the first selected one, else the active editor's file. */
final class SelectedResource {

    private SelectedResource() {
    }

    static Optional<IResource> of(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured && !structured.isEmpty()) {
            return Optional.ofNullable(Adapters.adapt(structured.getFirstElement(), IResource.class));
        }
        IEditorInput input = HandlerUtil.getActiveEditorInput(event);
        return Optional.ofNullable(input == null ? null : Adapters.adapt(input, IFile.class));
    }
}
