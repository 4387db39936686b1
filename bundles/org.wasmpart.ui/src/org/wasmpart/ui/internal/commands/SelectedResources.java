package org.wasmpart.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The resources a command acts on: the selected ones, else the file of the active editor. */
public final class SelectedResources {

    private SelectedResources() {
    }

    public static List<IResource> of(ExecutionEvent event) {
        List<IResource> resources = new ArrayList<>();
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IResource r = Adapters.adapt(element, IResource.class);
                if (r != null) {
                    resources.add(r);
                }
            }
        }
        if (resources.isEmpty()) {
            IEditorInput input = HandlerUtil.getActiveEditorInput(event);
            IFile file = input == null ? null : Adapters.adapt(input, IFile.class);
            if (file != null) {
                resources.add(file);
            }
        }
        return resources;
    }

    static List<IProject> projects(ExecutionEvent event) {
        return of(event).stream().map(IResource::getProject).distinct().toList();
    }
}
