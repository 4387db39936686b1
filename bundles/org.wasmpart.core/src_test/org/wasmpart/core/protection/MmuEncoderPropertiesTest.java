package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.ProtectionKind;

class MmuEncoderPropertiesTest {

    private static final long PAGE = 4096;

    private final MmuEncoder encoder = new MmuEncoder();

    @Test
    void mapsExactlyOrNamesTheRangeOffThePage() {
        SeededTries.run(10_000, seed -> {
            Random random = new Random(seed);
            long grain = random.nextInt(4) == 0 ? 32 : PAGE;
            AccessSet set = RandomAccessSets.next(random, grain);
            UnitParameters unit = new UnitParameters(ProtectionKind.MMU, 0, 0, 0, PAGE, PAGE, 0, false, PAGE);
            switch (encoder.encode(set, unit)) {
                case Encoding.Encoded encoded -> {
                    assertTrue(RandomAccessSets.onGrain(set, PAGE), "encoded a set off the page: " + set);
                    MmuOracle oracle = new MmuOracle(encoded.entries().stream().map(HardwareEntry::registers).toList(),
                            PAGE);
                    for (long a : RandomAccessSets.probes(random, set)) {
                        assertEquals(set.access(a), oracle.access(a), () -> String.format("at 0x%08X", a));
                    }
                }
                case Encoding.Infeasible infeasible -> {
                    assertEquals(EncodingFailure.MISALIGNED, infeasible.reason(), infeasible.message());
                    assertFalse(RandomAccessSets.onGrain(set, PAGE));
                    AccessRange r = infeasible.range();
                    assertTrue(r.base() % PAGE != 0 || r.end() % PAGE != 0, r::toString);
                }
            }
        });
    }
}
