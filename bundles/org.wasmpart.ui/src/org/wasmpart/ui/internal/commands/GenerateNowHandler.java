package org.wasmpart.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wasmpart.ui.internal.builder.GenerateJob;

/** Generates the selected designs (or every design of the selected projects and folders) now. */
public final class GenerateNowHandler extends AbstractHandler {

    public static final String COMMAND = "org.wasmpart.ui.generateNow";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GenerateJob job;
        try {
            job = GenerateJob.of(SelectedResources.of(event));
        } catch (CoreException e) {
            throw new ExecutionException("Could not find the designs to generate", e);
        }
        if (job.designs().isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Generate now",
                    "Select a .wasmpart design, or a project or folder that holds designs.");
            return null;
        }
        job.schedule();
        return null;
    }
}
