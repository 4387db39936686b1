package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.protection.ModuleAccess;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wasmpart.model.WasmpartPackage.Literals;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/** Where memories sit: inside their bank, not on each other, within each bank's capacity. */
final class PlacementCheck implements DesignCheck {

    /** Sort keys hold the base above and the design order below these bits. */
    private static final int ORDER_BITS = 24;
    private static final long ORDER_MASK = (1L << ORDER_BITS) - 1;

    /** A module's private memory or a shared region, where it is or which bank it goes to. */
    private record Placed(EObject owner, String what, MemoryBank bank, boolean placed, long base, long size) {
        long end() {
            return base + size;
        }
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        Placed[] all = placements(design);
        for (Placed p : all) {
            if (p.placed()) {
                checkInsideBank(design, p, findings);
            }
        }
        checkOverlaps(all, findings);
        checkCapacity(design, all, findings);
        for (SharedRegion r : design.getRegions()) {
            if (!r.getSubpartitions().isEmpty()) {
                checkSubpartitions(r, findings);
            }
        }
    }

    private static Placed[] placements(Design design) {
        List<Placed> all = new ArrayList<>(design.getModules().size() + design.getRegions().size());
        for (WasmModule m : design.getModules()) {
            long size = ModuleAccess.privateSize(m);
            if (size > 0) {
                all.add(new Placed(m, null, m.getBank(), m.isSetBase(), m.isSetBase() ? m.getBase() : 0, size));
            }
        }
        for (SharedRegion r : design.getRegions()) {
            all.add(new Placed(r, null, r.getBank(), r.isSetBase(), r.isSetBase() ? r.getBase() : 0, r.getSize()));
        }
        return all.toArray(Placed[]::new);
    }

    /** What the placed memory is, for messages; built only when a message needs it. */
    private static String what(Placed p) {
        return p.owner() instanceof WasmModule m ? "private memory of module " + label(m)
                : "region " + label((SharedRegion) p.owner());
    }

    private static void checkInsideBank(Design design, Placed p, List<Finding> findings) {
        if (p.bank() != null ? inside(p, p.bank()) : insideAny(p, design.getBoard().getBanks())) {
            return;
        }
        String where = p.bank() != null
                ? "bank " + label(p.bank()) + " [" + formatAddress(p.bank().getBase()) + ", +"
                        + formatSize(p.bank().getSize()) + ")"
                : "any memory bank of " + label(design.getBoard());
        findings.add(Finding.of(DiagnosticCode.REGION_OUTSIDE_BANK, p.owner(), what(p) + " at ["
                + formatAddress(p.base()) + ", +" + formatSize(p.size()) + ") is not inside " + where
                + ": change its base or its bank", Map.of("base", p.base(), "size", p.size())));
    }

    private static boolean inside(Placed p, MemoryBank b) {
        return p.base() >= b.getBase() && p.end() <= b.getBase() + b.getSize();
    }

    private static boolean insideAny(Placed p, List<MemoryBank> banks) {
        for (MemoryBank b : banks) {
            if (inside(p, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sorts the placed memories by base (ties keep design order) with one primitive sort of
     * packed keys, then sweeps once: each memory that starts before the furthest end seen so
     * far overlaps the memory that reaches furthest.
     */
    private static void checkOverlaps(Placed[] all, List<Finding> findings) {
        long[] keys = new long[all.length];
        int count = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i].placed()) {
                keys[count++] = all[i].base() << ORDER_BITS | i;
            }
        }
        Arrays.sort(keys, 0, count);
        Placed reach = null;
        for (int k = 0; k < count; k++) {
            Placed p = all[(int) (keys[k] & ORDER_MASK)];
            if (reach != null && p.base() < reach.end()) {
                findings.add(Finding.of(DiagnosticCode.REGION_OVERLAP, p.owner(), what(p) + " at "
                        + formatAddress(p.base()) + " overlaps " + what(reach) + " (which ends at "
                        + formatAddress(reach.end() - 1) + "): move one of them or let the layout place it",
                        Map.of("other", idOf(reach.owner()), "overlap", Math.min(p.end(), reach.end()) - p.base())));
            }
            if (reach == null || p.end() > reach.end()) {
                reach = p;
            }
        }
    }

    private static void checkCapacity(Design design, Placed[] all, List<Finding> findings) {
        Map<MemoryBank, Long> used = new LinkedHashMap<>();
        for (Placed p : all) {
            MemoryBank bank = p.bank() != null ? p.bank() : p.placed() ? bankAt(design, p.base()) : null;
            if (bank != null) {
                used.merge(bank, p.size(), Long::sum);
            }
        }
        used.forEach((bank, bytes) -> {
            if (bytes > bank.getSize()) {
                findings.add(Finding.of(DiagnosticCode.BANK_CAPACITY_EXCEEDED, design, "bank " + label(bank) + " holds "
                        + formatSize(bank.getSize()) + " but its modules and regions need " + formatSize(bytes)
                        + ": move some to another bank or shrink them",
                        Map.of("bank", bank.getId(), "needed", bytes, "capacity", bank.getSize())));
            }
        });
    }

    private static MemoryBank bankAt(Design design, long address) {
        for (MemoryBank b : design.getBoard().getBanks()) {
            if (address >= b.getBase() && address < b.getBase() + b.getSize()) {
                return b;
            }
        }
        return null;
    }

    private static void checkSubpartitions(SharedRegion r, List<Finding> findings) {
        List<Subpartition> parts = new ArrayList<>(r.getSubpartitions());
        for (Subpartition s : parts) {
            if (s.getOffset() + s.getSize() > r.getSize()) {
                findings.add(Finding.of(DiagnosticCode.SUBPARTITION_OUTSIDE_REGION, s, "subpartition " + label(r) + "."
                        + label(s) + " ends at +" + formatSize(s.getOffset() + s.getSize()) + " but region " + label(r)
                        + " is " + formatSize(r.getSize()) + ": shrink the subpartition or grow the region",
                        Map.of("end", s.getOffset() + s.getSize(), "regionSize", r.getSize())));
            }
        }
        parts.sort(Comparator.comparingLong(Subpartition::getOffset));
        for (int i = 1; i < parts.size(); i++) {
            Subpartition prev = parts.get(i - 1);
            Subpartition next = parts.get(i);
            if (next.getOffset() < prev.getOffset() + prev.getSize()) {
                findings.add(Finding.of(DiagnosticCode.SUBPARTITION_OVERLAP, next, "subpartition " + label(r) + "."
                        + label(next) + " starts at +" + formatSize(next.getOffset()) + " inside " + label(prev)
                        + ": subpartitions of a region must not overlap", Map.of("other", prev.getId())));
            }
        }
    }

    private static String idOf(EObject o) {
        return o instanceof org.wasmpart.model.Identified i ? i.getId() : "";
    }
}
