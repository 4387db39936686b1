package org.wasmpart.core.layout;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.Designs;
import org.wasmpart.core.fix.DesignEdit;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AccessRange;
import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.ProtectionEncoders;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.BankKind;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * A first, greedy layout: places every module memory and region without a fixed base into free
 * space of its bank, aligned to the protection unit's granule, regions grouped so that those a
 * module reaches with the same rights sit next to each other (one entry can then cover them).
 * Sizes are rounded up to the granule: a resizable region grows, a module's stack takes the
 * rest of its rounded private memory (stacks are the part a module can always use more of).
 * It reports its waste and each module's entries against lower bounds, so the gap is visible.
 * Later increments search harder (subregion-aware PMSAv7 placement, an exact mode).
 */
public final class LayoutSolver {

    /** Alignment used where no protection unit dictates one. */
    private static final long DEFAULT_ALIGNMENT = 8;

    private final Function<ProtectionKind, ProtectionEncoder> encoders;

    public LayoutSolver(Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.encoders = encoders;
    }

    public static LayoutSolver standard() {
        return new LayoutSolver(ProtectionEncoders::forKind);
    }

    /** Plans a layout without changing the design. */
    public LayoutResult solve(Design design) {
        Optional<ProtectionUnit> unit = Designs.protectionUnit(design);
        ProtectionKind kind = unit.map(ProtectionUnit::getKind).orElse(ProtectionKind.NONE);
        UnitParameters parameters = unit.map(u -> UnitParameters.of(u, DesignValidator.reservedEntries(design, kind)))
                .orElse(null);
        ProtectionEncoder encoder = encoders.apply(kind);
        long granule = parameters == null || kind == ProtectionKind.NONE ? DEFAULT_ALIGNMENT
                : Math.max(DEFAULT_ALIGNMENT, encoder.granule(parameters));

        Map<MemoryBank, FreeSpace> free = freeSpace(design);
        List<Placement> placements = new ArrayList<>();
        Map<EObject, String> unplaced = new LinkedHashMap<>();
        long wasteBound = 0;
        for (EObject item : order(design)) {
            long asked = item instanceof WasmModule m ? ModuleAccess.privateSize(m) : ((SharedRegion) item).getSize();
            boolean resizable = !(item instanceof SharedRegion r) || r.isResizable();
            long size = resizable ? Math.ceilDiv(asked, granule) * granule : asked;
            wasteBound += Math.ceilDiv(asked, granule) * granule - asked;
            MemoryBank bank = bankOf(design, item);
            long[] fit = bank == null || free.get(bank) == null ? null : free.get(bank).firstFit(size, granule);
            if (bank == null || fit == null) {
                unplaced.put(item, bank == null ? "no RAM bank to put it in"
                        : "no free " + size + " bytes left in " + label(bank));
                continue;
            }
            free.get(bank).take(fit[0], fit[0] + size);
            placements.add(new Placement(item, bank, fit[0], size, size - asked + fit[1]));
        }
        long waste = placements.stream().mapToLong(Placement::waste).sum();
        Map<WasmModule, Integer> entries = new LinkedHashMap<>();
        Map<WasmModule, Integer> bound = new LinkedHashMap<>();
        costs(design, placements, parameters, encoder, entries, bound);
        return new LayoutResult(List.copyOf(placements), unplaced, waste, wasteBound, entries, bound);
    }

    /** The command that writes a planned layout into the design; undo takes it back. */
    public static Command apply(LayoutResult result, Design design) {
        return DesignEdit.of("Lay out " + result.placements().size() + " memories", design, d -> {
            for (Placement p : result.placements()) {
                place(p.owner(), p);
            }
        });
    }

    /** Gives a module or region (the planned one, or its copy) the placement's bank, base and size. */
    private static void place(EObject target, Placement p) {
        switch (target) {
            case WasmModule m -> {
                m.setStack(m.getStack() + p.size() - ModuleAccess.privateSize(m));
                m.setBase(p.base());
                m.setBank(p.bank());
            }
            case SharedRegion r -> {
                r.setBase(p.base());
                r.setSize(p.size());
                r.setBank(p.bank());
            }
            default -> throw new IllegalStateException(target.toString());
        }
    }

