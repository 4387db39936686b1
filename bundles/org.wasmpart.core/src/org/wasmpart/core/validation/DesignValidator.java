package org.wasmpart.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.ProtectionEncoders;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.Design;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.WasmModule;

/**
 * Every rule wasmpart knows, over a whole design: names, grants, placement, the memory option,
 * toolchains, access disciplines and — through the encoders — the protection unit's limits.
 */
public final class DesignValidator {

    private final List<DesignCheck> checks;
    private final EncodingCache cache = new EncodingCache();

    /**
     * A validator that keeps each module's last encoding: validating the same design again after
     * an edit re-encodes only the modules whose access or protection unit changed. Not thread-safe;
     * use one per editor or build.
     */
    public DesignValidator(Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.checks = checks(encoders, cache);
    }

    /** Every check, in the order findings of equal severity are reported. */
    static List<DesignCheck> checks(Function<ProtectionKind, ProtectionEncoder> encoders, EncodingCache cache) {
        return List.of(new NameCheck(), new GrantCheck(), new PlacementCheck(), new MemoryOptionCheck(),
                new ToolchainCheck(), new DisciplineCheck(), new SharedEntryCheck(),
                new ProtectionCheck(encoders, cache));
    }

    /** The validator with wasmpart's own encoders. */
    public static DesignValidator standard() {
        return new DesignValidator(ProtectionEncoders::forKind);
    }

    /** Entries every domain loses to the design's RTOS and runtime profiles under this kind of unit. */
    public static int reservedEntries(Design design, ProtectionKind kind) {
        return ProtectionCheck.reserved(design, kind);
    }

    /**
     * What the design's modules are encoded for (its protection unit less reserved and locked
     * entries); empty when no unit isolates them.
     */
    public static Optional<UnitParameters> unitParameters(Design design) {
        return ProtectionCheck.parameters(design);
    }

    /**
     * The encoding the protection check judges a module by, with wasmpart's own encoders; empty
     * when no unit isolates the design's modules or something the module reaches has no address.
     */
    public static Optional<Encoding> encoding(WasmModule module) {
        if (!(EcoreUtil.getRootContainer(module) instanceof Design design)) {
            return Optional.empty();
        }
        return unitParameters(design).flatMap(unit -> ModuleAccess.of(module)
                .map(access -> ProtectionEncoders.forKind(unit.kind()).encode(access, unit)));
    }

    /**
     * Whether the module needs more entries than are free wherever the layout places its memories:
     * its different kinds of access outnumber them ({@link ProtectionEncoder#entryFloor}), so no
     * layout can help; false when no unit isolates the design's modules.
     */
    public static boolean overBudgetAnywhere(WasmModule module) {
        if (!(EcoreUtil.getRootContainer(module) instanceof Design design)) {
            return false;
        }
        return unitParameters(design).map(unit -> ProtectionCheck.floor(module, ProtectionEncoders.forKind(unit.kind()))
                > unit.available()).orElse(false);
    }

    /** How many module encodings this validator has computed rather than reused. */
    public int encoderRuns() {
        return cache.encoderRuns();
    }

    /** All findings, most severe first, then in the order of the design. */
    public List<Finding> validate(Design design) {
        List<Finding> findings = new ArrayList<>();
        ValidationContext context = ValidationContext.of(design);
        cache.begin();
        for (DesignCheck check : checks) {
            check.check(context, findings);
        }
        cache.end();
        findings.sort(Comparator.comparing((Finding f) -> f.severity()).reversed());
        return findings;
    }
}
