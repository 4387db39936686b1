package org.wasmpart.core.fix;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.Designs;
import org.wasmpart.core.layout.LayoutOptions;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AccessRange;
import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.PmsaV7Encoder;
import org.wasmpart.core.protection.ProtectionEncoders;
import org.wasmpart.core.protection.ServedRegions;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.fix.Fix.Kind;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Permission;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/**
 * The fix operations, each an undoable command naming the codes it resolves, and the fixes that
 * apply to a finding, chosen by its code and data — never by its message.
 */
public final class Fixes {

    private static final String RUST_MVP_TARGET = "wasm32v1-none";

    private Fixes() {
    }

    /** The fixes for a finding, best first; none when wasmpart knows no mechanical fix. */
    public static List<Fix> forFinding(Finding f) {
        List<Fix> fixes = new ArrayList<>();
        EObject o = f.object();
        switch (f.code()) {
            case ENTRY_MISALIGNED -> {
                if (o instanceof SharedRegion r && f.data().get("granularity") instanceof Long g) {
                    fixes.add(alignToGranule(r, g));
                }
                if (o instanceof SharedRegion r) {
                    useSubregions(r, Set.of(DiagnosticCode.ENTRY_MISALIGNED)).ifPresent(fixes::add);
                }
            }
            case BUDGET_EXCEEDED -> {
                if (o instanceof WasmModule m) {
                    fixes.addAll(fewerEntries(m));
                    // another layout cannot help a module over its budget wherever its memories go
                    if (!DesignValidator.overBudgetAnywhere(m) && movable((Design) EcoreUtil.getRootContainer(m))) {
                        fixes.add(relayout((Design) EcoreUtil.getRootContainer(m)));
                    }
                }
            }
            case LAYOUT_PENDING -> fixes.add(relayout((Design) EcoreUtil.getRootContainer(o)));
            case SHARED_HEAP_PAGE -> {
                if (o instanceof SharedRegion r && f.data().get("roundedSize") instanceof Long rounded) {
                    fixes.add(roundSize(r, rounded, DiagnosticCode.SHARED_HEAP_PAGE));
                }
            }
            case NAME_NOT_C_IDENTIFIER -> {
                if (o instanceof Identified i && f.data().get("suggestedName") instanceof String name) {
                    fixes.add(rename(i, name));
                }
            }
            case WRITABLE_EXECUTABLE -> {
                if (o instanceof Grant g) {
                    fixes.add(setPermission(g, Permission.RW, DiagnosticCode.WRITABLE_EXECUTABLE));
                    fixes.add(setPermission(g, Permission.RX, DiagnosticCode.WRITABLE_EXECUTABLE));
                }
            }
            case DISCIPLINE_TWO_WRITERS -> {
                if (o instanceof SharedRegion r && r.getDiscipline() != null && r.getDiscipline().getWriter() != null) {
                    fixes.add(onlyWriter(r, r.getDiscipline().getWriter()));
                }
            }
            case DISCIPLINE_CONSUMER_WRITES_DATA -> {
                if (o instanceof Grant g) {
                    fixes.add(consumerReadsData(g));
                }
            }
            case REFERENCE_TYPES_MISMATCH -> {
                if (o instanceof WasmModule m) {
                    fixes.add(disableReferenceTypes(m));
                }
            }
            case RUST_STABLE_STD_REFERENCE_TYPES -> {
                if (o instanceof WasmModule m) {
                    fixes.add(rustMvpTarget(m));
                }
            }
            case SHARED_HEAP_PER_INSTANCE -> {
                if (o instanceof WasmModule m && f.data().get("granted") instanceof Long granted
                        && f.data().get("max") instanceof Number max) {
                    fixes.addAll(mergesForHeaps(m, granted - 1 <= max.longValue()));
                }
            }
            case REGION_OUTSIDE_BANK, REGION_OVERLAP -> {
                if (f.code() == DiagnosticCode.REGION_OUTSIDE_BANK && o instanceof SharedRegion r) {
                    splitAtBankEnd(r).ifPresent(fixes::add);
                    writableBanksHolding(r).forEach(b -> fixes.add(moveToBank(r, b)));
                }
                if (o instanceof SharedRegion r && r.isSetBase()) {
                    fixes.add(letLayoutPlace(r, f.code()));
                }
            }
            default -> {
                // the remaining codes need a decision only the user can make, or the layout solver
            }
        }
        return fixes;
    }

