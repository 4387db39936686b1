package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.ProtectionKind;


/**
 * The encoder against {@link PmsaV7Oracle}, on access sets shaped like real ones: aligned blocks,
 * odd sizes, touching ranges, a background with small ranges carved out of it, the whole space,
 * the top of the space, and now and then a range off the 32-byte grid.
 */
class PmsaV7EncoderPropertiesTest {

    private static final long TOP = 1L << 32;
    private static final int MAX_REGIONS = 16;
    private static final Access[] ACCESSES = { Access.R, Access.RW, Access.RW, Access.RX, Access.RWX };
    private final PmsaV7Encoder encoder = new PmsaV7Encoder();

    record Case(AccessSet set, UnitParameters unit, long seed) {
    }

    @Test
    void encodingIsExactOrJustifiedlyInfeasible() {
        SeededTries.run(10_000, seed -> {
            Random random = new Random(seed);
            Case c = new Case(accessSet(random), unit(random), seed);
            Encoding encoding = encoder.encode(c.set(), c.unit());
            boolean ok = switch (encoding) {
                case Encoding.Encoded e -> exact(c, e);
                case Encoding.Infeasible f -> justified(c, f);
            };
            if (!ok) {
                throw new AssertionError("unjustified " + encoding + " for " + c.set());
            }
        });
    }

    @Test
    void anAlignedPowerOfTwoIsOneRegion() {
        SeededTries.run(2_000, seed -> {
            Random random = new Random(seed);
            if (!anAlignedPowerOfTwoIsOneRegion(unit(random), random.nextLong())) {
                throw new AssertionError("an aligned power-of-two block did not give one region");
            }
        });
    }

    private boolean anAlignedPowerOfTwoIsOneRegion(UnitParameters unit, long seed) {
        Random random = new Random(seed);
        int exponent = Math.max(unit.minRegionSize() == 256 ? 8 : 5, 5 + random.nextInt(28));
        long base = (random.nextLong() & (TOP - 1)) & -(1L << exponent);
        AccessSet set = new AccessSet("m", List.of(new AccessRange(base, 1L << exponent, pick(random, ACCESSES),
                pick(random, MemoryType.values()), random.nextBoolean(), "block")));
        Encoding encoding = encoder.encode(set, unit);
        if (unit.available() == 0) {
            return encoding instanceof Encoding.Infeasible f && f.reason() == EncodingFailure.NO_FREE_ENTRIES;
        }
        return encoding instanceof Encoding.Encoded e && e.entries().size() == 1 && exact(new Case(set, unit, seed), e);
    }

    private boolean exact(Case c, Encoding.Encoded e) {
        UnitParameters unit = c.unit();
        if (e.entries().size() > unit.available() || e.available() != unit.available()) {
            throw new AssertionError(e.entries().size() + " entries, " + unit.available() + " available");
        }
        for (int i = 0; i < e.entries().size(); i++) {
            if (e.entries().get(i).index() != unit.firstFree() + i) {
                throw new AssertionError("entry " + i + " has index " + e.entries().get(i).index());
            }
        }
        PmsaV7Oracle oracle = new PmsaV7Oracle(e.entries());
        List<Long> probes = new ArrayList<>();
        for (AccessRange r : c.set().ranges()) {
            for (long b : new long[] { r.base(), r.end() }) {
                for (long a = b - 1; a <= b + 1; a++) {
                    probes.add(a);
                }
            }
        }
        Random random = new Random(c.seed());
        for (int i = 0; i < 32; i++) {
            probes.add(random.nextLong() & (TOP - 1));
            AccessRange r = pick(random, c.set().ranges().toArray(AccessRange[]::new));
            probes.add(r.base() + (long) (random.nextDouble() * r.size()));
        }
        for (long a : probes) {
            if (a >= 0 && a < TOP && oracle.access(a) != c.set().access(a)) {
                throw new AssertionError("at " + Long.toHexString(a) + " the MPU gives " + oracle.access(a)
                        + ", the set wants " + c.set().access(a) + "; " + describe(e));
            }
        }
        return true;
    }

    private boolean justified(Case c, Encoding.Infeasible f) {
        if (f.available() != c.unit().available()) {
            throw new AssertionError(f);
        }
        return switch (f.reason()) {
            case MISALIGNED -> f.range() != null && c.set().ranges().contains(f.range())
                    && (f.range().base() % 32 != 0 || f.range().end() % 32 != 0);
            case NO_FREE_ENTRIES -> c.unit().available() == 0;
            case BUDGET_EXCEEDED -> f.needed() > f.available() && neededIsHonest(c, f.needed());
            case NO_HARDWARE_PROTECTION -> false;
        };
    }

    /**
     * With exactly as many free regions as it said it needs, the encoder must manage; RBAR numbers
     * only 16 regions, so the oracle can judge such a layout only up to 16.
     */
    private boolean neededIsHonest(Case c, int needed) {
        UnitParameters u = c.unit();
        UnitParameters bigger = new UnitParameters(u.kind(), u.firstFree() + needed, 0, u.firstFree(),
                u.minRegionSize(), u.granularity(), u.subregions(), u.na4(), u.pageSize());
        return encoder.encode(c.set(), bigger) instanceof Encoding.Encoded e && e.entries().size() == needed
                && (bigger.entryCount() > MAX_REGIONS || exact(new Case(c.set(), bigger, c.seed()), e));
    }

    private static String describe(Encoding.Encoded e) {
        return e.entries().stream().map(HardwareEntry::describe).toList().toString();
    }

