package org.wasmpart.core.fix;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * A change to a design as a command: the change is recorded while it runs, so undo restores
 * exactly what was there and redo replays it, however many objects the change touched.
 */
public final class DesignEdit extends ChangeCommand {

    private final Consumer<EObject> change;
    private final EObject target;

    private DesignEdit(String label, EObject target, Consumer<EObject> change) {
        super(EcoreUtil.getRootContainer(target));
        this.target = target;
        this.change = change;
        setLabel(label);
    }

    /** A command that applies the change to the target, recording everything below the target's root. */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> DesignEdit of(String label, T target, Consumer<T> change) {
        return new DesignEdit(label, target, o -> change.accept((T) o));
    }

    @Override
    protected void doExecute() {
        change.accept(target);
    }
}
