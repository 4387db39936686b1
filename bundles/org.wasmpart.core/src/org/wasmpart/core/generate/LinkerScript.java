package org.wasmpart.core.generate;

import java.util.Locale;

import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Identified;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * build/wasmpart.ld: a GNU ld fragment that reserves each module's private memory and each
 * shared region as an empty (NOLOAD) output section at its address, with start and end symbols,
 * so the firmware links against the addresses the protection tables assume and a map file shows
 * them. The symbols are plain assignments rather than PROVIDE, which would define only those some
 * object refers to: every one is in the symbol table, where scripts/compile-generated.sh checks it.
 */
final class LinkerScript {

    private LinkerScript() {
    }

    static String of(GenerationInput input) {
        StringBuilder s = new StringBuilder(Banner.c(input));
        s.append("""

                /*
                 * INCLUDE this file in the firmware's linker script, outside MEMORY and SECTIONS.
                 * ld reports these sections overlapping one another, but not the firmware's own
                 * .data or .bss over them: keep those out of these ranges (shrink the MEMORY
                 * regions that hold them).
                 * Symbols: __wasmpart_module_<name>_start/_end, __wasmpart_region_<name>_start/_end,
                 * __wasmpart_subpartition_<region>_<name>_start/_end.
                 */
                SECTIONS
                {
                """);
        for (WasmModule m : input.design().getModules()) {
            section(s, symbol(input, m), m.getBase(), ModuleAccess.privateSize(m), "");
        }
        for (SharedRegion r : input.design().getRegions()) {
            StringBuilder inside = new StringBuilder();
            for (Subpartition p : r.getSubpartitions()) {
                String name = symbol(input, p);
                inside.append("    ").append(name).append("_start = . + ").append(hex(p.getOffset())).append(";\n");
                inside.append("    ").append(name).append("_end = . + ").append(hex(p.getOffset() + p.getSize()))
                        .append(";\n");
            }
            section(s, symbol(input, r), r.getBase(), r.getSize(), inside.toString());
        }
        return s.append("}\n").toString();
    }

    /** An output section named after its start symbol (.wasmpart_module_x), the symbols of its parts inside. */
    private static void section(StringBuilder s, String name, long base, long size, String inside) {
        s.append("  .").append(name.substring(2)).append(' ').append(hex(base)).append(" (NOLOAD) :\n  {\n");
        s.append("    ").append(name).append("_start = .;\n");
        s.append(inside);
        s.append("    . += ").append(hex(size)).append(";\n");
        s.append("    ").append(name).append("_end = .;\n");
        s.append("  }\n");
    }

    /** __wasmpart_module_x, from the object's macro stem, which names its kind and is unique. */
    private static String symbol(GenerationInput input, Identified object) {
        return "__" + input.symbols().macro(object).toLowerCase(Locale.ROOT);
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "0x%08X", value);
    }
}