    private static UnitParameters unit(Random random) {
        return new UnitParameters(ProtectionKind.PMSA_V7, random.nextBoolean() ? 8 : 16, 0, random.nextInt(4),
                random.nextBoolean() ? 32L : 256L, 32, 8, false, 0);
    }

    private static AccessSet accessSet(Random random) {
        List<AccessRange> ranges = switch (random.nextInt(10)) {
            case 0 -> backgroundWithCarveOuts(random);
            case 1 -> wholeSpace(random);
            case 2 -> atTheTop(random);
            default -> cluster(random);
        };
        if (random.nextInt(40) == 0) {
            ranges = offTheGrid(random, ranges);
        }
        return new AccessSet("m", ranges);
    }

    /** 1..12 ranges laid out upward from a typical base, some touching, some aligned, some odd. */
    private static List<AccessRange> cluster(Random random) {
        long[] starts = { 0, 0x0800_0000L, 0x2000_0000L, 0x2000_0000L, 0x4000_0000L, 0x6000_0000L };
        long cursor = random.nextInt(4) == 0 ? (random.nextLong() & (TOP - 1)) & -32L : pick(random, starts);
        int count = 1 + random.nextInt(random.nextBoolean() ? 6 : 12);
        List<AccessRange> ranges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long size = size(random);
            cursor = switch (random.nextInt(5)) {
                case 0 -> cursor; // touching
                case 1 -> cursor + 32L * (1 + random.nextInt(64));
                case 2 -> alignUp(cursor, Long.highestOneBit(size));
                case 3 -> alignUp(cursor, 1L << (5 + random.nextInt(16)));
                default -> cursor + (1L << (5 + random.nextInt(24)));
            };
            if (cursor + size > TOP) {
                if (ranges.isEmpty()) {
                    ranges.add(range(random, TOP - size, size, "r" + i));
                }
                break;
            }
            ranges.add(range(random, cursor, size, "r" + i));
            cursor += size;
        }
        return ranges;
    }

    /** One access over an aligned block, with a few ranges of other accesses inside it. */
    private static List<AccessRange> backgroundWithCarveOuts(Random random) {
        int exponent = 12 + random.nextInt(19);
        long base = (random.nextLong() & (TOP - 1)) & -(1L << exponent);
        long end = base + (1L << exponent);
        Access background = pick(random, ACCESSES);
        List<AccessRange> ranges = new ArrayList<>();
        long cursor = base;
        int inner = 1 + random.nextInt(4);
        for (int i = 0; i < inner && cursor < end; i++) {
            long size = Math.min(size(random) / 4 + 32, (end - cursor) / 2) & -32L;
            if (size < 32) {
                break;
            }
            long at = alignUp(cursor + ((long) (random.nextDouble() * (end - cursor) / 2) & -32L),
                    random.nextBoolean() ? Long.highestOneBit(size) : 32);
            if (at + size > end) {
                break;
            }
            if (at > cursor) {
                ranges.add(AccessRange.of(cursor, at - cursor, background, "background " + i));
            }
            Access other = background == Access.R ? Access.RW : Access.R;
            ranges.add(AccessRange.of(at, size, other, "inner " + i));
            cursor = at + size;
        }
        if (cursor < end) {
            ranges.add(AccessRange.of(cursor, end - cursor, background, "background end"));
        }
        return ranges;
    }

    /** The whole 4 GiB, in one range or split in two. */
    private static List<AccessRange> wholeSpace(Random random) {
        if (random.nextBoolean()) {
            return List.of(range(random, 0, TOP, "all"));
        }
        long split = (random.nextLong() & (TOP - 1)) & -32L;
        split = Math.max(32, split);
        return List.of(AccessRange.of(0, split, Access.R, "low"), AccessRange.of(split, TOP - split, Access.RW, "high"));
    }

    /** A shared-heap-like range ending at 4 GiB, maybe with a neighbour below. */
    private static List<AccessRange> atTheTop(Random random) {
        long size = random.nextBoolean() ? 0x1000 : size(random);
        List<AccessRange> ranges = new ArrayList<>();
        if (random.nextBoolean()) {
            long below = size(random);
            ranges.add(range(random, TOP - size - below - 32L * random.nextInt(3), below, "below"));
        }
        ranges.add(range(random, TOP - size, size, "shared heap"));
        return ranges;
    }

    /** The same set with one range moved or resized off the 32-byte grid. */
    private static List<AccessRange> offTheGrid(Random random, List<AccessRange> ranges) {
        List<AccessRange> moved = new ArrayList<>(ranges);
        int i = random.nextInt(moved.size());
        AccessRange r = moved.get(i);
        if (r.size() > 32) {
            moved.set(i, new AccessRange(r.base(), r.size() - 8, r.access(), r.type(), r.shareable(), r.origin()));
        }
        return moved;
    }

    private static long size(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> 1L << (5 + random.nextInt(17));
            case 2 -> pick(random, new long[] { 3 * 1024, 7680, 1536, 96, 5 * 1024, 12 * 1024 });
            case 3 -> 32L * (1 + random.nextInt(2048));
            case 4 -> (1L << (20 + random.nextInt(9))) - 32L * random.nextInt(3);
            default -> 32L * (1 + random.nextInt(64));
        };
    }

    private static AccessRange range(Random random, long base, long size, String origin) {
        MemoryType type = random.nextInt(4) == 0 ? pick(random, MemoryType.values()) : MemoryType.NORMAL_WRITE_BACK;
        return new AccessRange(base, size, pick(random, ACCESSES), type, random.nextInt(6) == 0, origin);
    }

    private static long alignUp(long value, long alignment) {
        return Math.ceilDiv(value, alignment) * alignment;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long pick(Random random, long[] values) {
        return values[random.nextInt(values.length)];
    }
}