    /** Module memories first, then regions: by the first module that reaches them, their rights, size. */
    private static List<EObject> order(Design design) {
        List<EObject> items = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            if (!m.isSetBase() && ModuleAccess.privateSize(m) > 0) {
                items.add(m);
            }
        }
        List<SharedRegion> regions = new ArrayList<>();
        for (SharedRegion r : design.getRegions()) {
            if (!r.isSetBase() && r.getSize() > 0) {
                regions.add(r);
            }
        }
        // one pass over the grants: for each region, the modules (by index) and rights that reach it
        Map<SharedRegion, StringBuilder> signature = new IdentityHashMap<>();
        Map<SharedRegion, Integer> firstModule = new IdentityHashMap<>();
        for (int i = 0; i < design.getModules().size(); i++) {
            for (Grant g : design.getModules().get(i).getGrants()) {
                SharedRegion r = Designs.regionOf(g.getTarget());
                if (r != null) {
                    signature.computeIfAbsent(r, k -> new StringBuilder()).append(i).append(':')
                            .append(g.getPermission().getLiteral()).append(';');
                    firstModule.putIfAbsent(r, i);
                }
            }
        }
        regions.sort(Comparator.comparing((SharedRegion r) -> firstModule.getOrDefault(r, Integer.MAX_VALUE))
                .thenComparing(r -> signature.getOrDefault(r, new StringBuilder()).toString())
                .thenComparing(Comparator.comparingLong(SharedRegion::getSize).reversed()));
        items.addAll(regions);
        return items;
    }

    /** Free space per RAM bank: the bank less every memory already placed in it. */
    private static Map<MemoryBank, FreeSpace> freeSpace(Design design) {
        Map<MemoryBank, FreeSpace> free = new LinkedHashMap<>();
        for (MemoryBank b : design.getBoard().getBanks()) {
            if (b.getKind() != BankKind.FLASH && b.getKind() != BankKind.ROM) {
                free.put(b, new FreeSpace(b.getBase(), b.getSize()));
            }
        }
        for (WasmModule m : design.getModules()) {
            if (m.isSetBase()) {
                free.values().forEach(f -> f.take(m.getBase(), m.getBase() + ModuleAccess.privateSize(m)));
            }
        }
        for (SharedRegion r : design.getRegions()) {
            if (r.isSetBase()) {
                free.values().forEach(f -> f.take(r.getBase(), r.getBase() + r.getSize()));
            }
        }
        return free;
    }

    /** The item's own bank, else the first bank a module reaching it lives in, else the first RAM bank. */
    private static MemoryBank bankOf(Design design, EObject item) {
        MemoryBank own = item instanceof WasmModule m ? m.getBank() : ((SharedRegion) item).getBank();
        if (own != null) {
            return own;
        }
        if (item instanceof SharedRegion r) {
            for (WasmModule m : design.getModules()) {
                if (m.getBank() != null && m.getGrants().stream().anyMatch(g -> g.getTarget() == r)) {
                    return m.getBank();
                }
            }
        }
        return Designs.firstRamBank(design.getBoard()).orElse(null);
    }

    /** Each module's entries on a copy of the design with the layout applied, and their lower bounds. */
    private static void costs(Design design, List<Placement> placements, UnitParameters unit, ProtectionEncoder encoder,
            Map<WasmModule, Integer> entries, Map<WasmModule, Integer> bound) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Design copy = (Design) copier.copy(design);
        copier.copyReferences();
        for (Placement p : placements) {
            place(copier.get(p.owner()), p);
        }
        for (WasmModule original : design.getModules()) {
            Optional<AccessSet> access = ModuleAccess.of((WasmModule) copier.get(original));
            if (access.isEmpty()) {
                continue;
            }
            Set<Access> kinds = new HashSet<>();
            access.get().ranges().stream().map(AccessRange::access).forEach(kinds::add);
            bound.put(original, kinds.size());
            if (unit == null) {
                continue;
            }
            UnitParameters unlimited = new UnitParameters(unit.kind(), unit.firstFree() + 64, unit.lockedEntries(),
                    unit.reserved(), unit.minRegionSize(), unit.granularity(), unit.subregions(), unit.na4(),
                    unit.pageSize(), unit.tor());
            entries.put(original, encoder.encode(access.get(), unlimited) instanceof Encoding.Encoded e
                    ? e.entries().size() : -1);
        }
    }

}
