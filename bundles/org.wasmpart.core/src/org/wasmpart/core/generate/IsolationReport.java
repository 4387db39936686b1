package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.core.generate.MarkdownText.code;
import static org.wasmpart.core.generate.MarkdownText.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wasmpart.core.Designs;
import org.wasmpart.core.PermissionMatrix;
import org.wasmpart.core.protection.ServedRegions;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.Design;
import org.wasmpart.model.Identified;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.SecurityState;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * report/isolation.md: who can reach what, through which grant and which hardware entries, what
 * the RTOS and runtime take, what the layout wasted and which facts are unconfirmed; written to be
 * attached to security documentation. Every number comes from the same {@link GenerationInput} as
 * the manifest, so the two agree.
 */
final class IsolationReport {

    private IsolationReport() {
    }

    static String of(GenerationInput input) {
        Design d = input.design();
        List<BankUse> banks = BankUse.of(d, input.waste());
        StringBuilder s = new StringBuilder();
        // a comment, so the notice is in the file without showing in the rendered document
        s.append("<!--\n").append(Banner.NOTICE).append("\ndesign sha256 ").append(input.sha256()).append("\n-->\n\n");
        s.append("# Isolation report: ").append(text(label(d))).append("\n\n");
        s.append("""
                What each WebAssembly module of the design can reach, what gives it that access, which \
                hardware entries enforce it, and what the layout costs in memory. Written by the same \
                generation as `wasmpart-manifest.json`, from the same computation: addresses and entries \
                are the manifest's. The memory map is [memory-map.svg](memory-map.svg).

                """);
        s.append(design(input)).append('\n');
        s.append(reservations(input)).append('\n');
        s.append("## Modules\n\n").append(scope(input)).append('\n');
        for (WasmModule m : d.getModules()) {
            s.append(ModuleSection.of(input, m)).append('\n');
        }
        s.append(matrix(input)).append('\n');
        s.append(MemorySection.of(input, banks)).append('\n');
        s.append(NotesSection.of(input, CatalogNotes.of(d, banks)));
        return s.toString();
    }

    private static String design(GenerationInput input) {
        Design d = input.design();
        MarkdownTable t = new MarkdownTable("ll", "", "");
        t.row("design", named(d));
        t.row("design sha256", code(input.sha256()));
        t.row("board", named(d.getBoard()) + ", " + text(orDash(d.getBoard().getVendor())) + " "
                + text(orDash(d.getBoard().getPart())));
        Designs.core(d).ifPresent(c -> t.row("core", named(c) + ", " + c.getArchitecture().getLiteral() + ", cpu "
                + text(orDash(c.getCpu()))));
        Designs.protectionUnit(d).ifPresent(u -> t.row("protection unit", named(u) + ": " + unit(u, input)));
        t.row("runtime", named(d.getRuntime()));
        t.row("memory option", named(d.getMemoryOption()) + ", enforced by "
                + d.getMemoryOption().getEnforcement().getLiteral());
        if (!d.getProfiles().isEmpty()) {
            t.row("RTOS and runtime profiles",
                    d.getProfiles().stream().map(IsolationReport::named).collect(Collectors.joining(", ")));
        }
        return "## Design\n\n" + t.render();
    }

    private static String unit(ProtectionUnit pu, GenerationInput input) {
        return input.unit().map(u -> u.kind().getLiteral() + (pu.getSecurityState() == SecurityState.NONE ? ""
                : " (" + pu.getSecurityState().getLiteral() + ")") + ", " + u.entryCount() + " entries, "
                + u.lockedEntries() + " locked, " + u.reserved() + " reserved, " + u.available()
                + " per module from entry " + u.firstFree())
                .orElse(pu.getKind().getLiteral() + ", not used to isolate the modules: nothing in this report is"
                        + " enforced by hardware");
    }

