package org.wasmpart.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Whether a command may add, remove or move objects, rather than only set values of objects that
 * stay where they are: typing a size into a table is the second kind, and the views that show
 * the design's tree need not walk it again after one. A command of a kind not known here counts
 * as structural.
 */
public final class StructuralEdits {

    private StructuralEdits() {
    }

    public static boolean changesStructure(Command command) {
        return switch (command) {
            case SetCommand set -> set.getFeature() instanceof EReference r && r.isContainment();
            case CompoundCommand compound -> compound.getCommandList().stream()
                    .anyMatch(StructuralEdits::changesStructure);
            case CommandWrapper wrapper -> wrapper.getCommand() == null || changesStructure(wrapper.getCommand());
            default -> true;
        };
    }
}
