package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * wasmpart-manifest.json, the source of truth of what was generated: schema version 1, described
 * field by field in docs/GENERATED.md. Parts that do not apply are left out, never written empty.
 */
final class Manifest {

    static final int SCHEMA_VERSION = 1;

    private Manifest() {
    }

    static String of(GenerationInput input) {
        Design d = input.design();
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", "wasmpart");
        generator.put("notice", Banner.NOTICE);
        generator.put("designSha256", input.sha256());
        m.put("generator", generator);
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("design", named(d));
        if (d.getBoard() != null) {
            Map<String, Object> board = named(d.getBoard());
            board.put("vendor", d.getBoard().getVendor());
            board.put("part", d.getBoard().getPart());
            m.put("board", board);
        }
        Designs.core(d).ifPresent(c -> {
            Map<String, Object> core = named(c);
            core.put("architecture", c.getArchitecture().getLiteral());
            core.put("cpu", c.getCpu());
            m.put("core", core);
        });
        input.unit().ifPresent(u -> m.put("protectionUnit", unit(Designs.protectionUnit(d).orElseThrow(), u)));
        if (d.getRuntime() != null) {
            m.put("runtime", named(d.getRuntime()));
        }
        if (d.getMemoryOption() != null) {
            m.put("memoryOption", named(d.getMemoryOption()));
        }
        m.put("banks", banks(d));
        m.put("modules", modules(input));
        m.put("regions", regions(input));
        input.heaps().ifPresent(h -> m.put("sharedHeaps", heaps(h)));
        m.put("build", BuildManifest.of(input));
        return JsonText.of(m);
    }

    private static Map<String, Object> named(Identified object) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", object.getId());
        n.put("name", label(object));
        return n;
    }

    private static Map<String, Object> unit(ProtectionUnit unit, UnitParameters p) {
        Map<String, Object> u = named(unit);
        u.put("kind", p.kind().getLiteral());
        u.put("securityState", unit.getSecurityState().getLiteral());
        u.put("entryCount", p.entryCount());
        u.put("lockedEntries", p.lockedEntries());
        u.put("reservedEntries", p.reserved());
        u.put("firstModuleEntry", p.firstFree());
        u.put("entriesPerModule", p.available());
        return u;
    }

    /** The banks that hold a module or a region, in the board's order. */
    private static List<Object> banks(Design d) {
        Set<MemoryBank> used = new LinkedHashSet<>();
        d.getModules().stream().filter(WasmModule::isSetBase).forEach(m -> Designs.bankAt(d, m.getBase()).ifPresent(used::add));
        d.getRegions().forEach(r -> Designs.bankAt(d, r.getBase()).ifPresent(used::add));
        List<Object> banks = new ArrayList<>();
        for (MemoryBank b : d.getBoard() == null ? List.<MemoryBank>of() : d.getBoard().getBanks()) {
            if (used.contains(b)) {
                Map<String, Object> bank = named(b);
                bank.put("kind", b.getKind().getLiteral());
                bank.put("base", formatAddress(b.getBase()));
                bank.put("size", b.getSize());
                banks.add(bank);
            }
        }
        return banks;
    }

    private static List<Object> modules(GenerationInput input) {
        List<Object> modules = new ArrayList<>();
        int index = 0;
        for (Map.Entry<WasmModule, List<HardwareEntry>> e : input.entries().entrySet()) {
            WasmModule w = e.getKey();
            Map<String, Object> m = named(w);
            m.put("cName", input.symbols().name(w));
            m.put("index", index++);
            if (w.isSetBase()) {
                m.put("base", formatAddress(w.getBase()));
                Designs.bankAt(input.design(), w.getBase()).ifPresent(b -> m.put("bank", b.getId()));
            }
            m.put("size", ModuleAccess.privateSize(w));
            m.put("linearMemory", w.getLinearMemory());
            m.put("stack", w.getStack());
            m.put("heap", w.getHeap());
            m.put("laidOut", w.isLaidOut());
            input.heaps().flatMap(h -> h.attachedBy(w)).ifPresent(h -> m.put("sharedHeap", h.index()));
            input.unit().ifPresent(u -> {
                m.put("entriesUsed", e.getValue().size());
                m.put("entriesAvailable", u.available());
                m.put("entries", e.getValue().stream().map(EntryFields::of).toList());
            });
            modules.add(m);
        }
        return modules;
    }

    private static List<Object> regions(GenerationInput input) {
        List<Object> regions = new ArrayList<>();
        for (SharedRegion r : input.design().getRegions()) {
            Map<String, Object> region = placed(input, r, r.getBase(), r.getSize());
            Designs.bankAt(input.design(), r.getBase()).ifPresent(b -> region.put("bank", b.getId()));
            region.put("laidOut", r.isLaidOut());
            List<Object> subpartitions = new ArrayList<>();
            for (Subpartition s : r.getSubpartitions()) {
                Map<String, Object> sub = placed(input, s, r.getBase() + s.getOffset(), s.getSize());
                sub.put("offset", s.getOffset());
                subpartitions.add(sub);
            }
            if (!subpartitions.isEmpty()) {
                region.put("subpartitions", subpartitions);
            }
            regions.add(region);
        }
        return regions;
    }

    private static Map<String, Object> placed(GenerationInput input, Identified object, long base, long size) {
        Map<String, Object> p = named(object);
        p.put("cName", input.symbols().name(object));
        p.put("base", formatAddress(base));
        p.put("size", size);
        return p;
    }

    private static List<Object> heaps(SharedHeaps heaps) {
        List<Object> list = new ArrayList<>();
        for (SharedHeaps.Heap h : heaps.heaps()) {
            Map<String, Object> heap = new LinkedHashMap<>();
            heap.put("index", h.index());
            heap.put("region", h.region().getId());
            heap.put("size", h.region().getSize());
            heap.put("preAllocatedAddress", formatAddress(h.region().getBase()));
            heap.put("wasmAddress", formatAddress(h.wasmAddress()));
            if (h.next() >= 0) {
                heap.put("next", h.next());
            }
            heap.put("attachedBy", h.attachedBy().stream().map(w -> (Object) w.getId()).toList());
            list.add(heap);
        }
        return list;
    }
}
