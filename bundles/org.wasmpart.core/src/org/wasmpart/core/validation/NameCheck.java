package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Names reach generated C as identifiers (tables, macros, symbols), so they must be valid C
 * identifiers and unique where C would name them alike.
 */
final class NameCheck extends FeatureCheck {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("auto", "break", "case", "char", "const", "continue", "default",
            "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
            "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
            "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary", "bool", "true", "false");

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
            if (!isCIdentifier(name)) {
                String suggestion = cIdentifier(name);
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

    static boolean isCIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
    }

    /** A valid C identifier close to the name: invalid characters become underscores. */
    static String cIdentifier(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || KEYWORDS.contains(s)) {
            s = "_" + s;
        }
        return s;
    }
}
