package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/** What every encoder's refusal must be able to justify, shared by the property tests. */
final class InfeasibleChecks {

    private InfeasibleChecks() {
    }

    /**
     * A range is named misaligned only when it is off the grain, and a budget is exceeded only when
     * exactly the needed number of free entries is enough.
     *
     * @param withEntries the same unit with this many entries in all
     * @param exact       checks an encoding of the set for the unit it was made for
     */
    static void assertJustified(ProtectionEncoder encoder, AccessSet set, UnitParameters unit, long grain,
            Encoding.Infeasible infeasible, IntFunction<UnitParameters> withEntries,
            BiConsumer<Encoding.Encoded, UnitParameters> exact) {
        assertEquals(unit.available(), infeasible.available());
        switch (infeasible.reason()) {
            case MISALIGNED -> {
                assertFalse(RandomAccessSets.onGrain(set, grain));
                AccessRange range = infeasible.range();
                assertTrue(range.base() % grain != 0 || range.end() % grain != 0, range::toString);
            }
            case BUDGET_EXCEEDED -> {
                assertTrue(RandomAccessSets.onGrain(set, grain));
                assertTrue(infeasible.needed() > infeasible.available());
                UnitParameters enough = withEntries.apply(unit.firstFree() + infeasible.needed());
                Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(set, enough));
                assertEquals(infeasible.needed(), encoded.entries().size());
                exact.accept(encoded, enough);
            }
            default -> throw new AssertionError("unexpected " + infeasible);
        }
    }
}
