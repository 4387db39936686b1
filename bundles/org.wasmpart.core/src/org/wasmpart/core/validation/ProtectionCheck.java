package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.Designs;
import org.wasmpart.core.matrix.OptionMatrix;
import org.wasmpart.core.protection.AccessRange;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.Design;
import org.wasmpart.model.Enforcement;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * Asks the encoder of the design's protection unit, module by module, whether the module's
 * access can be given exactly within its budget; without a unit, whether anything relies on one.
 */
final class ProtectionCheck implements DesignCheck {

    private final Function<ProtectionKind, ProtectionEncoder> encoders;
    private final EncodingCache cache;

    ProtectionCheck(Function<ProtectionKind, ProtectionEncoder> encoders, EncodingCache cache) {
        this.encoders = encoders;
        this.cache = cache;
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        ProtectionKind kind = Designs.protectionUnit(design).map(ProtectionUnit::getKind).orElse(ProtectionKind.NONE);
        if (kind == ProtectionKind.NONE) {
            noHardware(context, design.getMemoryOption(), findings);
            return;
        }
        Optional<UnitParameters> isolating = parameters(design);
        if (isolating.isEmpty()) {
            return;
        }
        UnitParameters parameters = isolating.get();
        if (parameters.available() == 0 && !design.getModules().isEmpty()) {
            findings.add(Finding.of(DiagnosticCode.NO_FREE_ENTRIES, design, label(design.getBoard()) + " has "
                    + parameters.entryCount() + " " + kind.getLiteral() + " entries, but " + parameters.lockedEntries()
                    + " are locked by the platform and " + parameters.reserved() + " reserved by the RTOS and runtime"
                    + " profiles: no module can be isolated; free entries (e.g. a bootloader that does not lock them)"
                    + " or drop a profile's reservations", Map.of("entries", parameters.entryCount(),
                            "locked", parameters.lockedEntries(), "reserved", parameters.reserved())));
            return;
        }
        ProtectionEncoder encoder = encoders.apply(kind);
        for (WasmModule m : design.getModules()) {
            EncodingCache.Entry entry = context.changed(m) ? cache.refresh(m, parameters, encoder)
                    : cache.reuse(m, parameters, encoder);
            if (entry.access().isEmpty()) {
                findings.add(unplaced(m, parameters, encoder));
                continue;
            }
            if (entry.encoding() instanceof Encoding.Infeasible failure) {
                findings.add(finding(m, failure, parameters, encoder));
            }
        }
    }

