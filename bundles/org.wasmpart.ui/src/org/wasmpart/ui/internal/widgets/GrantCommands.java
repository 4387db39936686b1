package org.wasmpart.ui.internal.widgets;

import static org.wasmpart.core.Designs.label;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wasmpart.core.Designs;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;

/** The one command that gives a module a permission on a region or subpartition, or takes its grant away. */
final class GrantCommands {

    private GrantCommands() {
    }

    /** The command that makes the cell {@code value}; empty when it already is. */
    static Optional<Command> set(EditingDomain domain, WasmModule module, Shareable target, CellValue value) {
        Optional<Grant> grant = Designs.grant(module, target);
        if (CellValue.of(module, target) == value) {
            return Optional.empty();
        }
        String what = label(module) + " on " + label(target);
        if (value == CellValue.NONE) {
            RemoveCommand remove = new RemoveCommand(domain, module, Literals.WASM_MODULE__GRANTS, grant.orElseThrow());
            remove.setLabel("Remove grant of " + what);
            return Optional.of(remove);
        }
        if (grant.isPresent()) {
            SetCommand set = new SetCommand(domain, grant.get(), Literals.GRANT__PERMISSION, value.permission().orElseThrow());
            set.setLabel("Grant " + value.text() + " to " + what);
            return Optional.of(set);
        }
        Grant added = WasmpartFactory.eINSTANCE.createGrant();
        added.setTarget(target);
        added.setPermission(value.permission().orElseThrow());
        AddCommand add = new AddCommand(domain, module, Literals.WASM_MODULE__GRANTS, added);
        add.setLabel("Grant " + value.text() + " to " + what);
        return Optional.of(add);
    }
}
