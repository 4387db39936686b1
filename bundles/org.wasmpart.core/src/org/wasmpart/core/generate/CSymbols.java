package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.wasmpart.core.CNames;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * The C names of a design's modules, regions and subpartitions. Validation already demands
 * identifiers unique per kind; the only names that can still meet are a subpartition's, which
 * join two names ({@code a_b}+{@code c} and {@code a}+{@code b_c}), and those are refused here
 * rather than emitted twice.
 */
final class CSymbols {

    private final Map<Identified, String> names = new HashMap<>();

    private CSymbols() {
    }

    static CSymbols of(Design design) throws GenerationException {
        CSymbols symbols = new CSymbols();
        Map<String, String> taken = new HashMap<>();
        for (WasmModule m : design.getModules()) {
            symbols.names.put(m, identifier(m));
            claim(taken, symbols.macro(m), "module " + label(m));
        }
        for (SharedRegion r : design.getRegions()) {
            symbols.names.put(r, identifier(r));
            claim(taken, symbols.macro(r), "region " + label(r));
            for (Subpartition s : r.getSubpartitions()) {
                symbols.names.put(s, identifier(s));
                claim(taken, symbols.macro(s), "subpartition " + label(r) + "." + label(s));
            }
        }
        return symbols;
    }

    private static String identifier(Identified object) {
        return CNames.toIdentifier(label(object));
    }

    private static void claim(Map<String, String> taken, String macro, String owner) throws GenerationException {
        String earlier = taken.putIfAbsent(macro, owner);
        if (earlier != null) {
            throw new GenerationException(owner + " and " + earlier + " would both be named " + macro
                    + " in generated C: rename one of them");
        }
    }

    /** The object's own C name, as the user wrote it when it is a valid identifier. */
    String name(Identified object) {
        return names.get(object);
    }

    /** The stem of the object's macros: WASMPART_MODULE_X, WASMPART_REGION_X, WASMPART_SUBPARTITION_X_Y. */
    String macro(Identified object) {
        return switch (object) {
            case WasmModule m -> "WASMPART_MODULE_" + upper(m);
            case Subpartition s when s.eContainer() instanceof SharedRegion r ->
                    "WASMPART_SUBPARTITION_" + upper(r) + "_" + upper(s);
            case SharedRegion r -> "WASMPART_REGION_" + upper(r);
            default -> throw new IllegalArgumentException("no C macro names a " + object.eClass().getName());
        };
    }

    /** A lower-case symbol of the object: wasmpart_x_suffix. */
    String symbol(Identified object, String suffix) {
        return "wasmpart_" + names.get(object).toLowerCase(Locale.ROOT) + "_" + suffix;
    }

    private String upper(Identified object) {
        return names.get(object).toUpperCase(Locale.ROOT);
    }
}
