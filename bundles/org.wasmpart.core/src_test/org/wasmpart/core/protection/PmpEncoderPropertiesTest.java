package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.ProtectionKind;

class PmpEncoderPropertiesTest {

    private static final int[] ENTRIES = { 8, 16, 64 };
    private static final long[] GRAINS = { 4, 8, 32 };

    private final PmpEncoder encoder = new PmpEncoder();

    @Test
    void encodesExactlyOrSaysWhyNot() {
        SeededTries.run(10_000, this::encodesExactlyOrSaysWhyNot);
    }

    private void encodesExactlyOrSaysWhyNot(long seed) {
        Random random = new Random(seed);
        long grain = GRAINS[random.nextInt(GRAINS.length)];
        AccessSet set = RandomAccessSets.next(random, grain);
        int reserved = random.nextBoolean() ? 0 : random.nextInt(3);
        UnitParameters unit = unit(ENTRIES[random.nextInt(ENTRIES.length)], random.nextInt(5), reserved, grain,
                grain == 4 && random.nextBoolean());
        switch (encoder.encode(set, unit)) {
            case Encoding.Encoded encoded -> assertExact(encoded, set, unit, random);
            case Encoding.Infeasible infeasible -> InfeasibleChecks.assertJustified(encoder, set, unit, grain, infeasible,
                    entries -> unit(entries, unit.lockedEntries(), reserved, grain, unit.na4()),
                    (encoded, enough) -> assertExact(encoded, set, enough, random));
        }
    }

    private static UnitParameters unit(int entries, int locked, int reserved, long grain, boolean na4) {
        return new UnitParameters(ProtectionKind.PMP, entries, locked, reserved, grain, grain, 0, na4, 0);
    }

    private static void assertExact(Encoding.Encoded encoded, AccessSet set, UnitParameters unit, Random random) {
        long grain = unit.granularity();
        assertTrue(RandomAccessSets.onGrain(set, grain));
        assertEquals(unit.available(), encoded.available());
        assertTrue(encoded.entries().size() <= unit.available());
        assertTrue(encoded.entries().size() <= oneOrTwoPerRun(set, unit), encoded::toString);
        for (int i = 0; i < encoded.entries().size(); i++) {
            assertEquals(unit.firstFree() + i, encoded.entries().get(i).index());
        }
        PmpOracle oracle = new PmpOracle(encoded.entries().stream().map(HardwareEntry::registers).toList(), grain);
        for (long a : RandomAccessSets.probes(random, set)) {
            assertEquals(set.access(a), oracle.user(a), () -> String.format("at 0x%08X in %s", a, encoded));
        }
    }

    /**
     * The plain layout an encoder must never do worse than: per run of one access, one entry for a
     * NAPOT or NA4 block or a TOR continuing the previous run (or starting entry 0 at address 0),
     * else an OFF entry plus a TOR.
     */
    private static int oneOrTwoPerRun(AccessSet set, UnitParameters unit) {
        List<long[]> runs = new ArrayList<>();
        Access previousAccess = null;
        for (AccessRange r : set.ranges()) {
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == r.base() && r.access() == previousAccess) {
                last[1] = r.end();
            } else {
                runs.add(new long[] { r.base(), r.end() });
            }
            previousAccess = r.access();
        }
        int count = 0;
        long previousEnd = unit.firstFree() == 0 ? 0 : -1;
        for (long[] run : runs) {
            long size = run[1] - run[0];
            boolean napot = Long.bitCount(size) == 1 && size >= Math.max(8, unit.granularity()) && run[0] % size == 0;
            boolean na4 = unit.na4() && size == 4;
            count += napot || na4 || run[0] == previousEnd ? 1 : 2;
            previousEnd = run[1];
        }
        return count;
    }
}
