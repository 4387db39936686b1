package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.core.generate.MarkdownText.code;
import static org.wasmpart.core.generate.MarkdownText.text;
import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.EntryCoverage;
import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.MmuMapping;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.PmpEntry;
import org.wasmpart.core.protection.PmsaV7Region;
import org.wasmpart.core.protection.PmsaV8Region;
import org.wasmpart.model.Grant;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * One module in the isolation report: its private memory, what it may reach and which grant gives
 * it, and the hardware entries that enforce that, each with what it matches, where it decides,
 * its decoded fields and its raw registers (the manifest's values).
 */
final class ModuleSection {

    private ModuleSection() {
    }

    static String of(GenerationInput input, WasmModule module) {
        StringBuilder s = new StringBuilder();
        s.append("### Module ").append(code(input.symbols().name(module))).append("\n\n");
        long size = ModuleAccess.privateSize(module);
        if (size > 0) {
            s.append("- private memory ").append(code(AddressSpan.of(module.getBase(), size).inclusive())).append(", ")
                    .append(ByteCount.of(size)).append(" (linear memory ").append(ByteCount.of(module.getLinearMemory()))
                    .append(", stack ").append(ByteCount.of(module.getStack())).append(", heap ")
                    .append(ByteCount.of(module.getHeap())).append(')');
            Designs.bankAt(input.design(), module.getBase())
                    .ifPresent(b -> s.append(" in bank ").append(text(label(b))).append(" (").append(code(b.getId()))
                            .append(')'));
            s.append(module.isLaidOut() ? ", placed by the layout\n" : ", placed by the design\n");
        } else {
            s.append("- no private memory\n");
        }
        List<HardwareEntry> entries = input.entries().get(module);
        input.unit().ifPresent(u -> s.append("- entries: ").append(entries.size()).append(" used of ")
                .append(u.available()).append(" available (entries ").append(u.firstFree()).append(" to ")
                .append(u.firstFree() + u.available() - 1).append(")\n"));
        input.heaps().flatMap(h -> h.attachedBy(module)).ifPresent(h -> s.append("- attaches WAMR shared heap ")
                .append(h.index()).append(" (region ").append(code(input.symbols().name(h.region())))
                .append("), seen from Wasm at ").append(code(formatAddress(h.wasmAddress()))).append('\n'));
        List<EntryCoverage> coverage = input.unit().map(u -> EntryCoverage.of(entries, u.granularity()))
                .orElse(List.of());

        s.append(input.unit().map(u -> u.firstFree() == 0 ? "\nWhat it may reach; every other address is denied to its"
                + " unprivileged code:\n\n" : "\nWhat it may reach; every other address is denied to its unprivileged"
                + " code unless a locked or reserved entry allows it (see above):\n\n")
                .orElse("\nWhat the design grants it; no protection unit enforces it:\n\n"));
        MarkdownTable reach = new MarkdownTable("lrllll", "range", "size", "access", "what", "given by", "entries");
        for (ModuleReach r : ModuleReach.of(module)) {
            reach.row(code(r.span().inclusive()), ByteCount.of(r.span().size()), r.access().name(),
                    what(input, module, r.grant()), given(r.grant()), enforcedBy(r, coverage, input.unit().isPresent()));
        }
        s.append(reach.render());

        if (input.unit().isPresent()) {
            s.append(entries.isEmpty() ? "\nIt programs no entries.\n"
                    : "\nIts entries, in programming order (" + precedence(entries.get(0)) + "):\n\n"
                            + entryTable(coverage));
        }
        return s.toString();
    }

    private static String what(GenerationInput input, WasmModule module, Grant grant) {
        if (grant == null) {
            return "private memory of " + code(input.symbols().name(module));
        }
        return switch (grant.getTarget()) {
            case Subpartition p -> "subpartition " + code(input.symbols().name(p)) + " of region "
                    + code(input.symbols().name(Designs.regionOf(p)));
            case SharedRegion r -> "region " + code(input.symbols().name(r));
            default -> throw new IllegalStateException("a grant on " + grant.getTarget());
        };
    }

    private static String given(Grant grant) {
        if (grant == null) {
            return "its own memory";
        }
        return "grant " + grant.getPermission().getLiteral() + ", role " + grant.getRole().getLiteral();
    }

    /** The entries that decide some of the range, or the reserved entry that serves it in every domain. */
    private static String enforcedBy(ModuleReach r, List<EntryCoverage> coverage, boolean unit) {
        if (!unit) {
            return "none: no protection unit";
        }
        if (r.servedBy() != null) {
            return "reserved entry " + text(r.servedBy().getPurpose()) + ", in every domain";
        }
        return coverage.stream().filter(c -> c.access() != Access.NONE && c.decides().stream().anyMatch(r.span()::overlaps))
                .map(c -> Integer.toString(c.entry().index())).collect(Collectors.joining(", "));
    }

    private static String precedence(HardwareEntry first) {
        return switch (first) {
            case PmpEntry p -> "PMP: the lowest-numbered entry that matches decides";
            case PmsaV7Region r -> "PMSAv7: the highest-numbered region that matches decides";
            case PmsaV8Region r -> "PMSAv8: an address two regions match faults";
            case MmuMapping m -> "MMU: mappings do not overlap";
        };
    }

    private static String entryTable(List<EntryCoverage> coverage) {
        MarkdownTable t = new MarkdownTable("rlllll", "entry", "matches", "decides", "access", "fields", "registers");
        for (EntryCoverage c : coverage) {
            HardwareEntry e = c.entry();
            t.row(Integer.toString(e.index()), spans(c.matched(), "nothing: gives entry " + (e.index() + 1)
                    + " its bottom"),
                    spans(c.decides(), "-"), c.matched().isEmpty() ? "-" : c.access() == Access.NONE ? "none (denies)"
                            : c.access().name(),
                    code(EntryFields.type(e) + " " + pairs(EntryFields.fields(e))),
                    code(e.registers().entrySet().stream().map(r -> r.getKey() + "=" + EntryFields.hex(r.getValue()))
                            .collect(Collectors.joining(" "))));
        }
        return t.render();
    }

    private static String spans(List<AddressSpan> spans, String none) {
        return spans.isEmpty() ? none : spans.stream().map(s -> code(s.inclusive())).collect(Collectors.joining(", "));
    }

    private static String pairs(Map<String, Object> fields) {
        return fields.entrySet().stream().map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining(" "));
    }
}
