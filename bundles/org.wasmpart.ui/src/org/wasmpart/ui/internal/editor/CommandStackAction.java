package org.wasmpart.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's Undo or Redo: installed as the workbench's global action handler, so Edit > Undo,
 * the toolbar and Ctrl+Z/Ctrl+Y act on the editor's command stack, labelled with the command.
 */
final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    private CommandStackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        ActionFactory id = undo ? ActionFactory.UNDO : ActionFactory.REDO;
        setId(id.getId());
        setActionDefinitionId(id.getCommandId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    static CommandStackAction undo(CommandStack stack) {
        return new CommandStackAction(stack, true);
    }

    static CommandStackAction redo(CommandStack stack) {
        return new CommandStackAction(stack, false);
    }

    /** Follows the stack: enabled when there is something to undo (redo), named after it. */
    void update() {
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String verb = undo ? "&Undo" : "&Redo";
        setText(next == null || next.getLabel() == null ? verb : verb + " " + next.getLabel());
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
