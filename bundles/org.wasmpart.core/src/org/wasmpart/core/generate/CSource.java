package org.wasmpart.core.generate;

import java.util.List;
import java.util.Map;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.WasmModule;

/**
 * c/wasmpart_config.c: each module's table of raw register values, the table of domains, the
 * programming function for the unit's architecture and the WAMR shared-heap set-up.
 */
final class CSource {

    private CSource() {
    }

    static String of(GenerationInput input) {
        StringBuilder c = new StringBuilder(Banner.c(input));
        c.append("#include \"wasmpart_config.h\"\n");
        input.unit().ifPresent(unit -> ProtectionCode.of(unit.kind()).ifPresent(code -> {
            c.append(tables(input, unit, code));
            String definitions = code.definitions(unit);
            if (!definitions.isEmpty()) {
                c.append('\n').append(definitions);
            }
        }));
        input.heaps().ifPresent(heaps -> c.append('\n')
                .append(WamrCode.definitions(heaps, input.design().getModules(), input.symbols())));
        return c.toString();
    }

    private static String tables(GenerationInput input, UnitParameters unit, ProtectionCode code) {
        StringBuilder c = new StringBuilder();
        StringBuilder domains = new StringBuilder();
        for (Map.Entry<WasmModule, List<HardwareEntry>> e : input.entries().entrySet()) {
            WasmModule m = e.getKey();
            List<HardwareEntry> entries = e.getValue();
            String name = CText.comment(input.symbols().name(m));
            if (entries.isEmpty()) {
                domains.append("    { NULL, 0u }, /* ").append(name).append(" */\n");
                continue;
            }
            String table = input.symbols().symbol(m, "entries");
            c.append("\n/* module ").append(name).append(": ").append(entries.size()).append(" of ")
                    .append(unit.available()).append(" entries */\n");
            c.append("static const wasmpart_entry_t ").append(table).append('[').append(entries.size())
                    .append("] = {\n");
            for (HardwareEntry entry : entries) {
                c.append("    ").append(code.initializer(entry)).append(", /* ")
                        .append(CText.comment(entry.describe())).append(" */\n");
            }
            c.append("};\n");
            domains.append("    { ").append(table).append(", ").append(CText.count(entries.size())).append(" }, /* ")
                    .append(name).append(" */\n");
        }
        return c.append("\nconst wasmpart_domain_t wasmpart_domains[WASMPART_MODULE_COUNT] = {\n").append(domains)
                .append("};\n").toString();
    }
}
