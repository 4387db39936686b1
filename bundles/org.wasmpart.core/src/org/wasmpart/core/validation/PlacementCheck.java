package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
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

    /** A module's private memory or a shared region, where it is or which bank it goes to. */
    private record Placed(EObject owner, String what, MemoryBank bank, boolean placed, long base, long size) {
        long end() {
            return base + size;
        }
    }

    private static final Set<EStructuralFeature> INPUTS = Set.of(Literals.IDENTIFIED__NAME,
            Literals.SHARED_REGION__BASE,
            Literals.SHAREABLE__SIZE,
            Literals.SHARED_REGION__BANK,
            Literals.WASM_MODULE__BASE,
            Literals.WASM_MODULE__LINEAR_MEMORY,
            Literals.WASM_MODULE__STACK,
            Literals.WASM_MODULE__HEAP,
            Literals.WASM_MODULE__BANK,
            Literals.SUBPARTITION__OFFSET,
            Literals.DESIGN__MODULES,
            Literals.DESIGN__REGIONS,
            Literals.SHARED_REGION__SUBPARTITIONS);

    @Override
    public Set<EStructuralFeature> inputs() {
        return INPUTS;
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        List<Placed> all = placements(design);
        for (Placed p : all) {
            if (p.placed()) {
                checkInsideBank(design, p, findings);
            }
        }
        checkOverlaps(all, findings);
        checkCapacity(design, all, findings);
        for (SharedRegion r : design.getRegions()) {
            checkSubpartitions(r, findings);
        }
    }

    private static List<Placed> placements(Design design) {
        List<Placed> all = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            long size = ModuleAccess.privateSize(m);
            if (size > 0) {
                all.add(new Placed(m, "private memory of module " + label(m), m.getBank(), m.isSetBase(),
                        m.isSetBase() ? m.getBase() : 0, size));
            }
        }
        for (SharedRegion r : design.getRegions()) {
            all.add(new Placed(r, "region " + label(r), r.getBank(), r.isSetBase(), r.isSetBase() ? r.getBase() : 0,
                    r.getSize()));
        }
        return all;
    }

    private static void checkInsideBank(Design design, Placed p, List<Finding> findings) {
        List<MemoryBank> banks = p.bank() != null ? List.of(p.bank()) : design.getBoard().getBanks();
        for (MemoryBank b : banks) {
            if (p.base() >= b.getBase() && p.end() <= b.getBase() + b.getSize()) {
                return;
            }
        }
        String where = p.bank() != null
                ? "bank " + label(p.bank()) + " [" + formatAddress(p.bank().getBase()) + ", +"
                        + formatSize(p.bank().getSize()) + ")"
                : "any memory bank of " + label(design.getBoard());
        findings.add(Finding.of(DiagnosticCode.REGION_OUTSIDE_BANK, p.owner(), p.what() + " at ["
                + formatAddress(p.base()) + ", +" + formatSize(p.size()) + ") is not inside " + where
                + ": change its base or its bank", Map.of("base", p.base(), "size", p.size())));
    }

    private static void checkOverlaps(List<Placed> all, List<Finding> findings) {
        List<Placed> placed = new ArrayList<>(all.stream().filter(Placed::placed).toList());
        placed.sort(Comparator.comparingLong(Placed::base));
        Placed reach = null;
        for (Placed p : placed) {
            if (reach != null && p.base() < reach.end()) {
                findings.add(Finding.of(DiagnosticCode.REGION_OVERLAP, p.owner(), p.what() + " at "
                        + formatAddress(p.base()) + " overlaps " + reach.what() + " (which ends at "
                        + formatAddress(reach.end() - 1) + "): move one of them or let the layout place it",
                        Map.of("other", idOf(reach.owner()), "overlap", Math.min(p.end(), reach.end()) - p.base())));
            }
            if (reach == null || p.end() > reach.end()) {
                reach = p;
            }
        }
    }

    private static void checkCapacity(Design design, List<Placed> all, List<Finding> findings) {
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
        return design.getBoard().getBanks().stream()
                .filter(b -> address >= b.getBase() && address < b.getBase() + b.getSize()).findFirst().orElse(null);
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
