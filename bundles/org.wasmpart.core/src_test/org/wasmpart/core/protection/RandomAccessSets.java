package org.wasmpart.core.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Access sets shaped like real ones for property tests: power-of-two aligned blocks, odd sizes,
 * ranges touching with equal or different access, a range at 0, a range ending at 4 GiB, and now
 * and then one off the grain.
 */
final class RandomAccessSets {

    private static final long SPACE = 1L << 32;
    private static final Access[] ACCESSES = { Access.R, Access.RW, Access.RX, Access.RWX };

    private RandomAccessSets() {
    }

    static AccessSet next(Random random, long grain) {
        int count = 1 + random.nextInt(12);
        List<AccessRange> ranges = new ArrayList<>();
        long cursor = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> (long) random.nextInt(1 << 16) * grain;
            default -> random.nextLong(SPACE / 2) & -(1L << (12 + random.nextInt(16)));
        };
        Access previous = ACCESSES[random.nextInt(ACCESSES.length)];
        for (int i = 0; i < count && cursor < SPACE; i++) {
            long size = switch (random.nextInt(4)) {
                case 0 -> {
                    long block = Math.max(grain, 1L << (3 + random.nextInt(random.nextInt(8) == 0 ? 29 : 14)));
                    cursor = Math.ceilDiv(cursor, block) * block;
                    yield block;
                }
                case 1 -> grain * (1 + random.nextInt(4));
                default -> grain * (1 + random.nextInt(random.nextBoolean() ? 300 : 100_000));
            };
            if (cursor >= SPACE) {
                break;
            }
            size = Math.min(size, SPACE - cursor);
            Access access = random.nextInt(3) == 0 ? previous : ACCESSES[random.nextInt(ACCESSES.length)];
            MemoryType type = random.nextInt(6) == 0 ? MemoryType.DEVICE : MemoryType.NORMAL_WRITE_BACK;
            ranges.add(new AccessRange(cursor, size, access, type, random.nextInt(8) == 0, "r" + i));
            previous = access;
            cursor += size;
            cursor += switch (random.nextInt(5)) {
                case 0, 1 -> 0;
                case 2 -> grain * (1 + random.nextInt(8));
                case 3 -> grain * random.nextInt(1 << 16);
                default -> 1L << (10 + random.nextInt(20));
            };
        }
        if (random.nextInt(6) == 0) {
            atTop(random, grain, ranges);
        }
        if (random.nextInt(20) == 0) {
            offGrain(random, grain, ranges);
        }
        return new AccessSet("m", ranges);
    }

    /** A last range ending at 2^32, when there is room above the others. */
    private static void atTop(Random random, long grain, List<AccessRange> ranges) {
        long size = random.nextBoolean() ? Math.max(grain, 1L << (3 + random.nextInt(20)))
                : grain * (1 + random.nextInt(500));
        long top = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1).end();
        if (SPACE - size >= top) {
            ranges.add(AccessRange.of(SPACE - size, size, ACCESSES[random.nextInt(ACCESSES.length)], "top"));
        }
    }

    /** One range shrunk by a few bytes, so its end leaves the grain. */
    private static void offGrain(Random random, long grain, List<AccessRange> ranges) {
        int i = random.nextInt(ranges.size());
        AccessRange r = ranges.get(i);
        long cut = grain > 4 ? 4 : 1 + random.nextInt(3);
        if (r.size() > cut) {
            ranges.set(i, new AccessRange(r.base(), r.size() - cut, r.access(), r.type(), r.shareable(), r.origin()));
        }
    }

    static boolean onGrain(AccessSet set, long grain) {
        return set.ranges().stream().allMatch(r -> r.base() % grain == 0 && r.end() % grain == 0);
    }

    /** Every range boundary b with b - 1, b and b + 1, plus random addresses, all within 32 bits. */
    static long[] probes(Random random, AccessSet set) {
        Set<Long> probes = new HashSet<>();
        for (AccessRange r : set.ranges()) {
            for (long b : new long[] { r.base(), r.end() }) {
                for (long a = b - 1; a <= b + 1; a++) {
                    if (a >= 0 && a < SPACE) {
                        probes.add(a);
                    }
                }
            }
            probes.add(r.base() + random.nextLong(r.size()));
        }
        for (int i = 0; i < 16; i++) {
            probes.add(random.nextLong(SPACE));
        }
        return probes.stream().mapToLong(Long::longValue).toArray();
    }
}
