package org.wasmpart.ui.internal.editor;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;
import static org.wasmpart.ui.internal.editor.RegionsPage.banks;
import static org.wasmpart.ui.internal.editor.RegionsPage.edit;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.core.DesignTemplates;
import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/** The modules: private memory (linear memory, stack, heap), base, bank, toolchain and grants. */
final class ModulesPage {

    static final DesignPageFactory FACTORY = new DesignPageFactory() {
        @Override
        public String title() {
            return "Modules";
        }

        @Override
        public DesignPage create(Composite parent, DesignPageContext context) {
            return table(parent, context);
        }
    };

    private ModulesPage() {
    }

    static ObjectTable table(Composite parent, DesignPageContext context) {
        Design design = context.design();
        EditingDomain domain = context.domain();
        List<ObjectTable.Column> columns = List.of(
                new ObjectTable.Column("Name", 120, o -> label(module(o)), edit(domain, Literals.IDENTIFIED__NAME)),
                new ObjectTable.Column("Linear memory", 100, o -> formatSize(module(o).getLinearMemory()),
                        edit(domain, Literals.WASM_MODULE__LINEAR_MEMORY)),
                new ObjectTable.Column("Stack", 80, o -> formatSize(module(o).getStack()),
                        edit(domain, Literals.WASM_MODULE__STACK)),
                new ObjectTable.Column("Heap", 80, o -> formatSize(module(o).getHeap()),
                        edit(domain, Literals.WASM_MODULE__HEAP)),
                new ObjectTable.Column("Base", 110, o -> module(o).isSetBase() ? formatAddress(module(o).getBase()) : "",
                        edit(domain, Literals.WASM_MODULE__BASE)),
                new ObjectTable.Column("Bank", 110, o -> module(o).getBank() == null ? "" : label(module(o).getBank()),
                        t -> new ChoiceEditing(t.viewer(), domain, () -> banks(design),
                                b -> b == null ? "" : label((MemoryBank) b), o -> module(o).getBank(),
                                (o, b) -> SetCommand.create(domain, o, Literals.WASM_MODULE__BANK, b))),
                new ObjectTable.Column("Toolchain", 150, o -> toolchain(module(o).getToolchain()), null),
                new ObjectTable.Column("Grants", 260, o -> grants(module(o)), null));
        ObjectTable.Actions actions = new ObjectTable.Actions(
                () -> AddCommand.create(domain, design, Literals.DESIGN__MODULES,
                        DesignTemplates.newModule(Designs.uniqueId(design, "module"), design.getBoard())),
                selected -> TableCommands.delete(domain, design, selected),
                selected -> TableCommands.duplicate(domain, design, Literals.DESIGN__MODULES, selected));
        return new ObjectTable(parent, domain, design::getModules, columns, actions);
    }

    private static WasmModule module(Object o) {
        return (WasmModule) o;
    }

    private static String toolchain(Toolchain t) {
        if (t == null) {
            return "";
        }
        return t.getKind().getLiteral() + (t.getVersion() == null ? "" : " " + t.getVersion());
    }

    private static String grants(WasmModule m) {
        return m.getGrants().stream()
                .map(g -> (g.getTarget() == null ? "?" : label(g.getTarget())) + " " + g.getPermission().getLiteral())
                .collect(Collectors.joining(", "));
    }
}
