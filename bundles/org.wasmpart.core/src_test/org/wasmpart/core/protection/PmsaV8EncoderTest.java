package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.ProtectionKind;

class PmsaV8EncoderTest {

    private final PmsaV8Encoder encoder = new PmsaV8Encoder();

    private static UnitParameters mpu(int regions, int reserved) {
        return new UnitParameters(ProtectionKind.PMSA_V8, regions, 0, reserved, 32, 32, 0, false, 0);
    }

    private static AccessSet set(AccessRange... ranges) {
        return new AccessSet("m", List.of(ranges));
    }

    private static Map<String, Long> registers(long rnr, long rbar, long rlar) {
        Map<String, Long> r = new LinkedHashMap<>();
        r.put("RNR", rnr);
        r.put("RBAR", rbar);
        r.put("RLAR", rlar);
        return r;
    }

    @Test
    void oneReadWriteRegionOf4KiB() {
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class,
                encoder.encode(set(AccessRange.of(0x2000_0000L, 4096, Access.RW, "heap")), mpu(8, 0)));
        assertEquals(8, encoded.available());
        // RBAR: base | SH 00 | AP 01 (RW any) | XN; RLAR: limit 0x20000FE0 | AttrIndx 0 | EN
        assertEquals(List.of(registers(0, 0x2000_0003L, 0x2000_0FE1L)),
                encoded.entries().stream().map(HardwareEntry::registers).toList());
    }

    @Test
    void executableSharedDeviceAndTouchingRunsNumberedAfterReservedRegions() {
        AccessSet accessSet = set(AccessRange.of(0x0000_0000L, 0x2000, Access.RX, "code"),
                new AccessRange(0x2000, 0x20, Access.R, MemoryType.DEVICE, true, "uart"),
                AccessRange.of(0x2020, 0x40, Access.RWX, "jit"));
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(accessSet, mpu(16, 3)));
        assertEquals(List.of(registers(3, 0x0000_0006L, 0x0000_1FE1L), // RO any, executable
                registers(4, 0x0000_201FL, 0x0000_2007L), // SH 11, RO any, XN; AttrIndx 3 (device)
                registers(5, 0x0000_2022L, 0x0000_2041L)), // RW any, executable; limit 0x205F
                encoded.entries().stream().map(HardwareEntry::registers).toList());
        assertEquals(13, encoded.available());
    }

    @Test
    void touchingRangesWithEqualAccessShareARegionUpTo4GiB() {
        AccessSet accessSet = set(AccessRange.of(0xFFFF_0000L, 0x8000, Access.RW, "a"),
                AccessRange.of(0xFFFF_8000L, 0x8000, Access.RW, "b"));
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(accessSet, mpu(8, 0)));
        assertEquals(List.of(registers(0, 0xFFFF_0003L, 0xFFFF_FFE1L)),
                encoded.entries().stream().map(HardwareEntry::registers).toList());
    }

    @Test
    void offGranuleRangeIsMisaligned() {
        AccessRange odd = AccessRange.of(0x2000_0010L, 0x100, Access.RW, "odd");
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(set(AccessRange.of(0x1000, 0x100, Access.R, "fine"), odd), mpu(8, 0)));
        assertEquals(EncodingFailure.MISALIGNED, infeasible.reason());
        assertEquals(odd, infeasible.range());
        assertTrue(infeasible.message().contains("[0x20000000, 0x20000120)"), infeasible.message());
    }

    @Test
    void moreRunsThanFreeRegionsExceedTheBudget() {
        AccessSet accessSet = set(AccessRange.of(0x0, 0x20, Access.R, "a"), AccessRange.of(0x40, 0x20, Access.R, "b"),
                AccessRange.of(0x80, 0x20, Access.R, "c"));
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(accessSet, mpu(8, 6)));
        assertEquals(EncodingFailure.BUDGET_EXCEEDED, infeasible.reason());
        assertEquals(3, infeasible.needed());
        assertEquals(2, infeasible.available());
        assertNull(infeasible.range());
    }

    @Test
    void everyRegionReservedLeavesNoneFree() {
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(set(AccessRange.of(0x0, 0x20, Access.R, "a")), mpu(8, 8)));
        assertEquals(EncodingFailure.NO_FREE_ENTRIES, infeasible.reason());
        assertEquals(0, infeasible.available());
    }

    @Test
    void emptySetNeedsNoRegion() {
        assertEquals(new Encoding.Encoded(List.of(), 8), encoder.encode(set(), mpu(8, 0)));
    }

    @Test
    void oracleFaultsWhereTwoRegionsOverlap() {
        PmsaV8Oracle oracle = new PmsaV8Oracle(
                List.of(registers(0, 0x1000 | 3, 0x1FE1), registers(1, 0x1F00 | 7, 0x2FE1)));
        assertEquals(Access.RW, oracle.unprivileged(0x1EFF));
        assertEquals(Access.R, oracle.unprivileged(0x2000));
        assertEquals(Access.NONE, oracle.unprivileged(0x3000));
        assertThrows(PmsaV8Oracle.OverlapFault.class,
                () -> oracle.unprivileged(0x1F00));
    }
}
