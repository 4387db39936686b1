package org.wasmpart.ui.internal.editor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The objects whose values a command sets, when setting values of objects that stay where they
 * are is all it does: typing a size into a table is such an edit, and the views of the design need
 * only draw again what shows those objects, not walk its tree. A command that may add, remove or
 * move objects, or of a kind not known here, gives none.
 */
public final class ValueEdits {

    private ValueEdits() {
    }

    public static Optional<Set<EObject>> ownersOf(Command command) {
        Set<EObject> owners = Collections.newSetFromMap(new IdentityHashMap<>());
        return collect(command, owners) ? Optional.of(owners) : Optional.empty();
    }

    private static boolean collect(Command command, Set<EObject> owners) {
        return switch (command) {
            // setting a containment or container reference moves an object
            case SetCommand set when !(set.getFeature() instanceof EReference r
                    && (r.isContainment() || r.isContainer())) -> {
                owners.add(set.getOwner());
                yield true;
            }
            case CompoundCommand compound -> compound.getCommandList().stream().allMatch(c -> collect(c, owners));
            case CommandWrapper wrapper -> wrapper.getCommand() != null && collect(wrapper.getCommand(), owners);
            default -> false;
        };
    }
}