    /**
     * What the design's modules are encoded for: its protection unit less the entries every domain
     * loses to profiles and reservations; empty when no unit isolates the modules (there is none,
     * or the memory option enforces nothing with it).
     */
    static Optional<UnitParameters> parameters(Design design) {
        Optional<ProtectionUnit> unit = Designs.protectionUnit(design).filter(u -> u.getKind() != ProtectionKind.NONE);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        ProtectionKind kind = unit.get().getKind();
        MemoryOption option = design.getMemoryOption();
        boolean needsHardware = option == null || option.getEnforcement() == Enforcement.HARDWARE;
        if (!needsHardware && !OptionMatrix.usesHardware(option, unit.get())) {
            return Optional.empty();
        }
        if (option != null && !option.getProtectionKinds().isEmpty() && !option.getProtectionKinds().contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(UnitParameters.of(unit.get(), reserved(design, kind)));
    }

    /** Entries every domain loses to the RTOS and the runtime under this kind of unit. */
    static int reserved(Design design, ProtectionKind kind) {
        int count = 0;
        for (ReservedEntryProfile p : design.getProfiles()) {
            count += reserved(p.getEntries(), kind);
        }
        return count + reserved(design.getReservations(), kind);
    }

    private static int reserved(List<ReservedEntry> entries, ProtectionKind kind) {
        return entries.stream().filter(e -> Designs.appliesTo(e, kind)).mapToInt(ReservedEntry::getCount).sum();
    }

    /**
     * A module the layout has still to place: over its budget already when the different kinds of
     * access it has need more entries than are free, wherever its memories go; else counted once
     * placed.
     */
    private static Finding unplaced(WasmModule m, UnitParameters unit, ProtectionEncoder encoder) {
        String entries = unit.kind().getLiteral() + " entries";
        int floor = floor(m, encoder);
        if (floor <= unit.available()) {
            return Finding.of(DiagnosticCode.LAYOUT_PENDING, m, "module " + label(m) + " or a region it is granted"
                    + " has no address yet: its " + entries + " are counted once every memory it reaches has a base",
                    Map.of("module", m.getId()));
        }
        return Finding.of(DiagnosticCode.BUDGET_EXCEEDED, m, "module " + label(m) + " needs at least " + floor + " "
                + entries + " wherever the layout places its memories (they have " + floor + " different "
                + encoder.entryKinds() + ", and an entry holds one), but only " + unit.available() + " of "
                + unit.entryCount() + " are free (" + unit.taken() + "): grant fewer different permissions,"
                + " serve a shared region from a reserved entry, or reserve fewer entries",
                Map.of("module", m.getId(), "needed", floor, "available", unit.available(), "reserved",
                        unit.reserved(), "locked", unit.lockedEntries(), "floor", true));
    }

    /** The fewest entries the module needs wherever its memories are placed. */
    static int floor(WasmModule m, ProtectionEncoder encoder) {
        return encoder.entryFloor(ModuleAccess.anywhere(m));
    }

    private static Finding finding(WasmModule m, Encoding.Infeasible failure, UnitParameters unit,
            ProtectionEncoder encoder) {
        String prefix = "module " + label(m) + ": ";
        return switch (failure.reason()) {
            case BUDGET_EXCEEDED -> Finding.of(DiagnosticCode.BUDGET_EXCEEDED, m, prefix + failure.message(),
                    Map.of("module", m.getId(), "needed", failure.needed(), "available", failure.available(),
                            "reserved", unit.reserved(), "locked", unit.lockedEntries()));
            case NO_FREE_ENTRIES -> Finding.of(DiagnosticCode.NO_FREE_ENTRIES, m, prefix + failure.message(),
                    Map.of("module", m.getId(), "entries", unit.entryCount(), "reserved", unit.reserved(),
                            "locked", unit.lockedEntries()));
            case MISALIGNED -> Finding.of(DiagnosticCode.ENTRY_MISALIGNED, owner(m, failure.range(), encoder.granule(unit)),
                    prefix + failure.message(), misalignment(failure.range(), unit, encoder));
            case NO_HARDWARE_PROTECTION -> Finding.of(DiagnosticCode.NO_HARDWARE_PROTECTION, m,
                    prefix + failure.message(), Map.of("module", m.getId()));
        };
    }

    private static Map<String, Object> misalignment(AccessRange range, UnitParameters unit, ProtectionEncoder encoder) {
        if (range == null) {
            return Map.of();
        }
        return Map.of("base", range.base(), "size", range.size(), "granularity", encoder.granule(unit));
    }

    /**
     * What a misaligned range comes from: among what the module is granted, the target with an
     * edge off the granule inside the range (a region before its subpartitions); else the module,
     * whose private memory it is.
     */
    private static EObject owner(WasmModule module, AccessRange range, long granule) {
        if (range == null) {
            return module;
        }
        EObject found = null;
        for (Grant g : module.getGrants()) {
            Shareable t = g.getTarget();
            Optional<Long> base = t == null ? Optional.empty() : ModuleAccess.baseOf(t);
            if (base.isEmpty()) {
                continue;
            }
            long end = base.get() + t.getSize();
            boolean badStart = base.get() % granule != 0 && base.get() >= range.base() && base.get() < range.end();
            boolean badEnd = end % granule != 0 && end > range.base() && end <= range.end();
            if ((badStart || badEnd) && (found == null || (found instanceof Subpartition && t instanceof SharedRegion))) {
                found = t;
            }
        }
        return found != null ? found : module;
    }

    private static void noHardware(ValidationContext context, MemoryOption option, List<Finding> findings) {
        Design design = context.design();
        if (option != null && option.isPerModuleReadOnly()) {
            return;
        }
        for (SharedRegion r : design.getRegions()) {
            if (MemoryOptionCheck.readOnlyBesideWriter(context.grants(), r)) {
                findings.add(Finding.of(DiagnosticCode.NO_HARDWARE_PROTECTION, r, "region " + label(r) + " is"
                        + " read-only for some modules and writable for others, but " + label(design.getBoard())
                        + " has no protection unit" + (option == null ? "" : " and " + label(option) + " does not"
                                + " enforce read-only access in software")
                        + ": every module that reaches it can write it; grant RW to all or pick a board with an MPU",
                        Map.of("region", r.getId())));
            }
        }
    }
}