    /**
     * Puts a region on the unit's granule: a fixed base moves down to it and the end up, so the
     * region still holds every byte it had; when moving down would leave the bank, the base moves
     * up instead and the region keeps its size rounded up, shifted.
     */
    public static Fix alignToGranule(SharedRegion r, long granule) {
        long base = r.isSetBase() ? r.getBase() - r.getBase() % granule : 0;
        MemoryBank bank = r.getBank();
        if (r.isSetBase() && bank != null && base < bank.getBase()) {
            base += granule;
        }
        long rounded = Math.ceilDiv(r.getSize(), granule) * granule;
        long end = r.isSetBase() ? Math.ceilDiv(r.getBase() + r.getSize(), granule) * granule : 0;
        long size = r.isSetBase() ? Math.max(rounded, end - base) : rounded;
        long newBase = base;
        String where = r.isSetBase() ? " at " + formatAddress(newBase) : "";
        return new Fix(Kind.ALIGN, "Align " + label(r) + " to " + granule + " bytes: " + formatSize(size) + where,
                Set.of(DiagnosticCode.ENTRY_MISALIGNED), () -> DesignEdit.of("Align " + label(r), r, x -> {
                    if (x.isSetBase()) {
                        x.setBase(newBase);
                    }
                    x.setSize(size);
                }));
    }

    /** Time the re-layout fix may search: it runs when the user picks it and is waited for. */
    private static final Duration RELAYOUT_TIME = Duration.ofSeconds(5);

    /**
     * Lays out again every memory the layout placed, and every memory without a base; bases the
     * user fixed stay. The layout is searched when the command is made, so it fits the design as
     * it is then.
     */
    public static Fix relayout(Design design) {
        return new Fix(Kind.RELAYOUT, "Re-lay out the memories the layout placed (fixed bases stay)",
                Set.of(DiagnosticCode.BUDGET_EXCEEDED, DiagnosticCode.LAYOUT_PENDING), () -> LayoutSolver.apply(
                        LayoutSolver.standard().solve(design,
                                LayoutOptions.defaults().withRelayout(true).withTimeLimit(RELAYOUT_TIME),
                                new BasicMonitor()),
                        design));
    }

    /** Whether a layout may move something: a memory it placed, or one without a base. */
    private static boolean movable(Design design) {
        return design.getModules().stream().anyMatch(m -> !m.isSetBase() || m.isLaidOut())
                || design.getRegions().stream().anyMatch(r -> !r.isSetBase() || r.isLaidOut());
    }

    /**
     * Changes that lower the entries a module over its budget needs, tried on a copy first: for
     * each region it reaches, serving the region from a reserved entry and giving it one PMSAv7
     * region with subregions. Those that bring the module within its budget come first.
     */
    private static List<Fix> fewerEntries(WasmModule m) {
        Design design = (Design) EcoreUtil.getRootContainer(m);
        Optional<UnitParameters> unit = DesignValidator.unitParameters(design);
        // a trial is judged by the module's encoding: without addresses there is none to compare
        if (unit.isEmpty() || DesignValidator.encoding(m).isEmpty()) {
            return List.of();
        }
        Set<SharedRegion> served = ServedRegions.of(design).keySet();
        List<Fix> fixes = new ArrayList<>();
        for (SharedRegion r : reached(m)) {
            if (!served.contains(r) && servable(r, unit.get())) {
                Consumer<SharedRegion> reserve = x -> reserve(x, unit.get().kind());
                Trial.of(r, reserve).budget(m).ifPresent(codes -> fixes.add(serveFromReservedEntry(r, codes)));
            }
            if (unit.get().kind() == ProtectionKind.PMSA_V7) {
                subregionPlacement(r, unit.get()).ifPresent(p -> Trial.of(r, p::applyTo).budget(m)
                        .ifPresent(codes -> fixes.add(useSubregions(r, p, codes))));
            }
        }
        fixes.sort(Comparator.comparing(fix -> fix.resolves().isEmpty()));
        return fixes;
    }

    /** The regions a module is granted, or granted a subpartition of, in the order of its grants. */
    private static Set<SharedRegion> reached(WasmModule m) {
        Set<SharedRegion> regions = new LinkedHashSet<>();
        for (Grant g : m.getGrants()) {
            SharedRegion r = Designs.regionOf(g.getTarget());
            if (r != null) {
                regions.add(r);
            }
        }
        return regions;
    }

