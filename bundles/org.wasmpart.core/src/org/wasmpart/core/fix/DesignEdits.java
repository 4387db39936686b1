package org.wasmpart.core.fix;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/** Undoable changes to a design for callers outside this package (the layout, the editor). */
public final class DesignEdits {

    private DesignEdits() {
    }

    /** A command that applies the change to the target; undo restores everything under its root. */
    public static <T extends EObject> Command of(String label, T target, Consumer<T> change) {
        return DesignEdit.of(label, target, change);
    }
}
