package org.wasmpart.core.generate;

import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.MmuMapping;
import org.wasmpart.core.protection.PmpEntry;
import org.wasmpart.core.protection.PmsaV7Region;
import org.wasmpart.core.protection.PmsaV8Region;

/**
 * A hardware entry in the manifest: its kind, decoded fields and raw registers (the schema is in
 * docs/GENERATED.md). Addresses and register values are hex strings, sizes and fields numbers.
 */
final class EntryFields {

    private EntryFields() {
    }

    static Map<String, Object> of(HardwareEntry entry) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("index", entry.index());
        e.put("type", type(entry));
        e.put("fields", fields(entry));
        Map<String, Object> registers = new LinkedHashMap<>();
        entry.registers().forEach((name, value) -> registers.put(name, hex(value)));
        e.put("registers", registers);
        e.put("description", entry.describe());
        return e;
    }

    /** A register value as the manifest writes it. */
    static String hex(long value) {
        return String.format(Locale.ROOT, "0x%08X", value);
    }

    /** The entry's kind as the manifest names it: pmsav7-region, pmp-entry, ... */
    static String type(HardwareEntry entry) {
        return switch (entry) {
            case PmsaV7Region r -> "pmsav7-region";
            case PmsaV8Region r -> "pmsav8-region";
            case PmpEntry p -> "pmp-entry";
            case MmuMapping m -> "mmu-mapping";
        };
    }

    /** The decoded fields, by name, as the manifest writes them. */
    static Map<String, Object> fields(HardwareEntry entry) {
        Map<String, Object> f = new LinkedHashMap<>();
        switch (entry) {
            case PmsaV7Region r -> {
                f.put("base", formatAddress(r.base()));
                f.put("size", r.size());
                f.put("sizeExponent", r.sizeExponent());
                f.put("srd", r.srd());
                f.put("ap", r.ap());
                f.put("xn", r.xn());
                f.put("tex", r.tex());
                f.put("s", r.s());
                f.put("c", r.c());
                f.put("b", r.b());
            }
            case PmsaV8Region r -> {
                f.put("base", formatAddress(r.base()));
                f.put("limit", formatAddress(r.limit()));
                f.put("ap", r.ap());
                f.put("xn", r.xn());
                f.put("sh", r.sh());
                f.put("attrIndex", r.attrIndex());
            }
            case PmpEntry p -> {
                f.put("mode", p.mode().name());
                f.put("read", p.read());
                f.put("write", p.write());
                f.put("execute", p.execute());
                f.put("locked", p.locked());
            }
            case MmuMapping m -> {
                f.put("base", formatAddress(m.base()));
                f.put("size", m.size());
                f.put("pageSize", m.pageSize());
                f.put("access", m.access().name());
                f.put("memoryType", m.type().name());
            }
        }
        return f;
    }
}