    /**
     * Whether a reserved entry may serve the region: at least two modules share it, every module
     * of the design is granted the same on all of it (else the entry gives some module access it
     * must not have), and it has a base where one entry covers it exactly.
     */
    private static boolean servable(SharedRegion r, UnitParameters unit) {
        Design design = (Design) EcoreUtil.getRootContainer(r);
        Optional<Access> common = ServedRegions.commonAccess(design, r);
        return design.getModules().size() >= 2 && common.isPresent() && r.isSetBase()
                && oneEntry(r, r.getBase(), r.getSize(), common.get(), unit);
    }

    /**
     * Serves a region from an entry reserved in every module's domain: one entry every module
     * loses, instead of one range in each module's own set. Every module must be granted the same
     * on all of the region.
     *
     * @throws IllegalArgumentException when the modules are not granted the region alike, or no
     *                                  protection unit isolates them
     */
    public static Fix serveFromReservedEntry(SharedRegion r, Set<DiagnosticCode> resolves) {
        Design design = (Design) EcoreUtil.getRootContainer(r);
        if (ServedRegions.commonAccess(design, r).isEmpty()) {
            throw new IllegalArgumentException("the modules are not all granted the same on " + label(r)
                    + ": an entry in every domain would give some of them access they must not have");
        }
        ProtectionKind kind = DesignValidator.unitParameters(design).map(UnitParameters::kind)
                .orElseThrow(() -> new IllegalArgumentException("no protection unit isolates the modules of "
                        + label(design)));
        return new Fix(Kind.SERVE_FROM_RESERVED_ENTRY, "Serve " + label(r) + " from a reserved entry", resolves,
                () -> DesignEdit.of("Serve " + label(r) + " from a reserved entry", r, x -> reserve(x, kind)));
    }

    private static void reserve(SharedRegion r, ProtectionKind kind) {
        ReservedEntry entry = WasmpartFactory.eINSTANCE.createReservedEntry();
        entry.setPurpose("shared " + label(r));
        entry.setCount(1);
        entry.getAppliesTo().add(kind);
        entry.setRegion(r);
        ((Design) EcoreUtil.getRootContainer(r)).getReservations().add(entry);
    }

    /**
     * Gives a region one PMSAv7 region: the smallest power-of-two block that holds it, the region
     * on subregion boundaries inside it (its size rounded up to whole subregions when it may be
     * resized), at the base nearest its own in its bank where it overlaps nothing placed. Only for
     * a placed region without subpartitions, whose grants would need edges of their own, that
     * needs more than one region now.
     *
     * @return empty when the design's unit is not PMSAv7 or no such place exists
     */
    public static Optional<Fix> useSubregions(SharedRegion r, Set<DiagnosticCode> resolves) {
        return DesignValidator.unitParameters((Design) EcoreUtil.getRootContainer(r))
                .filter(u -> u.kind() == ProtectionKind.PMSA_V7)
                .flatMap(u -> subregionPlacement(r, u)).map(p -> useSubregions(r, p, resolves));
    }

    private static Fix useSubregions(SharedRegion r, SubregionPlacement p, Set<DiagnosticCode> resolves) {
        String size = p.size() == r.getSize() ? "" : ", " + formatSize(p.size());
        return new Fix(Kind.USE_SUBREGIONS,
                "Use subregions: " + label(r) + " at " + formatAddress(p.base()) + size + ", in one "
                + formatSize(p.block()) + " MPU region", resolves,
                () -> DesignEdit.of("Use subregions for " + label(r), r, p::applyTo));
    }

    /**
     * Where a region takes one PMSAv7 region.
     *
     * @param block the size of the MPU region
     */
    private record SubregionPlacement(long base, long size, long block) {
        void applyTo(SharedRegion r) {
            r.setBase(base);
            r.setSize(size);
        }
    }

