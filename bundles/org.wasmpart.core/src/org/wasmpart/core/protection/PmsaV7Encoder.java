package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wasmpart.core.protection.PmsaV7RegionSearch.Block;
import org.wasmpart.model.ProtectionKind;

/**
 * ARMv6-M/ARMv7-M MPU (PMSAv7). Regions are aligned powers of two whose eighths can be switched
 * off, so one region per range is often not enough (a 3 KiB range) and often too much (a
 * background region with overrides, or one region with holes, serves several ranges). Regions may
 * overlap and the highest number wins, so the encoder searches layered layouts rather than covering
 * each range on its own: a background region of one access with higher-numbered overrides, holes
 * that take all access away (AP "privileged only"), subregions switched off so lower regions or
 * nothing show through. {@link PmsaV7RegionSearch} finds the fewest regions; this class checks
 * alignment and budget, turns values back into access and memory attributes, and words failures.
 *
 * <p>A hole keeps the memory attributes of the region it punches through, so privileged code sees
 * the same memory type there as around it.
 */
public final class PmsaV7Encoder implements ProtectionEncoder {

    /** AP: privileged read/write, unprivileged none. */
    /** The smallest region of the ARMv6-M MPU, which also lacks the TEX field. */
    private static final long ARMV6M_MIN_REGION = 256;

    private static final int AP_PRIVILEGED_ONLY = 0b001;
    /** AP: privileged read/write, unprivileged read-only. */
    private static final int AP_READ_ONLY = 0b010;
    /** AP: read/write at any privilege. */
    private static final int AP_READ_WRITE = 0b011;

    private static final int GRANULE_EXPONENT = 5;

    /** Memory attributes a region carries; each distinct one is a value of the search. */
    private record Attributes(Access access, MemoryType type, boolean shareable) {
        static Attributes of(AccessRange run) {
            return new Attributes(run.access(), run.type(), run.shareable());
        }
    }

    /**
     * Where a range of some size fits one region: inside one aligned block, the smallest power of
     * two that holds it and has subregions (256 B at least, and the unit's smallest region), from
     * one eighth of the block to another.
     *
     * @param block the region's size; it starts on a multiple of it
     * @param step  a subregion: what the range's base and size must be multiples of
     */
    public record OneRegion(long block, long step) {

        /** The size rounded up to whole steps: what the range takes in the block. */
        public long rounded(long size) {
            return Math.ceilDiv(size, step) * step;
        }
    }

    /** The one region a range of this size can have, if placed well. */
    public static OneRegion oneRegion(long size, UnitParameters unit) {
        long block = 1L << Math.max(Math.max(minExponent(unit), PmsaV7RegionSearch.SUBREGION_EXPONENT), ceilLog2(size));
        return new OneRegion(block, block / 8);
    }

    @Override
    public ProtectionKind kind() {
        return ProtectionKind.PMSA_V7;
    }

    /** An eighth (a subregion) of the smallest region, never below 32 bytes. */
    @Override
    public long granule(UnitParameters unit) {
        return Math.max(1L << GRANULE_EXPONENT, (1L << minExponent(unit)) / 8);
    }

    /**
     * A region is a power of two aligned to itself, in eighths (subregions): a range aligned to an
     * eighth of its holding block, or to the block, may take one region.
     */
    @Override
    public List<Long> alignmentsWorthTrying(long size, long granule) {
        long block = ProtectionEncoder.holdingBlock(size, granule);
        return List.of(Math.max(granule, block / 8), block);
    }

    /** Rounded to whole subregions of its holding block. */
    @Override
    public List<Long> roundingsWorthTrying(long size, long granule) {
        return List.of(Math.max(granule, ProtectionEncoder.holdingBlock(size, granule) / 8));
    }

