package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.ProtectionKind;

class NoProtectionEncoderTest {

    private final NoProtectionEncoder encoder = new NoProtectionEncoder();
    private final UnitParameters none = new UnitParameters(ProtectionKind.NONE, 0, 0, 0, 0, 0, 0, false, 0);

    @Test
    void emptySetNeedsNothing() {
        assertEquals(new Encoding.Encoded(List.of(), 0), encoder.encode(new AccessSet("m", List.of()), none));
    }

    @Test
    void anyRangeCannotBeEnforcedInHardware() {
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class, encoder.encode(
                new AccessSet("m", List.of(AccessRange.of(0x2000_0000L, 0x100, Access.RW, "heap"))), none));
        assertEquals(EncodingFailure.NO_HARDWARE_PROTECTION, infeasible.reason());
        assertTrue(infeasible.message().contains("every module can reach all memory"), infeasible.message());
        assertTrue(infeasible.message().contains("memory option"), infeasible.message());
    }
}
