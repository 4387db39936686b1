package org.wasmpart.core;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.WasmpartPackage;

/** Plain-text views of the built-in catalog: what {@code wasmpart catalog} prints. */
public final class CatalogReport {

    private CatalogReport() {
    }

    public static String overview(BuiltInCatalog catalog) {
        StringBuilder b = new StringBuilder();
        TextTable boards = new TextTable("board", "part", "core", "protection", "entries", "RAM");
        for (Board board : catalog.boards()) {
            for (Core core : board.getCores()) {
                String kinds = core.getProtectionUnits().stream()
                        .map(pu -> pu.getKind().getLiteral()
                                + (pu.getSecurityState() == org.wasmpart.model.SecurityState.NONE ? ""
                                        : "/" + pu.getSecurityState().getLiteral()))
                        .collect(Collectors.joining(" + "));
                String entries = core.getProtectionUnits().stream().map(CatalogReport::entries)
                        .collect(Collectors.joining(" + "));
                boards.row(board.getId(), nullToDash(board.getPart()), label(core) + " (" + core.getArchitecture().getLiteral() + ")",
                        kinds.isEmpty() ? "none" : kinds, entries.isEmpty() ? "-" : entries, DesignReport.bytes(Designs.ramSize(board)));
            }
        }
        b.append("Boards (").append(catalog.boards().size()).append(")\n").append(boards.render("  "));

        TextTable runtimes = new TextTable("runtime", "name", "mode", "features");
        for (RuntimeProfile r : catalog.runtimes()) {
            runtimes.row(r.getId(), label(r), r.getExecutionMode().getLiteral(),
                    r.getFeatures().stream().map(f -> f.getLiteral()).collect(Collectors.joining(",")));
        }
        b.append("\nRuntime profiles (").append(catalog.runtimes().size()).append(")\n").append(runtimes.render("  "));

        TextTable profiles = new TextTable("profile", "name", "kind", "reserved entries");
        for (ReservedEntryProfile p : catalog.profiles()) {
            profiles.row(p.getId(), label(p), p.getKind().getLiteral(),
                    p.getEntries().stream().map(e -> e.getCount() + "× " + e.getPurpose()).collect(Collectors.joining("; ")));
        }
        b.append("\nRTOS and runtime profiles (").append(catalog.profiles().size()).append(")\n")
                .append(profiles.render("  "));

        TextTable options = new TextTable("memory option", "name", "maturity", "enforcement", "sharing");
        for (MemoryOption o : catalog.memoryOptions()) {
            options.row(o.getId(), label(o), o.getMaturity().getLiteral(), o.getEnforcement().getLiteral(),
                    o.isSharing() ? "yes" : "no");
        }
        b.append("\nMemory options (").append(catalog.memoryOptions().size()).append(")\n").append(options.render("  "));
        b.append("\nDetails and sources: wasmpart catalog --board ID\n");
        return b.toString();
    }

    public static String board(Board board) {
        StringBuilder b = new StringBuilder();
        b.append(label(board)).append(" [").append(board.getId()).append("]\n");
        facts(b, board, "  ");
        for (Core core : board.getCores()) {
            b.append("  Core ").append(label(core)).append(" [").append(core.getId()).append("]\n");
            facts(b, core, "    ");
            for (ProtectionUnit pu : core.getProtectionUnits()) {
                b.append("    Protection unit ").append(DesignReport.describe(pu)).append(" [").append(pu.getId())
                        .append("]\n");
                facts(b, pu, "      ");
            }
        }
        for (MemoryBank bank : board.getBanks()) {
            b.append("  Bank ").append(label(bank)).append(" [").append(bank.getId()).append("] ")
                    .append(formatAddress(bank.getBase())).append(", ").append(DesignReport.bytes(bank.getSize()))
                    .append(", ").append(bank.getKind().getLiteral()).append(bank.isExecutable() ? ", executable" : "")
                    .append('\n');
            facts(b, bank, "    ");
        }
        return b.toString();
    }

    /**
     * Any catalog object (a runtime profile, a memory option, a reserved-entry profile) with its
     * facts and their sources, unverified ones marked, as {@link #board} shows a board.
     */
    public static <T extends Identified & Sourced> String sourced(T object) {
        StringBuilder b = new StringBuilder();
        b.append(label(object)).append(" [").append(object.getId()).append("]\n");
        facts(b, object, "  ");
        return b.toString();
    }

    private static void facts(StringBuilder b, Sourced object, String indent) {
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (isDescriptive(a) || !object.eIsSet(a)) {
                continue;
            }
            b.append(indent).append(a.getName()).append(" = ").append(value(object, a))
                    .append(Facts.isVerified(object, a.getName()) ? "" : "  (unverified)").append('\n');
        }
        for (Source s : object.getSources()) {
            b.append(indent).append(s.isVerified() ? "source: " : "source (unverified): ").append(s.getUrl());
            if (s.getSection() != null) {
                b.append(", ").append(s.getSection());
            }
            b.append("  [").append(String.join(", ", s.getFacts())).append(']');
            if (s.getNote() != null) {
                b.append(" — ").append(s.getNote());
            }
            b.append('\n');
        }
    }

    /** Attributes that name or describe an object rather than state a fact about the hardware. */
    static boolean isDescriptive(EAttribute a) {
        return a == WasmpartPackage.Literals.IDENTIFIED__ID || a == WasmpartPackage.Literals.IDENTIFIED__NAME
                || a == WasmpartPackage.Literals.IDENTIFIED__DESCRIPTION;
    }

    private static String value(EObject object, EAttribute a) {
        if (a.isMany()) {
            return ((java.util.List<?>) object.eGet(a)).stream()
                    .map(v -> org.eclipse.emf.ecore.util.EcoreUtil.convertToString(a.getEAttributeType(), v))
                    .collect(Collectors.joining(", "));
        }
        return org.eclipse.emf.ecore.util.EcoreUtil.convertToString(a.getEAttributeType(), object.eGet(a));
    }

    private static String entries(ProtectionUnit pu) {
        return switch (pu.getKind()) {
            case NONE -> "-";
            case MMU -> "pages";
            default -> pu.getLockedEntries() > 0 ? pu.getEntryCount() + " (" + pu.getLockedEntries() + " locked)"
                    : Integer.toString(pu.getEntryCount());
        };
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