    @Override
    public Encoding encode(AccessSet accessSet, UnitParameters unit) {
        List<AccessRange> runs = accessSet.runs();
        int available = unit.available();
        if (runs.isEmpty()) {
            return new Encoding.Encoded(List.of(), available);
        }
        if (available == 0) {
            return new Encoding.Infeasible(EncodingFailure.NO_FREE_ENTRIES, null, 1, 0,
                    "all " + unit.entryCount() + " MPU regions are taken (" + unit.taken() + "), none is left for "
                            + accessSet.domain() + "; reserve fewer regions for the RTOS and runtime or use a part "
                            + "with more MPU regions");
        }
        int minExponent = minExponent(unit);
        long granule = granule(unit);
        Encoding misaligned = misaligned(accessSet, runs, granule, available);
        if (misaligned != null) {
            return misaligned;
        }
        List<Attributes> attributes = new ArrayList<>();
        List<Block> blocks = layout(runs, attributes, minExponent);
        if (blocks.size() > available) {
            return overBudget(accessSet, runs, unit, blocks.size(), minExponent);
        }
        List<HardwareEntry> regions = new ArrayList<>();
        for (Block block : blocks) {
            regions.add(region(unit.firstFree() + regions.size(), block, attributes, regions,
                    unit.minRegionSize() >= ARMV6M_MIN_REGION));
        }
        return new Encoding.Encoded(regions, available);
    }

    private static List<Block> layout(List<AccessRange> runs, List<Attributes> attributes, int minExponent) {
        List<Long> edges = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        long end = 0;
        for (AccessRange run : runs) {
            if (run.base() > end) {
                edges.add(end);
                values.add(PmsaV7RegionSearch.NO_ACCESS);
            }
            Attributes a = Attributes.of(run);
            if (!attributes.contains(a)) {
                attributes.add(a);
            }
            edges.add(run.base());
            values.add(attributes.indexOf(a) + 1);
            end = run.end();
        }
        if (end < 1L << 32) {
            edges.add(end);
            values.add(PmsaV7RegionSearch.NO_ACCESS);
        }
        return new PmsaV7RegionSearch(edges.stream().mapToLong(Long::longValue).toArray(),
                values.stream().mapToInt(Integer::intValue).toArray(), minExponent).run();
    }

