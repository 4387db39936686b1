package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.List;
import java.util.Map;

import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Permission;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/** W^X, and grants that lead nowhere. */
final class GrantCheck extends FeatureCheck {

    GrantCheck() {
        super(Literals.GRANT__PERMISSION,
                Literals.GRANT__TARGET,
                Literals.WASM_MODULE__GRANTS);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        for (WasmModule m : design.getModules()) {
            for (Grant g : m.getGrants()) {
                if (g.getTarget() == null) {
                    findings.add(Finding.of(DiagnosticCode.GRANT_MISSING_TARGET, g, "a grant of module " + label(m)
                            + " names no region: choose the region or remove the grant", Map.of("module", m.getId())));
                } else if (g.getPermission() == Permission.RWX) {
                    findings.add(Finding.of(DiagnosticCode.WRITABLE_EXECUTABLE, g, "module " + label(m)
                            + " may both write and execute " + label(g.getTarget())
                            + ": code that can be rewritten defeats the sandbox (W^X); grant RW for data or RX for code",
                            Map.of("module", m.getId(), "target", g.getTarget().getId())));
                }
            }
        }
    }
}
