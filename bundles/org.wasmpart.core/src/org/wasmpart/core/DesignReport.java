package org.wasmpart.core;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.stream.Collectors;

import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.WasmModule;

/** A plain-text account of a design: what {@code wasmpart info} prints. */
public final class DesignReport {

    private DesignReport() {
    }

    public static String of(Design design) {
        StringBuilder b = new StringBuilder();
        b.append("Design    ").append(label(design)).append(" [").append(design.getId()).append("]\n");
        if (design.getDescription() != null) {
            b.append("          ").append(design.getDescription()).append('\n');
        }
        Board board = design.getBoard();
        b.append("Board     ").append(label(board)).append(" — ").append(nullToDash(board.getVendor())).append(' ')
                .append(nullToDash(board.getPart())).append(" [").append(board.getId()).append("]\n");
        Designs.core(design).ifPresent(core -> b.append("Core      ").append(label(core)).append(", ")
                .append(core.getArchitecture().getLiteral()).append('\n'));
        Designs.protectionUnit(design).ifPresent(pu -> b.append("Protects  ").append(describe(pu)).append('\n'));
        b.append("Runtime   ").append(label(design.getRuntime())).append(" [").append(design.getRuntime().getId())
                .append("]\n");
        if (!design.getProfiles().isEmpty()) {
            b.append("Profiles  ").append(design.getProfiles().stream().map(p -> label(p) + " [" + p.getId() + "]")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        b.append("Sharing   ").append(label(design.getMemoryOption())).append(" [")
                .append(design.getMemoryOption().getId()).append("]\n");

        TextTable banks = new TextTable("bank", "kind", "base", "end", "size", "exec");
        for (MemoryBank bank : board.getBanks()) {
            banks.row(label(bank), bank.getKind().getLiteral(), formatAddress(bank.getBase()),
                    formatAddress(bank.getBase() + bank.getSize() - 1), bytes(bank.getSize()),
                    bank.isExecutable() ? "yes" : "no");
        }
        b.append("\nMemory banks (").append(banks.size()).append(")\n").append(banks.render("  "));

        TextTable modules = new TextTable("module", "toolchain", "linear memory", "stack", "heap", "bank");
        for (WasmModule m : design.getModules()) {
            modules.row(label(m), toolchain(m.getToolchain()), bytes(m.getLinearMemory()),
                    bytes(m.getStack()), bytes(m.getHeap()), m.getBank() == null ? "-" : label(m.getBank()));
        }
        b.append("\nModules (").append(modules.size()).append(")\n").append(modules.render("  "));

        TextTable regions = new TextTable("region", "size", "base", "bank", "discipline");
        for (SharedRegion r : design.getRegions()) {
            regions.row(label(r), bytes(r.getSize()), r.isSetBase() ? formatAddress(r.getBase()) : "(layout)",
                    r.getBank() == null ? "-" : label(r.getBank()), discipline(r.getDiscipline()));
            for (Subpartition s : r.getSubpartitions()) {
                regions.row("  ." + label(s), bytes(s.getSize()), "+" + bytes(s.getOffset()), "", "");
            }
        }
        b.append("\nShared regions (").append(design.getRegions().size()).append(")\n").append(regions.render("  "));

        b.append("\nGrants (module × region: R, RW, RX, RWX; - none)\n").append(PermissionMatrix.of(design).render("  "));
        return b.toString();
    }

    static String describe(ProtectionUnit pu) {
        StringBuilder b = new StringBuilder(label(pu)).append(": ").append(pu.getKind().getLiteral());
        if (pu.getSecurityState() != org.wasmpart.model.SecurityState.NONE) {
            b.append(" (").append(pu.getSecurityState().getLiteral()).append(')');
        }
        switch (pu.getKind()) {
            case NONE -> b.append(", no hardware isolation");
            case MMU -> b.append(", pages of ").append(formatSize(pu.getPageSize()));
            default -> {
                b.append(", ").append(Facts.mark(pu, "entryCount", pu.getEntryCount())).append(" entries");
                if (pu.getLockedEntries() > 0) {
                    b.append(" (").append(Facts.mark(pu, "lockedEntries", pu.getLockedEntries())).append(" locked)");
                }
                if (pu.getMinRegionSize() > 0) {
                    b.append(", min ").append(bytes(pu.getMinRegionSize()));
                }
                if (pu.getGranularity() > 0) {
                    b.append(", granule ").append(bytes(pu.getGranularity()));
                }
                if (pu.getSubregions() > 0) {
                    b.append(", ").append(pu.getSubregions()).append(" subregions");
                }
                if (pu.getKind() == org.wasmpart.model.ProtectionKind.PMP && !pu.isTorSupported()) {
                    b.append(", NAPOT only");
                }
                b.append(", overlap: ").append(pu.getOverlap().getLiteral());
            }
        }
        return b.toString();
    }

    private static String toolchain(Toolchain t) {
        if (t == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(t.getKind().getLiteral());
        if (t.getVersion() != null) {
            b.append(' ').append(t.getVersion());
        }
        if (t.getChannel() != org.wasmpart.model.ReleaseChannel.STABLE) {
            b.append(' ').append(t.getChannel().getLiteral());
        }
        return b.toString();
    }

    private static String discipline(AccessDiscipline d) {
        if (d == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(d.getKind().getLiteral());
        if (d.getWriter() != null) {
            b.append(" writer=").append(label(d.getWriter()));
        }
        if (d.getProducer() != null) {
            b.append(" producer=").append(label(d.getProducer()));
        }
        if (d.getConsumer() != null) {
            b.append(" consumer=").append(label(d.getConsumer()));
        }
        return b.toString();
    }

    /** A size with its unit: "32 B", "4 KiB". */
    static String bytes(long size) {
        String s = formatSize(size);
        return Character.isDigit(s.charAt(s.length() - 1)) ? s + " B" : s;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
