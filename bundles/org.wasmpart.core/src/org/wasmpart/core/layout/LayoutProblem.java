package org.wasmpart.core.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Permission;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * One layout problem: the memories to place, the free stretches they may go to, and the
 * protection unit that judges them. It owns a private copy of the design, so that a candidate
 * layout is judged by the very code that validates designs (module access sets and encoders),
 * never by a second model of the hardware.
 */
final class LayoutProblem {

    /** Alignment used where no protection unit dictates one. */
    private static final long DEFAULT_ALIGNMENT = 8;

    final Design design;
    final Design copy;
    final List<Item> items;
    final List<Stretch> stretches;
    final ProtectionEncoder encoder;
    /** Null when the design's core has no protection unit to budget. */
    final UnitParameters unit;
    final long granule;
    private final EcoreUtil.Copier copier;

    private LayoutProblem(Design design, boolean relayout, Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.design = design;
        Optional<ProtectionUnit> pu = Designs.protectionUnit(design);
        ProtectionKind kind = pu.map(ProtectionUnit::getKind).orElse(ProtectionKind.NONE);
        this.encoder = encoders.apply(kind);
        this.unit = pu.filter(u -> kind != ProtectionKind.NONE)
                .map(u -> UnitParameters.of(u, DesignValidator.reservedEntries(design, kind))).orElse(null);
        this.granule = unit == null ? DEFAULT_ALIGNMENT : Math.max(DEFAULT_ALIGNMENT, encoder.granule(unit));
        this.copier = new EcoreUtil.Copier();
        this.copy = (Design) copier.copy(design);
        copier.copyReferences();

        List<Stretch> free = new ArrayList<>();
        for (MemoryBank bank : design.getBoard().getBanks()) {
            if (Designs.isRam(bank)) {
                free.addAll(freeStretches(design, bank, relayout));
            }
        }
        this.stretches = List.copyOf(free);

        List<Item> found = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            long size = ModuleAccess.privateSize(m);
            if (size > 0 && !keeps(m, relayout)) {
                found.add(new Item(found.size(), m, copier.get(m), size, true, allowed(m.getBank())));
            }
        }
        for (SharedRegion r : design.getRegions()) {
            if (r.getSize() > 0 && !keeps(r, relayout)) {
                found.add(new Item(found.size(), r, copier.get(r), r.getSize(), r.isResizable(),
                        allowed(r.getBank())));
            }
        }
        this.items = List.copyOf(found);
        for (Item item : items) {
            Placement.forget(item.copy());
        }
    }

    static LayoutProblem of(Design design, boolean relayout, Function<ProtectionKind, ProtectionEncoder> encoders) {
        return new LayoutProblem(design, relayout, encoders);
    }

    /** Whether a memory keeps its base: the user fixed it (or, unless re-laying out, a layout did). */
    static boolean keeps(EObject memory, boolean relayout) {
        return switch (memory) {
            case WasmModule m -> m.isSetBase() && !(relayout && m.isLaidOut());
            case SharedRegion r -> r.isSetBase() && !(relayout && r.isLaidOut());
            default -> true;
        };
    }

    /** The copy of a design object (banks defined in the design are copied, catalog ones are shared). */
    <T extends EObject> T inCopy(T original) {
        @SuppressWarnings("unchecked")
        T copied = (T) copier.get(original);
        return copied == null ? original : copied;
    }

    /** The design's modules in its copy, in design order. */
    List<WasmModule> copiedModules() {
        return copy.getModules();
    }

    /** The stretches of a bank, or of every RAM bank when the memory names none. */
    private List<Stretch> allowed(MemoryBank bank) {
        return stretches.stream().filter(s -> bank == null || s.bank() == bank).toList();
    }

    /**
     * Per item, who reaches it and how: one bit per module and permission (module index times the
     * number of permissions, plus the permission), a module's own memory counting as read-write.
     * Items alike for every module can share every entry that covers one of them.
     */
    List<BitSet> signatures() {
        Map<EObject, Item> byOriginal = new IdentityHashMap<>();
        items.forEach(i -> byOriginal.put(i.original(), i));
        List<BitSet> signatures = new ArrayList<>();
        items.forEach(i -> signatures.add(new BitSet()));
        int permissions = Permission.VALUES.size();
        for (int m = 0; m < design.getModules().size(); m++) {
            WasmModule module = design.getModules().get(m);
            Item own = byOriginal.get(module);
            if (own != null) {
                signatures.get(own.index()).set(m * permissions + Permission.RW.ordinal());
            }
            for (Grant g : module.getGrants()) {
                Item target = byOriginal.get(Designs.regionOf(g.getTarget()));
                if (target != null && g.getPermission() != null) {
                    signatures.get(target.index()).set(m * permissions + g.getPermission().ordinal());
                }
            }
        }
        return signatures;
    }

    private static List<Stretch> freeStretches(Design design, MemoryBank bank, boolean relayout) {
        FreeSpace space = new FreeSpace(bank.getBase(), bank.getSize());
        for (WasmModule m : design.getModules()) {
            if (keeps(m, relayout)) {
                space.take(m.getBase(), m.getBase() + ModuleAccess.privateSize(m));
            }
        }
        for (SharedRegion r : design.getRegions()) {
            if (keeps(r, relayout)) {
                space.take(r.getBase(), r.getBase() + r.getSize());
            }
        }
        return space.gaps().stream().map(g -> new Stretch(bank, g[0], g[1])).toList();
    }
}