    private static PmsaV7Region region(int index, Block block, List<Attributes> attributes,
            List<HardwareEntry> below, boolean armv6m) {
        if (block.value() == PmsaV7RegionSearch.NO_ACCESS) {
            PmsaV7Region around = enclosing(block, below);
            return new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), AP_PRIVILEGED_ONLY, true,
                    around.tex(), around.s(), around.c(), around.b());
        }
        Attributes a = attributes.get(block.value() - 1);
        int ap = a.access().write() ? AP_READ_WRITE : AP_READ_ONLY;
        boolean xn = !a.access().execute();
        // S only qualifies normal memory; TEX=000 C=0 B=1 is shared device whatever S says.
        boolean s = a.shareable() && a.type() != MemoryType.DEVICE;
        if (armv6m) {
            // ARMv6-M has no TEX field: C/B alone give strongly-ordered, device, normal write-through and
            // normal write-back. There is no normal non-cacheable; the Cortex-M0+ has no cache, so
            // write-through keeps such buffers in memory just as well.
            return switch (a.type()) {
                case NORMAL_WRITE_BACK -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap, xn,
                        0, s, true, true);
                case NORMAL_WRITE_THROUGH, NORMAL_NON_CACHEABLE -> new PmsaV7Region(index, block.base(),
                        block.exponent(), block.srd(), ap, xn, 0, s, true, false);
                case DEVICE -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap, xn, 0, false,
                        false, true);
            };
        }
        return switch (a.type()) {
            case NORMAL_WRITE_BACK -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap, xn,
                    0b001, s, true, true);
            case NORMAL_WRITE_THROUGH -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap,
                    xn, 0b000, s, true, false);
            case NORMAL_NON_CACHEABLE -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap,
                    xn, 0b001, s, false, false);
            case DEVICE -> new PmsaV7Region(index, block.base(), block.exponent(), block.srd(), ap, xn, 0b000,
                    false, false, true);
        };
    }

    /** The highest region below that contains the hole: the search only punches holes into one. */
    private static PmsaV7Region enclosing(Block hole, List<HardwareEntry> below) {
        for (HardwareEntry entry : below.reversed()) {
            PmsaV7Region r = (PmsaV7Region) entry;
            if (r.base() <= hole.base() && hole.base() + (1L << hole.exponent()) <= r.base() + r.size()) {
                return r;
            }
        }
        throw new IllegalStateException("hole at " + formatAddress(hole.base()) + " lies in no region");
    }

    private static Encoding misaligned(AccessSet accessSet, List<AccessRange> runs, long granule, int available) {
        Set<Long> runEdges = new HashSet<>();
        for (AccessRange run : runs) {
            runEdges.add(run.base());
            runEdges.add(run.end());
        }
        for (AccessRange range : accessSet.ranges()) {
            boolean badBase = range.base() % granule != 0 && runEdges.contains(range.base());
            boolean badEnd = range.end() % granule != 0 && runEdges.contains(range.end());
            if (badBase || badEnd) {
                long base = range.base() - range.base() % granule;
                long end = Math.ceilDiv(range.end(), granule) * granule;
                return new Encoding.Infeasible(EncodingFailure.MISALIGNED, range, 0, available,
                        range + (badBase ? " starts at " + formatAddress(range.base())
                                : " ends at " + formatAddress(range.end())) + ", not on a " + granule
                                + "-byte boundary, the finest an ARMv6-M or ARMv7-M MPU region or subregion can separate; "
                                + "place it at [" + formatAddress(base) + ", " + formatAddress(end)
                                + ") or make its base and size multiples of " + granule);
            }
        }
        return null;
    }

    private static Encoding overBudget(AccessSet accessSet, List<AccessRange> runs, UnitParameters unit, int needed,
            int minExponent) {
        AccessRange worst = null;
        int worstCost = 1;
        for (AccessRange run : runs) {
            int alone = layout(List.of(run), new ArrayList<>(), minExponent).size();
            if (alone > worstCost) {
                worst = run;
                worstCost = alone;
            }
        }
        String head = accessSet.domain() + " needs " + needed + " MPU regions but only " + unit.available() + " of "
                + unit.entryCount() + " are free (" + unit.taken() + "); ";
        String fix = worst == null
                ? "each range fits one region, but there are too many: grant fewer separate ranges, place ranges "
                        + "with the same access and memory type next to each other so they share regions, "
                        + "or use a part with more MPU regions"
                : worst + " alone needs " + worstCost + " regions: " + oneRegionAdvice(worst, unit)
                        + ", or grant fewer separate ranges";
        return new Encoding.Infeasible(EncodingFailure.BUDGET_EXCEEDED, worst, needed, unit.available(),
                head + fix);
    }

    /** Where the run would need a single region: a size of 1/8 steps of a power of two, aligned to it. */
    private static String oneRegionAdvice(AccessRange run, UnitParameters unit) {
        OneRegion one = oneRegion(run.size(), unit);
        if (run.size() == one.block()) {
            return "move it to a " + formatSize(one.block()) + " boundary to need one region";
        }
        long rounded = one.rounded(run.size());
        String size = rounded == run.size() ? "" : "round its size up to " + formatSize(rounded) + " and ";
        return size + "start it on a " + formatSize(one.step()) + " boundary inside one " + formatSize(one.block())
                + "-aligned block to need one region";
    }

    /** log2 of the smallest region the unit allows (and never below 32 B). */
    private static int minExponent(UnitParameters unit) {
        return Math.max(GRANULE_EXPONENT, ceilLog2(unit.minRegionSize()));
    }

    private static int ceilLog2(long value) {
        return value <= 1 ? 0 : Long.SIZE - Long.numberOfLeadingZeros(value - 1);
    }
}