    private static String reservations(GenerationInput input) {
        StringBuilder s = new StringBuilder("## Reserved entries\n\n");
        if (input.unit().isEmpty()) {
            return s.append("No protection unit isolates the modules, so nothing is reserved.\n").toString();
        }
        UnitParameters u = input.unit().get();
        s.append("What the RTOS and the runtime take from every module's budget under ").append(u.kind().getLiteral())
                .append(": ").append(u.reserved()).append(" reserved and ").append(u.lockedEntries())
                .append(" locked of ").append(u.entryCount()).append(" entries leave ").append(u.available())
                .append(" to each module.\n\n");
        MarkdownTable t = new MarkdownTable("llrl", "reserved by", "purpose", "entries", "note");
        for (ReservedEntryProfile p : input.design().getProfiles()) {
            reserved(t, "profile " + named(p), p.getEntries(), u.kind());
        }
        reserved(t, "the design", input.design().getReservations(), u.kind());
        return s.append(t.isEmpty() ? "No profile or reservation of the design takes an entry under this unit.\n"
                : t.render()).toString();
    }

    private static void reserved(MarkdownTable t, String by, List<ReservedEntry> entries, ProtectionKind kind) {
        for (ReservedEntry e : entries) {
            if (Designs.appliesTo(e, kind)) {
                String serves = e.getRegion() == null ? ""
                        : "; serves region " + code(label(e.getRegion())) + " in every domain";
                t.row(by, text(e.getPurpose()) + serves, Integer.toString(e.getCount()),
                        e.getNote() == null ? "" : text(e.getNote()));
            }
        }
    }

    /** What the entries restrict and where entries outside the modules' own still decide. */
    private static String scope(GenerationInput input) {
        if (input.unit().isEmpty()) {
            return "No protection unit isolates the modules: what follows is what the design grants, enforced"
                    + " only as the memory option enforces it.\n";
        }
        UnitParameters u = input.unit().get();
        String mode = switch (u.kind()) {
            case PMP -> "U-mode";
            case MMU -> "user mode, PL0";
            default -> "unprivileged Thread mode";
        };
        String s = "The entries restrict unprivileged code (" + mode + "); the RTOS and the runtime run privileged"
                + " and are not restricted by them.";
        if (u.firstFree() == 0) {
            return s + "\n";
        }
        String below = " Entries 0 to " + (u.firstFree() - 1) + " are locked or reserved, numbered below every"
                + " module's";
        return s + switch (u.kind()) {
            case PMP -> below + ", so they decide first wherever they match: what they allow U-mode, every module"
                    + " gets. Check them against this report.\n";
            case PMSA_V7 -> below + ": a module's region overrides them where both match, but where only they"
                    + " match they decide, and what they allow unprivileged code, every module gets.\n";
            case PMSA_V8 -> below + ": where one of them overlaps a module's region, the overlap faults.\n";
            default -> "\n";
        };
    }

    private static String matrix(GenerationInput input) {
        Design d = input.design();
        StringBuilder s = new StringBuilder("## Permission matrix\n\n");
        List<Shareable> columns = PermissionMatrix.columns(d);
        if (columns.isEmpty()) {
            return s.append("The design has no shared regions: each module reaches only its private memory.\n")
                    .toString();
        }
        s.append("Modules (rows) by regions and subpartitions (columns): R, RW, RX, RWX, or - for none.");
        Set<SharedRegion> served = ServedRegions.of(d).keySet();
        if (!served.isEmpty()) {
            s.append(" A cell marked *reserved* is served by a reserved entry in every domain, not by the module's"
                    + " own entries.");
        }
        s.append("\n\n");
        String[] header = new String[columns.size() + 1];
        header[0] = "module";
        for (int i = 0; i < columns.size(); i++) {
            Shareable c = columns.get(i);
            header[i + 1] = c instanceof SharedRegion ? code(input.symbols().name(c))
                    : code(input.symbols().name(Designs.regionOf(c)) + "." + input.symbols().name(c));
        }
        MarkdownTable t = new MarkdownTable("l".repeat(header.length), header);
        for (WasmModule m : d.getModules()) {
            String[] row = new String[header.length];
            row[0] = code(input.symbols().name(m));
            for (int i = 0; i < columns.size(); i++) {
                String cell = PermissionMatrix.cell(m, columns.get(i));
                row[i + 1] = served.contains(Designs.regionOf(columns.get(i))) && !cell.equals("-")
                        ? cell + " *reserved*" : cell;
            }
            t.row(row);
        }
        return s.append(t.render()).toString();
    }

    /** A design or catalog object as "name (`id`)". */
    static String named(Identified o) {
        return text(label(o)) + " (" + code(o.getId()) + ")";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
