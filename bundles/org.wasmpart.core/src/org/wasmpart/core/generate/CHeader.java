package org.wasmpart.core.generate;

import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * c/wasmpart_config.h: addresses and sizes of every module and region as macros, the types and
 * declarations of the protection tables and their programming function, and the WAMR shared-heap
 * functions. C99, freestanding: it includes only stdbool.h, stddef.h and stdint.h.
 */
final class CHeader {

    private CHeader() {
    }

    static String of(GenerationInput input) {
        StringBuilder h = new StringBuilder(Banner.c(input));
        h.append("""
                #ifndef WASMPART_CONFIG_H
                #define WASMPART_CONFIG_H

                #include <stdbool.h>
                #include <stddef.h>
                #include <stdint.h>

                /* Modules in the design's order: index, then private memory (linear memory, stack, heap). */
                """);
        h.append("#define WASMPART_MODULE_COUNT ").append(CText.count(input.design().getModules().size()))
                .append('\n');
        int index = 0;
        for (WasmModule m : input.design().getModules()) {
            String macro = input.symbols().macro(m);
            h.append('\n').append("#define ").append(macro).append("_INDEX ").append(CText.count(index++))
                    .append('\n');
            if (m.isSetBase()) {
                h.append("#define ").append(macro).append("_BASE ").append(CText.constant(m.getBase())).append('\n');
            }
            h.append("#define ").append(macro).append("_SIZE ").append(CText.constant(ModuleAccess.privateSize(m)))
                    .append('\n');
        }
        if (!input.design().getRegions().isEmpty()) {
            h.append("\n/* Shared regions and their subpartitions. */\n");
        }
        for (SharedRegion r : input.design().getRegions()) {
            h.append('\n');
            place(h, input.symbols().macro(r), r.getBase(), r.getSize());
            for (Subpartition s : r.getSubpartitions()) {
                place(h, input.symbols().macro(s), r.getBase() + s.getOffset(), s.getSize());
            }
        }
        input.unit().ifPresent(unit -> ProtectionCode.of(unit.kind()).ifPresent(code -> {
            h.append("\n/* ").append(code.title()).append(" */\n\n");
            h.append("typedef struct {\n");
            code.fields().forEach(f -> h.append("    ").append(f).append('\n'));
            h.append("""
                    } wasmpart_entry_t;

                    /* One module's entries, in the order to program them. */
                    typedef struct {
                        const wasmpart_entry_t *entries;
                        uint32_t count;
                    } wasmpart_domain_t;

                    /* By module index (WASMPART_MODULE_<NAME>_INDEX). */
                    extern const wasmpart_domain_t wasmpart_domains[WASMPART_MODULE_COUNT];

                    """);
            h.append(code.declarations(unit));
        }));
        input.heaps().ifPresent(heaps -> h.append('\n').append(WamrCode.declarations(heaps)));
        return h.append("\n#endif /* WASMPART_CONFIG_H */\n").toString();
    }

    private static void place(StringBuilder h, String macro, long base, long size) {
        h.append("#define ").append(macro).append("_BASE ").append(CText.constant(base)).append('\n');
        h.append("#define ").append(macro).append("_SIZE ").append(CText.constant(size)).append('\n');
    }
}
