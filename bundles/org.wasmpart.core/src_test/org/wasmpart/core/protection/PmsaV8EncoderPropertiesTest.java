package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.ProtectionKind;

class PmsaV8EncoderPropertiesTest {

    private static final long GRANULE = 32;

    private final PmsaV8Encoder encoder = new PmsaV8Encoder();

    @Test
    void encodesExactlyOrSaysWhyNot() {
        SeededTries.run(10_000, this::encodesExactlyOrSaysWhyNot);
    }

    private void encodesExactlyOrSaysWhyNot(long seed) {
        Random random = new Random(seed);
        AccessSet set = RandomAccessSets.next(random, GRANULE);
        UnitParameters unit = new UnitParameters(ProtectionKind.PMSA_V8, random.nextBoolean() ? 8 : 16, 0,
                random.nextInt(4), 32, GRANULE, 0, false, 0);
        switch (encoder.encode(set, unit)) {
            case Encoding.Encoded encoded -> assertExact(encoded, set, unit, random);
            case Encoding.Infeasible infeasible -> InfeasibleChecks.assertJustified(encoder, set, unit, GRANULE,
                    infeasible, entries -> new UnitParameters(ProtectionKind.PMSA_V8, entries, 0, unit.reserved(), 32,
                            GRANULE, 0, false, 0), (encoded, enough) -> assertExact(encoded, set, enough, random));
        }
    }

    private static void assertExact(Encoding.Encoded encoded, AccessSet set, UnitParameters unit, Random random) {
        assertTrue(RandomAccessSets.onGrain(set, GRANULE));
        assertEquals(unit.available(), encoded.available());
        assertTrue(encoded.entries().size() <= unit.available());
        // regions may not overlap, and one region has one access and one memory type: one per run is the least
        assertEquals(set.runs().size(), encoded.entries().size());
        for (int i = 0; i < encoded.entries().size(); i++) {
            assertEquals((long) unit.firstFree() + i, encoded.entries().get(i).registers().get("RNR"));
        }
        PmsaV8Oracle oracle = new PmsaV8Oracle(encoded.entries().stream().map(HardwareEntry::registers).toList());
        for (long a : RandomAccessSets.probes(random, set)) {
            assertEquals(set.access(a), oracle.unprivileged(a), () -> String.format("at 0x%08X in %s", a, encoded));
        }
    }
}
