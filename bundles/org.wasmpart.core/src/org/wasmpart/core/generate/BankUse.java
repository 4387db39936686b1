package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * How the bytes of one bank are used, bottom to top: the memories in it, the gaps the layout's
 * alignment left below the memories it placed (waste), and the rest (unused). The report's tables
 * and the memory map both read it, so they cannot disagree.
 *
 * @param bank   the bank
 * @param pieces in address order, together exactly the bank
 */
record BankUse(MemoryBank bank, List<Piece> pieces) {

    /** What a stretch of the bank holds. */
    enum Kind {
        /** A module's private memory or a shared region ({@link Piece#memory()}). */
        MEMORY,
        /** Free bytes the layout's alignment left below the memory above them: waste. */
        ALIGNMENT,
        /** Free bytes no memory needs. */
        UNUSED
    }

    /**
     * @param kind     what it is
     * @param span     where
     * @param memory   the module or region, for {@link Kind#MEMORY}; else null
     * @param rounding for a memory, its last bytes that rounding added (part of {@code span})
     */
    record Piece(Kind kind, AddressSpan span, EObject memory, long rounding) {
    }

    /**
     * The banks that hold a module or a region, in the board's order, as the manifest lists them;
     * memories without a base are in none.
     */
    static List<BankUse> of(Design design, LayoutWaste waste) {
        List<EObject> memories = new ArrayList<>();
        design.getModules().stream().filter(m -> m.isSetBase() && ModuleAccess.privateSize(m) > 0)
                .forEach(memories::add);
        design.getRegions().stream().filter(r -> r.isSetBase() && r.getSize() > 0).forEach(memories::add);
        Set<MemoryBank> used = new LinkedHashSet<>();
        memories.forEach(m -> Designs.bankAt(design, span(m).base()).ifPresent(used::add));
        List<BankUse> banks = new ArrayList<>();
        for (MemoryBank bank : design.getBoard().getBanks()) {
            if (used.contains(bank)) {
                banks.add(of(bank, memories.stream()
                        .filter(m -> Designs.bankAt(design, span(m).base()).orElse(null) == bank)
                        .sorted(Comparator.comparingLong(m -> span(m).base())).toList(), waste));
            }
        }
        return banks;
    }

    private static BankUse of(MemoryBank bank, List<EObject> memories, LayoutWaste waste) {
        List<Piece> pieces = new ArrayList<>();
        long cursor = bank.getBase();
        for (EObject m : memories) {
            AddressSpan span = span(m);
            LayoutWaste.Spent spent = waste.of(m);
            long alignment = Math.min(spent.gap(), span.base() - cursor);
            free(pieces, Kind.UNUSED, cursor, span.base() - alignment);
            free(pieces, Kind.ALIGNMENT, span.base() - alignment, span.base());
            pieces.add(new Piece(Kind.MEMORY, span, m, spent.rounding()));
            cursor = span.end();
        }
        free(pieces, Kind.UNUSED, cursor, bank.getBase() + bank.getSize());
        return new BankUse(bank, List.copyOf(pieces));
    }

    private static void free(List<Piece> pieces, Kind kind, long from, long to) {
        if (to > from) {
            pieces.add(new Piece(kind, new AddressSpan(from, to), null, 0));
        }
    }

    /** A module's private memory or a region, where it lies. */
    static AddressSpan span(EObject memory) {
        return switch (memory) {
            case WasmModule m -> AddressSpan.of(m.getBase(), ModuleAccess.privateSize(m));
            case SharedRegion r -> AddressSpan.of(r.getBase(), r.getSize());
            default -> throw new IllegalArgumentException("not a memory: " + memory);
        };
    }

    /** Bytes of the pieces of one kind. */
    long bytes(Kind kind) {
        return pieces.stream().filter(p -> p.kind() == kind).mapToLong(p -> p.span().size()).sum();
    }

    /** Bytes rounding added to the memories in the bank. */
    long rounding() {
        return pieces.stream().mapToLong(Piece::rounding).sum();
    }
}
