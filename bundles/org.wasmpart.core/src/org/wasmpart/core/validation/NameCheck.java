package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wasmpart.core.CNames;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Names reach generated C as identifiers (tables, macros, symbols), so they must be valid C
 * identifiers and unique where C would name them alike.
 */
final class NameCheck extends FeatureCheck {

    NameCheck() {
        super(Literals.IDENTIFIED__ID,
                Literals.DESIGN__REGIONS,
                Literals.SHARED_REGION__SUBPARTITIONS);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        checkAll(design.getModules(), "module", findings);
        checkAll(design.getRegions(), "region", findings);
        for (SharedRegion r : design.getRegions()) {
            checkAll(r.getSubpartitions(), "subpartition of " + label(r), findings);
        }
    }

    private static void checkAll(List<? extends Identified> objects, String what, List<Finding> findings) {
        Map<String, Identified> seen = new HashMap<>();
        for (Identified o : objects) {
            String name = label(o);
            if (!CNames.isIdentifier(name)) {
                String suggestion = CNames.toIdentifier(name);
                findings.add(Finding.of(DiagnosticCode.NAME_NOT_C_IDENTIFIER, o,
                        what + " name '" + name + "' is not a valid C identifier (it names symbols in generated C):"
                                + " rename it, e.g. to '" + suggestion + "'",
                        Map.of("name", name, "suggestedName", suggestion)));
            }
            Identified earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), o);
            if (earlier != null) {
                findings.add(Finding.of(DiagnosticCode.NAME_DUPLICATE, o, what + " name '" + name
                        + "' is already used by " + earlier.getId() + " (names are compared ignoring case, as file "
                        + "and macro names would collide): rename one of them",
                        Map.of("name", name, "other", earlier.getId())));
            }
        }
    }
}