    private static Optional<SubregionPlacement> subregionPlacement(SharedRegion r, UnitParameters unit) {
        Design design = (Design) EcoreUtil.getRootContainer(r);
        if (!r.isSetBase() || r.getSize() == 0 || !r.getSubpartitions().isEmpty()
                || oneEntry(r, r.getBase(), r.getSize(), Access.R, unit)) {
            return Optional.empty();
        }
        PmsaV7Encoder.OneRegion one = PmsaV7Encoder.oneRegion(r.getSize(), unit);
        long size = r.isResizable() ? one.rounded(r.getSize()) : r.getSize();
        Optional<MemoryBank> bank = Optional.ofNullable(r.getBank()).or(() -> Designs.bankAt(design, r.getBase()));
        if (size % one.step() != 0 || bank.isEmpty()) {
            return Optional.empty();
        }
        long align = r.getAlignment() > 1 ? lcm(one.step(), r.getAlignment()) : one.step();
        long best = -1;
        for (long[] gap : gaps(design, r, bank.get())) {
            for (long base : new long[] { firstFit(Math.max(gap[0], r.getBase()), gap[1], size, align, one.block()),
                    lastFit(Math.min(gap[1] - size, r.getBase()), gap[0], size, align, one.block()) }) {
                if (base >= 0 && (best < 0 || Math.abs(base - r.getBase()) < Math.abs(best - r.getBase()))) {
                    best = base;
                }
            }
        }
        // the encoder has the last word on what one region can cover
        return best >= 0 && oneEntry(r, best, size, Access.R, unit)
                ? Optional.of(new SubregionPlacement(best, size, one.block())) : Optional.empty();
    }

