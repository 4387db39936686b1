package org.wasmpart.core.matrix;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.Enforcement;
import org.wasmpart.model.Maturity;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.SecurityState;

/**
 * Every memory option against every catalog core: computed from the catalog's data (what each
 * option needs, what each core's protection unit offers), never written by hand. This answers
 * the SIG-Embedded action item of an option × hardware feasibility matrix.
 */
public final class OptionMatrix {

    /** One row: a core of a board, with the unit applications run under. */
    public record Row(Board board, Core core, ProtectionUnit unit, List<Feasibility> cells) {
    }

    private final List<MemoryOption> options;
    private final List<Row> rows;

    private OptionMatrix(List<MemoryOption> options, List<Row> rows) {
        this.options = options;
        this.rows = rows;
    }

    public static OptionMatrix of(BuiltInCatalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (Board board : catalog.boards()) {
            for (Core core : board.getCores()) {
                ProtectionUnit unit = applicationUnit(core);
                List<Feasibility> cells = catalog.memoryOptions().stream().map(o -> feasibility(o, unit)).toList();
                rows.add(new Row(board, core, unit, cells));
            }
        }
        return new OptionMatrix(List.copyOf(catalog.memoryOptions()), List.copyOf(rows));
    }

    public List<MemoryOption> options() {
        return options;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether and how an option works with a protection unit (null: the core has none). */
    public static Feasibility feasibility(MemoryOption option, ProtectionUnit unit) {
        ProtectionKind kind = unit == null ? ProtectionKind.NONE : unit.getKind();
        int free = freeEntries(unit);
        boolean hardware = usesHardware(option, unit);
        if (option.getMaturity() == Maturity.PROPOSAL) {
            return new Feasibility(false, Enforcement.NONE, free, "a proposal, in no runtime yet");
        }
        if (!option.isSharing()) {
            boolean protectedPrivately = kind != ProtectionKind.NONE && free != 0;
            return new Feasibility(true, protectedPrivately ? Enforcement.HARDWARE : Enforcement.SOFTWARE, free,
                    "nothing shared; the runtime's bounds checks isolate");
        }
        if (option.getEnforcement() == Enforcement.HARDWARE) {
            if (hardware) {
                return new Feasibility(true, Enforcement.HARDWARE, free, "per-module entries");
            }
            return new Feasibility(false, Enforcement.NONE, free, why(option, kind, unit));
        }
        if (hardware) {
            return new Feasibility(true, Enforcement.HARDWARE, free, "entries add per-module R/RW");
        }
        if (option.isPerModuleReadOnly()) {
            return new Feasibility(true, Enforcement.SOFTWARE, free, "the runtime enforces R/RW");
        }
        return new Feasibility(true, Enforcement.NONE, free, "shared, but R/RW not enforced per module"
                + (kind != ProtectionKind.NONE && free == 0 ? " (all " + unit.getEntryCount() + " entries locked)" : ""));
    }

    /**
     * Whether the option can use the unit to enforce per-module permissions: the option knows the
     * unit's kind and the platform has left entries free.
     */
    public static boolean usesHardware(MemoryOption option, ProtectionUnit unit) {
        return unit != null && option.getProtectionKinds().contains(unit.getKind()) && freeEntries(unit) != 0;
    }

    /** Entries the platform leaves to applications: -1 for an MMU (pages, no count), 0 without a unit. */
    private static int freeEntries(ProtectionUnit unit) {
        if (unit == null || unit.getKind() == ProtectionKind.NONE) {
            return 0;
        }
        return unit.getKind() == ProtectionKind.MMU ? -1 : UnitParameters.of(unit, 0).available();
    }

    private static String why(MemoryOption option, ProtectionKind kind, ProtectionUnit unit) {
        if (option.getProtectionKinds().contains(kind)) {
            return "all " + unit.getEntryCount() + " " + kind.getLiteral() + " entries are locked";
        }
        return "needs " + option.getProtectionKinds().stream().map(ProtectionKind::getLiteral)
                .collect(Collectors.joining("/")) + (kind == ProtectionKind.NONE ? ", the core has no protection unit"
                        : ", the core has " + kind.getLiteral());
    }

    /** On a core with secure and non-secure units, applications run non-secure. */
    private static ProtectionUnit applicationUnit(Core core) {
        return core.getProtectionUnits().stream().filter(u -> u.getSecurityState() == SecurityState.NON_SECURE)
                .findFirst().or(() -> core.getProtectionUnits().stream().findFirst()).orElse(null);
    }

    /** What an option asks of the runtime, for the table's header notes. */
    public static String runtimeNeeds(MemoryOption option) {
        List<String> needs = new ArrayList<>();
        if (!option.getRuntimes().isEmpty()) {
            needs.add(option.getRuntimes().stream().map(r -> r.getLiteral()).collect(Collectors.joining("/")));
        }
        for (RuntimeCapability c : option.getRequiredCapabilities()) {
            needs.add(c.getLiteral());
        }
        option.getRequiredFeatures().forEach(f -> needs.add(f.getLiteral()));
        return needs.isEmpty() ? "any runtime" : String.join(", ", needs);
    }

    public static String rowLabel(Row row) {
        return label(row.board()) + " / " + label(row.core());
    }
}
