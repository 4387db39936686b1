package org.wasmpart.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wasmpart.model.BankKind;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SecurityState;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/** Questions about a design that several parts of wasmpart ask. */
public final class Designs {

    private Designs() {
    }

    /**
     * An id no object of the design has yet: {@code wanted} itself, else {@code wanted_2},
     * {@code wanted_3}… (ids are XMI ids: references use them, so they must be unique in the file).
     */
    public static String uniqueId(Design design, String wanted) {
        Set<String> taken = new HashSet<>();
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified i && i.getId() != null) {
                taken.add(i.getId());
            }
        });
        taken.add(design.getId());
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "_" + n;
        }
        return id;
    }

    /** The core the modules run on: the one named, or the board's only (first) core. */
    public static Optional<Core> core(Design design) {
        if (design.getCore() != null) {
            return Optional.of(design.getCore());
        }
        if (design.getBoard() == null || design.getBoard().getCores().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(design.getBoard().getCores().get(0));
    }

    /**
     * The protection unit that isolates the modules: on a core with separate secure and
     * non-secure units, the non-secure one, where applications run.
     */
    public static Optional<ProtectionUnit> protectionUnit(Design design) {
        return core(design).flatMap(c -> {
            List<ProtectionUnit> units = c.getProtectionUnits();
            return units.stream().filter(u -> u.getSecurityState() == SecurityState.NON_SECURE).findFirst()
                    .or(() -> units.stream().findFirst());
        });
    }

    /** The grant of a module on a region or subpartition, if any. */
    public static Optional<Grant> grant(WasmModule module, Shareable target) {
        return module.getGrants().stream().filter(g -> g.getTarget() == target).findFirst();
    }

    /** The region a grant target belongs to: the region itself, or a subpartition's region; null for none. */
    public static SharedRegion regionOf(Object target) {
        return switch (target) {
            case SharedRegion r -> r;
            case Subpartition s when s.eContainer() instanceof SharedRegion r -> r;
            case null, default -> null;
        };
    }

    /** Whether a reservation takes entries of this kind of unit: it names the kind, or names none. */
    public static boolean appliesTo(ReservedEntry entry, ProtectionKind kind) {
        return entry.getAppliesTo().isEmpty() || entry.getAppliesTo().contains(kind);
    }

    /** The board's bank that holds the address, if any. */
    public static Optional<MemoryBank> bankAt(Design design, long address) {
        if (design.getBoard() == null) {
            return Optional.empty();
        }
        return design.getBoard().getBanks().stream()
                .filter(b -> address >= b.getBase() && address < b.getBase() + b.getSize()).findFirst();
    }

    /** Where memory goes when nothing says otherwise: the board's first SRAM bank. */
    public static Optional<MemoryBank> firstRamBank(Board board) {
        return board.getBanks().stream().filter(b -> b.getKind() == BankKind.SRAM).findFirst();
    }

    /**
     * The board's RAM in bytes: its SRAM, TCM, PSRAM and DRAM banks together (not flash or ROM),
     * for choosing a board by how much memory modules can have.
     */
    public static long ramSize(Board board) {
        return board.getBanks().stream().filter(Designs::isRam).mapToLong(MemoryBank::getSize).sum();
    }

    /**
     * Whether modules and shared regions can live in the bank: RAM, not flash or ROM. A bank of no
     * stated kind counts as flash, the kind's default, as the layout has always treated it.
     */
    public static boolean isRam(MemoryBank bank) {
        return switch (bank.getKind()) {
            case SRAM, TCM, PSRAM, DRAM -> true;
            case FLASH, ROM -> false;
        };
    }

    /** The name people read: the name when set, else the id. */
    public static String label(org.wasmpart.model.Identified object) {
        String name = object.getName();
        return name == null || name.isBlank() ? object.getId() : name;
    }
}