    /** The free stretches of a bank: not taken by module private memory or another placed region. */
    private static List<long[]> gaps(Design design, SharedRegion r, MemoryBank bank) {
        List<long[]> taken = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            if (m.isSetBase() && ModuleAccess.privateSize(m) > 0) {
                taken.add(new long[] { m.getBase(), m.getBase() + ModuleAccess.privateSize(m) });
            }
        }
        for (SharedRegion other : design.getRegions()) {
            if (other != r && other.isSetBase() && other.getSize() > 0) {
                taken.add(new long[] { other.getBase(), other.getBase() + other.getSize() });
            }
        }
        taken.sort(Comparator.comparingLong(t -> t[0]));
        List<long[]> gaps = new ArrayList<>();
        long from = bank.getBase();
        long end = bank.getBase() + bank.getSize();
        for (long[] t : taken) {
            if (t[0] >= end) {
                break;
            }
            if (t[0] > from) {
                gaps.add(new long[] { from, t[0] });
            }
            from = Math.max(from, t[1]);
        }
        if (from < end) {
            gaps.add(new long[] { from, end });
        }
        return gaps;
    }

    /**
     * The lowest aligned base from {@code from} that keeps [base, base + size) inside one block
     * and up to {@code end}; -1 for none.
     */
    private static long firstFit(long from, long end, long size, long align, long block) {
        for (long base = Math.ceilDiv(from, align) * align; base + size <= end;
                base = Math.ceilDiv((base / block + 1) * block, align) * align) {
            if (base / block == (base + size - 1) / block) {
                return base;
            }
        }
        return -1;
    }

    /**
     * The highest aligned base up to {@code to}, and from {@code start}, that keeps [base, base +
     * size) inside one block; -1 for none.
     */
    private static long lastFit(long to, long start, long size, long align, long block) {
        for (long base = Math.floorDiv(to, align) * align; base >= start;
                base = Math.floorDiv((base + size - 1) / block * block - size, align) * align) {
            if (base / block == (base + size - 1) / block) {
                return base;
            }
        }
        return -1;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    /** Whether the unit covers the range with exactly one entry. */
    private static boolean oneEntry(SharedRegion r, long base, long size, Access access, UnitParameters unit) {
        AccessSet alone = new AccessSet("region " + label(r), List.of(AccessRange.of(base, size, access,
                "region " + label(r))));
        return ProtectionEncoders.forKind(unit.kind()).encode(alone, unit) instanceof Encoding.Encoded e
                && e.entries().size() == 1;
    }

    /** Rounds a size up to a multiple. */
    public static Fix roundSize(Shareable s, long multiple, DiagnosticCode resolves) {
        long size = Math.ceilDiv(s.getSize(), multiple) * multiple;
        return new Fix(Kind.ROUND_SIZE,
                "Round the size of " + label(s) + " up to " + formatSize(size), Set.of(resolves),
                () -> DesignEdit.of("Round size of " + label(s), s, x -> x.setSize(size)));
    }

    public static Fix rename(Identified o, String name) {
        return new Fix(Kind.RENAME,
                "Rename '" + label(o) + "' to '" + name + "'", Set.of(DiagnosticCode.NAME_NOT_C_IDENTIFIER),
                () -> DesignEdit.of("Rename " + label(o), o, x -> x.setName(name)));
    }

    public static Fix setPermission(Grant g, Permission p, DiagnosticCode resolves) {
        Kind kind = p == Permission.RX ? Kind.GRANT_RX : Kind.GRANT_RW;
        return new Fix(kind, "Grant " + p.getLiteral() + " instead of " + g.getPermission().getLiteral() + " on "
                + label(g.getTarget()), Set.of(resolves),
                () -> DesignEdit.of("Change a grant of " + label(g.getModule()), g, x -> x.setPermission(p)));
    }

    /** Every module but the declared writer gets read-only grants on the region and its subpartitions. */
    public static Fix onlyWriter(SharedRegion r, WasmModule writer) {
        return new Fix(Kind.ONLY_WRITER, "Make " + label(r) + " read-only for every module but " + label(writer),
                Set.of(DiagnosticCode.DISCIPLINE_TWO_WRITERS), () -> DesignEdit.of("Keep one writer of " + label(r),
                        (Design) EcoreUtil.getRootContainer(r), d -> {
                            for (WasmModule m : d.getModules()) {
                                for (Grant g : m.getGrants()) {
                                    if (m != writer && Designs.regionOf(g.getTarget()) == r) {
                                        switch (g.getPermission()) {
                                            case RW -> g.setPermission(Permission.R);
                                            case RWX -> g.setPermission(Permission.RX);
                                            default -> {
                                                // already read-only
                                            }
                                        }
                                    }
                                }
                            }
                        }));
    }

    /**
     * The consumer of a ring reads the data and writes only the control block: its grant becomes
     * read-only and, when it was on the whole ring, it gains RW on the control block it still needs.
     */
    public static Fix consumerReadsData(Grant g) {
        Subpartition control = g.getTarget() instanceof SharedRegion r && r.getDiscipline() != null
                ? r.getDiscipline().getControl() : null;
        String label = "Grant " + label(g.getModule()) + " R on " + label(g.getTarget())
                + (control == null ? "" : " and RW on " + label(control));
        return new Fix(Kind.CONSUMER_READS_DATA, label, Set.of(DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA),
                () -> DesignEdit.of(label, g.getModule(), m -> {
                    g.setPermission(Permission.R);
                    if (control != null && m.getGrants().stream().noneMatch(x -> x.getTarget() == control)) {
                        Grant rw = WasmpartFactory.eINSTANCE.createGrant();
                        rw.setTarget(control);
                        rw.setPermission(Permission.RW);
                        rw.setRole(g.getRole());
                        m.getGrants().add(rw);
                    }
                }));
    }

    /** Records the disabled feature and adds the toolchain's flag that turns reference types off. */
    public static Fix disableReferenceTypes(WasmModule m) {
        boolean rust = m.getToolchain() != null && m.getToolchain().getKind() == ToolchainKind.RUST;
        String flag = rust ? "-Ctarget-cpu=mvp" : "-mcpu=mvp";
        return new Fix(Kind.DISABLE_REFERENCE_TYPES, "Build " + label(m) + " with " + flag + " (no reference types)",
                Set.of(DiagnosticCode.REFERENCE_TYPES_MISMATCH), () -> DesignEdit.of("Disable reference types of "
                        + label(m), m, x -> {
                            Toolchain t = x.getToolchain();
                            String flags = t.getFlags() == null || t.getFlags().isBlank() ? flag : t.getFlags() + " " + flag;
                            t.setFlags(flags);
                            if (!x.getDisabledFeatures().contains(WasmFeature.REFERENCE_TYPES)) {
                                x.getDisabledFeatures().add(WasmFeature.REFERENCE_TYPES);
                            }
                        }));
    }

    /** Moves a Rust module to the MVP-only target, the stable way to avoid reference types (no std). */
    public static Fix rustMvpTarget(WasmModule m) {
        return new Fix(Kind.RUST_MVP_TARGET,
                "Build " + label(m) + " for " + RUST_MVP_TARGET + " (core and alloc only, no std)",
                Set.of(DiagnosticCode.RUST_STABLE_STD_REFERENCE_TYPES), () -> DesignEdit.of("Target "
                        + RUST_MVP_TARGET, m, x -> {
                            x.getToolchain().setTarget(RUST_MVP_TARGET);
                            x.getToolchain().setChannel(ReleaseChannel.STABLE);
                        }));
    }

    /** Forgets a fixed base so that the region is placed again (by the user or the layout). */
    public static Fix letLayoutPlace(SharedRegion r, DiagnosticCode resolves) {
        return new Fix(Kind.LET_LAYOUT_PLACE,
                "Let the layout place " + label(r) + " (forget its base " + formatAddress(r.getBase()) + ")",
                Set.of(resolves), () -> DesignEdit.of("Unfix base of " + label(r), r, SharedRegion::unsetBase));
    }

    /**
     * The board's RAM banks other than the region's own that are at least as large as the region:
     * where moving it can help (shared memory is written, so flash and ROM never qualify).
     */
    private static List<MemoryBank> writableBanksHolding(SharedRegion r) {
        Design design = (Design) EcoreUtil.getRootContainer(r);
        if (design.getBoard() == null) {
            return List.of();
        }
        return design.getBoard().getBanks().stream()
                .filter(b -> b != r.getBank() && b.getSize() >= r.getSize() && Designs.isRam(b)).toList();
    }

    /** Moves a region to another bank, letting the layout choose its base there. */
    public static Fix moveToBank(SharedRegion r, MemoryBank bank) {
        return new Fix(Kind.MOVE_TO_BANK, "Move " + label(r) + " to " + label(bank),
                Set.of(DiagnosticCode.REGION_OUTSIDE_BANK),
                () -> DesignEdit.of("Move " + label(r) + " to " + label(bank), r, x -> {
                    x.setBank(bank);
                    x.unsetBase();
                }));
    }

    /**
     * Splits a region in two at an offset: the second part becomes a region of its own with the
     * same grants (so each part can get different permissions later), subpartitions go with the
     * part they lie in.
     */
    public static Fix split(SharedRegion r, long offset) {
        return split(r, offset, r.getBank(), Set.of(), "Split " + label(r) + " at +" + formatSize(offset));
    }

    /**
     * Splits a region that runs past the end of its bank into the next bank where the banks
     * touch: the part past the end becomes a region of the next bank, with the same grants.
     */
    public static Optional<Fix> splitAtBankEnd(SharedRegion r) {
        Design design = (Design) EcoreUtil.getRootContainer(r);
        if (!r.isSetBase()) {
            return Optional.empty();
        }
        Optional<MemoryBank> own = Designs.bankAt(design, r.getBase());
        if (own.isEmpty() || r.getBank() != null && r.getBank() != own.get()) {
            return Optional.empty();
        }
        long end = own.get().getBase() + own.get().getSize();
        long offset = end - r.getBase();
        Optional<MemoryBank> next = Designs.bankAt(design, end);
        boolean fits = next.isPresent() && r.getBase() + r.getSize() <= next.get().getBase() + next.get().getSize();
        if (offset >= r.getSize() || !fits || offset % 8 != 0 || cutsSubpartition(r, offset)) {
            return Optional.empty();
        }
        return Optional.of(split(r, offset, next.get(), Set.of(DiagnosticCode.REGION_OUTSIDE_BANK),
                "Split " + label(r) + " at the end of " + label(own.get()) + " (the rest goes to "
                        + label(next.get()) + ")"));
    }

    private static boolean cutsSubpartition(SharedRegion r, long offset) {
        return r.getSubpartitions().stream().anyMatch(s -> s.getOffset() < offset && s.getOffset() + s.getSize() > offset);
    }

    private static Fix split(SharedRegion r, long offset, MemoryBank secondBank, Set<DiagnosticCode> resolves,
            String label) {
        if (offset <= 0 || offset >= r.getSize() || offset % 8 != 0) {
            throw new IllegalArgumentException("cannot split " + label(r) + " at +" + offset + ": the offset must be"
                    + " inside it and a multiple of 8");
        }
        if (cutsSubpartition(r, offset)) {
            throw new IllegalArgumentException("cannot split " + label(r) + " inside one of its subpartitions");
        }
        return new Fix(Kind.SPLIT, label, resolves,
                () -> DesignEdit.of("Split " + label(r), (Design) EcoreUtil.getRootContainer(r), d -> {
                    SharedRegion second = WasmpartFactory.eINSTANCE.createSharedRegion();
                    second.setId(Designs.uniqueId(d, r.getId()));
                    second.setName(label(r) + "_2");
                    second.setSize(r.getSize() - offset);
                    second.setBank(secondBank);
                    second.setResizable(r.isResizable());
                    second.setAlignment(r.getAlignment());
                    if (r.isSetBase()) {
                        second.setBase(r.getBase() + offset);
                    }
                    for (Subpartition s : List.copyOf(r.getSubpartitions())) {
                        if (s.getOffset() >= offset) {
                            s.setOffset(s.getOffset() - offset);
                            second.getSubpartitions().add(s);
                        }
                    }
                    r.setSize(offset);
                    d.getRegions().add(d.getRegions().indexOf(r) + 1, second);
                    for (WasmModule m : d.getModules()) {
                        for (Grant g : List.copyOf(m.getGrants())) {
                            if (g.getTarget() == r) {
                                Grant copy = WasmpartFactory.eINSTANCE.createGrant();
                                copy.setTarget(second);
                                copy.setPermission(g.getPermission());
                                copy.setRole(g.getRole());
                                m.getGrants().add(copy);
                            }
                        }
                    }
                }));
    }

    /**
     * Merges a region into the one just before it in memory when both have the same grants: one
     * range instead of two for every module, one name less.
     *
     * @throws IllegalArgumentException when the regions do not touch or their grants differ
     */
    public static Fix merge(SharedRegion first, SharedRegion second) {
        return merge(first, second, Set.of());
    }

    /** {@link #merge(SharedRegion, SharedRegion)}, naming what the merge resolves. */
    public static Fix merge(SharedRegion first, SharedRegion second, Set<DiagnosticCode> resolves) {
        if (!first.isSetBase() || !second.isSetBase() || first.getBase() + first.getSize() != second.getBase()) {
            throw new IllegalArgumentException(label(first) + " and " + label(second) + " do not touch");
        }
        if (!sameGrants(first, second)) {
            throw new IllegalArgumentException(label(first) + " and " + label(second) + " are not granted alike");
        }
        if (second.getDiscipline() != null) {
            throw new IllegalArgumentException(label(second) + " has an access discipline of its own");
        }
        return new Fix(Kind.MERGE, "Merge " + label(second) + " into " + label(first), resolves,
                () -> DesignEdit.of("Merge " + label(second) + " into " + label(first),
                        (Design) EcoreUtil.getRootContainer(first), d -> {
                            long offset = first.getSize();
                            for (Subpartition s : List.copyOf(second.getSubpartitions())) {
                                s.setOffset(s.getOffset() + offset);
                                first.getSubpartitions().add(s);
                            }
                            first.setSize(first.getSize() + second.getSize());
                            for (WasmModule m : d.getModules()) {
                                m.getGrants().removeIf(g -> g.getTarget() == second);
                            }
                            d.getRegions().remove(second);
                        }));
    }

    /**
     * Merges of two touching regions a module is granted alike, each one heap less for WAMR to
     * attach; they resolve the finding when one merge brings the module within the limit.
     */
    private static List<Fix> mergesForHeaps(WasmModule m, boolean oneIsEnough) {
        List<SharedRegion> granted = m.getGrants().stream().map(Grant::getTarget)
                .filter(t -> t instanceof SharedRegion r && r.isSetBase()).map(SharedRegion.class::cast)
                .sorted(Comparator.comparingLong(SharedRegion::getBase)).toList();
        List<Fix> fixes = new ArrayList<>();
        for (int i = 1; i < granted.size(); i++) {
            SharedRegion first = granted.get(i - 1);
            SharedRegion second = granted.get(i);
            if (first.getBase() + first.getSize() == second.getBase() && sameGrants(first, second)
                    && second.getDiscipline() == null) {
                fixes.add(merge(first, second,
                        oneIsEnough ? Set.of(DiagnosticCode.SHARED_HEAP_PER_INSTANCE) : Set.of()));
            }
        }
        return fixes;
    }

    /** Whether every module may do the same on both regions (all its grants on each together). */
    public static boolean sameGrants(SharedRegion a, SharedRegion b) {
        Design d = (Design) EcoreUtil.getRootContainer(a);
        for (WasmModule m : d.getModules()) {
            if (access(m, a) != access(m, b)) {
                return false;
            }
        }
        return true;
    }

    private static Access access(WasmModule m, SharedRegion r) {
        Access access = Access.NONE;
        for (Grant g : m.getGrants()) {
            if (g.getTarget() == r) {
                access = access.union(Access.of(g.getPermission()));
            }
        }
        return access;
    }}
