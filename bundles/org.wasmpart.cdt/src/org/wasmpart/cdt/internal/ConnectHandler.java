package org.wasmpart.cdt.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wasmpart.ui.internal.builder.ProjectDesigns;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.commands.SelectedResources;

/**
 * "Connect C/C++ Project to Design...": on a design, choose the C/C++ project; on a C/C++ project,
 * choose the design. The connection is one undoable step.
 */
public final class ConnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Optional<IResource> selected = SelectedResources.of(event).stream().findFirst();
        if (selected.orElse(null) instanceof IFile design
                && ProjectDesigns.isDesign(design, GeneratorPreferences.of(design.getProject()))) {
            choose(shell, "Choose the C/C++ project to connect to " + design.getFullPath().makeRelative(),
                    cProjects(), design.getProject())
                    .ifPresent(project -> Operations.run(shell, ConnectOperation.connect(project, design)));
        } else if (selected.orElse(null) instanceof IProject project && Connections.isCProject(project)) {
            choose(shell, "Choose the wasmpart design to connect " + project.getName() + " to", designs(), null)
                    .ifPresent(design -> Operations.run(shell, ConnectOperation.connect(project, design)));
        } else {
            MessageDialog.openInformation(shell, "Connect C/C++ Project to Design",
                    "Select a wasmpart design or a C/C++ project.");
        }
        return null;
    }

    private static <T extends IResource> Optional<T> choose(Shell shell, String message, List<T> choices, Object initial) {
        if (choices.isEmpty()) {
            MessageDialog.openInformation(shell, "Connect C/C++ Project to Design", "There is nothing to connect to: "
                    + "the workspace has no open C/C++ project, or no wasmpart design.");
            return Optional.empty();
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IResource) element).getFullPath().makeRelative().toString();
            }
        });
        dialog.setTitle("Connect C/C++ Project to Design");
        dialog.setMessage(message);
        dialog.setElements(choices.toArray());
        dialog.setMultipleSelection(false);
        if (initial != null && choices.contains(initial)) {
            dialog.setInitialSelections(initial);
        }
        if (dialog.open() != ElementListSelectionDialog.OK) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T chosen = (T) dialog.getFirstResult();
        return Optional.ofNullable(chosen);
    }

    private static List<IProject> cProjects() {
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(Connections::isCProject)
                .toList();
    }

    private static List<IFile> designs() throws ExecutionException {
        List<IFile> designs = new ArrayList<>();
        try {
            for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (p.isOpen()) {
                    designs.addAll(ProjectDesigns.in(p, GeneratorPreferences.of(p)));
                }
            }
        } catch (CoreException e) {
            throw new ExecutionException("Could not list the workspace's designs", e);
        }
        return designs;
    }
}
