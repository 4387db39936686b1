package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.ProtectionKind;

/** Cores whose PMP matches NAPOT only (RP2350's Hazard3): no TOR, no OFF bottoms. */
class PmpNapotOnlyTest {

    private final PmpEncoder encoder = new PmpEncoder();

    private static UnitParameters hazard3(int entries, long grain) {
        return new UnitParameters(ProtectionKind.PMP, entries, 0, 0, grain, grain, 0, false, 0, false);
    }

    @Test
    void withoutTorAnEdgeMustFallOnANapotBlock() {
        assertEquals(32, encoder.granule(hazard3(8, 32)));
        assertEquals(8, encoder.granule(hazard3(8, 4)), "the smallest NAPOT block is 8 bytes");
        assertEquals(4, encoder.granule(new UnitParameters(ProtectionKind.PMP, 8, 0, 0, 4, 4, 0, true, 0, false)),
                "NA4 gives 4-byte blocks");
    }

    @Test
    void ninetySixBytesAreTwoNapotBlocks() {
        AccessSet set = new AccessSet("m", List.of(AccessRange.of(0x2000_0000L, 96, Access.RW, "buffer")));
        Encoding.Encoded e = assertInstanceOf(Encoding.Encoded.class, encoder.encode(set, hazard3(8, 32)));
        assertEquals(2, e.entries().size());
        // (base >> 2) | (size / 8 - 1): 64 B at 0x20000000, then 32 B at 0x20000040
        assertEquals(0x0800_0007L, e.entries().get(0).registers().get("pmpaddr0"));
        assertEquals(0x0800_0013L, e.entries().get(1).registers().get("pmpaddr1"));
        assertEquals(0x1BL, e.entries().get(0).registers().get("pmp0cfg"), "A=NAPOT, W, R");
    }

    @Test
    void encodesExactlyWithNapotEntriesOnly() {
        SeededTries.run(5_000, seed -> {
            Random random = new Random(seed);
            long grain = random.nextBoolean() ? 32 : 8;
            AccessSet set = RandomAccessSets.next(random, grain);
            UnitParameters unit = hazard3(random.nextBoolean() ? 8 : 16, grain);
            switch (encoder.encode(set, unit)) {
                case Encoding.Encoded encoded -> {
                    assertTrue(RandomAccessSets.onGrain(set, grain));
                    for (HardwareEntry entry : encoded.entries()) {
                        long cfg = entry.registers().get("pmp" + entry.index() + "cfg");
                        assertEquals(3, (cfg >> 3) & 3, () -> "not NAPOT: " + entry.describe());
                    }
                    PmpOracle oracle = new PmpOracle(encoded.entries().stream().map(HardwareEntry::registers).toList(),
                            grain);
                    for (long a : RandomAccessSets.probes(random, set)) {
                        assertEquals(set.access(a), oracle.user(a), () -> String.format("at 0x%08X", a));
                    }
                }
                case Encoding.Infeasible infeasible -> {
                    switch (infeasible.reason()) {
                        case MISALIGNED -> assertFalse(RandomAccessSets.onGrain(set, grain));
                        case BUDGET_EXCEEDED -> assertTrue(infeasible.needed() > infeasible.available());
                        default -> throw new AssertionError("unexpected " + infeasible);
                    }
                }
            }
        });
    }
}
