package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.Monitor;
import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.EntryCoverage;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * The memory map as data, for a view that draws it itself: the banks, pieces, waste and colours of
 * report/memory-map.svg (the same {@link BankUse}, {@link LayoutWaste} and {@link MapColours}) and
 * each module's entries with what they match and decide. Unlike generation it maps a design with
 * validation errors, since a view shows the design being edited; memories still without a base
 * after the layout (no layout fits) are left out and {@link #problem()} says why.
 * Holds ids, names and spans only, no model objects, so it can cross threads.
 *
 * @param problem why memories are missing or entries unknown, for the view to show; empty when none
 * @param banks   the banks that hold a memory, in the board's order
 * @param modules every module in the design's order, with its colour and entries
 */
public record MapModel(Optional<String> problem, List<Bank> banks, List<ModuleEntries> modules) {

    /** What a piece of a bank holds. */
    public enum Kind {
        /** A module's private memory. */
        MODULE,
        /** A shared region. */
        REGION,
        /** Free bytes the layout's alignment left below the memory above: waste. */
        ALIGNMENT,
        /** Free bytes no memory needs. */
        UNUSED
    }

    /** A module that may reach a memory, with what permission, and the module's colour ("#4E79A7"). */
    public record Reach(String moduleId, String module, String permission, String colour) {
    }

    /** A subpartition inside a region's piece, where it lies and who is granted it. */
    public record Part(String id, String name, AddressSpan span, List<Reach> reachedBy) {
    }

    /**
     * One stretch of a bank.
     *
     * @param id        the module's or region's id; empty for free space
     * @param name      its name as people read it; empty for free space
     * @param rounding  a memory's last bytes that the layout's rounding added (waste, part of span)
     * @param reachedBy a module's private memory: the module itself; a region: the grants on it
     * @param parts     a region's subpartitions
     */
    public record Piece(Kind kind, AddressSpan span, String id, String name, long rounding, List<Reach> reachedBy,
            List<Part> parts) {
    }

    /** A bank that holds memories, its pieces bottom up, together exactly the bank. */
    public record Bank(String id, String name, AddressSpan span, List<Piece> pieces) {
    }

    /**
     * @param entries what each of the module's entries matches and decides, in entry order; empty
     *                when no unit isolates the modules or the module does not encode
     * @param problem why the module has no entries although a unit isolates the modules
     */
    public record ModuleEntries(String id, String name, String colour, List<EntryCoverage> entries,
            Optional<String> problem) {
    }

    /**
     * The map of a design; memories without a base are placed by the layout on a copy, as for
     * generation. The design is not changed, but it is read throughout: give a copy no one edits
     * meanwhile when calling from another thread.
     *
     * @param monitor cancelling it stops the layout
     * @throws CancellationException when the monitor was cancelled
     */
    public static MapModel of(Design design, Monitor monitor) {
        if (design.getBoard() == null) {
            return new MapModel(Optional.of("the design names no board, so there is no memory to draw"), List.of(),
                    modules(design));
        }
        Design placed = design;
        LayoutWaste waste;
        Optional<String> problem = Optional.empty();
        try {
            placed = PlacedDesign.laidOut(design, monitor);
            waste = LayoutWaste.of(design, placed);
        } catch (GenerationException e) {
            waste = LayoutWaste.none();
            problem = Optional.of("memories without a base are not drawn: " + e.getMessage());
        }
        Generation.checkCanceled(monitor);
        List<Bank> banks = new ArrayList<>();
        for (BankUse use : BankUse.of(placed, waste)) {
            banks.add(bank(placed, use));
        }
        return new MapModel(problem, List.copyOf(banks), modules(placed));
    }

    private static Bank bank(Design design, BankUse use) {
        List<Piece> pieces = new ArrayList<>();
        for (BankUse.Piece p : use.pieces()) {
            pieces.add(switch (p.memory()) {
                case WasmModule m -> new Piece(Kind.MODULE, p.span(), m.getId(), label(m), p.rounding(),
                        List.of(new Reach(m.getId(), label(m), "RW", MapColours.of(design, m))), List.of());
                case SharedRegion r -> new Piece(Kind.REGION, p.span(), r.getId(), label(r), p.rounding(),
                        reachedBy(design, r), parts(design, r));
                case null -> new Piece(p.kind() == BankUse.Kind.ALIGNMENT ? Kind.ALIGNMENT : Kind.UNUSED, p.span(),
                        "", "", 0, List.of(), List.of());
                default -> throw new IllegalStateException("not a memory: " + p.memory());
            });
        }
        return new Bank(use.bank().getId(), label(use.bank()),
                AddressSpan.of(use.bank().getBase(), use.bank().getSize()), List.copyOf(pieces));
    }

    private static List<Part> parts(Design design, SharedRegion region) {
        return region.getSubpartitions().stream().filter(s -> s.getSize() > 0)
                .map(s -> new Part(s.getId(), label(s), AddressSpan.of(region.getBase() + s.getOffset(), s.getSize()),
                        reachedBy(design, s)))
                .toList();
    }

    /** Who is granted a region or subpartition, in the design's order of modules. */
    private static List<Reach> reachedBy(Design design, Shareable target) {
        List<Reach> reach = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            Optional<Grant> grant = Designs.grant(m, target);
            grant.ifPresent(g -> reach.add(new Reach(m.getId(), label(m), g.getPermission().getLiteral(),
                    MapColours.of(design, m))));
        }
        return List.copyOf(reach);
    }

    private static List<ModuleEntries> modules(Design design) {
        Optional<UnitParameters> unit = design.getBoard() == null ? Optional.empty()
                : DesignValidator.unitParameters(design);
        return design.getModules().stream().map(m -> unit.map(u -> entries(design, m, u)).orElseGet(
                () -> new ModuleEntries(m.getId(), label(m), MapColours.of(design, m), List.of(), Optional.empty())))
                .toList();
    }

    private static ModuleEntries entries(Design design, WasmModule module, UnitParameters unit) {
        String colour = MapColours.of(design, module);
        return switch (DesignValidator.encoding(module).orElse(null)) {
            case Encoding.Encoded e -> new ModuleEntries(module.getId(), label(module),
                    colour, EntryCoverage.of(e.entries(), unit.granularity()), Optional.empty());
            case Encoding.Infeasible i -> new ModuleEntries(module.getId(),
                    label(module), colour, List.of(), Optional.of(i.message()));
            case null -> new ModuleEntries(module.getId(), label(module), colour, List.of(),
                    Optional.of("something module " + label(module) + " reaches has no address"));
        };
    }
}
