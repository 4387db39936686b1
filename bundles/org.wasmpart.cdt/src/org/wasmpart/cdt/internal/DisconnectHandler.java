package org.wasmpart.cdt.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wasmpart.ui.internal.commands.SelectedResources;

/** "Disconnect from wasmpart Design": takes out what the connection set, as one undoable step. */
public final class DisconnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (SelectedResources.of(event).stream().findFirst().orElse(null) instanceof IProject project
                && ConnectionStore.of(project).isPresent()) {
            Operations.run(HandlerUtil.getActiveShellChecked(event), ConnectOperation.disconnect(project));
        }
        return null;
    }
}
