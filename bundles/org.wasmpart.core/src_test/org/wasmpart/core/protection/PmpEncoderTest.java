package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.ProtectionKind;

class PmpEncoderTest {

    private final PmpEncoder encoder = new PmpEncoder();

    private static UnitParameters pmp(int entries, int locked, long grain, boolean na4) {
        return new UnitParameters(ProtectionKind.PMP, entries, locked, 0, grain, grain, 0, na4, 0);
    }

    private static AccessSet set(AccessRange... ranges) {
        return new AccessSet("m", List.of(ranges));
    }

    private record Reg(long pmpaddr, long cfg) {
    }

    private static final long OFF = 0x00;
    private static final long TOR = 0x08;
    private static final long NA4 = 0x10;
    private static final long NAPOT = 0x18;

    private List<Reg> encode(AccessSet accessSet, UnitParameters unit) {
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(accessSet, unit));
        for (int i = 0; i < encoded.entries().size(); i++) {
            assertEquals(unit.firstFree() + i, encoded.entries().get(i).index());
        }
        return encoded.entries().stream().map(e -> {
            int i = e.index();
            return new Reg(e.registers().get("pmpaddr" + i), e.registers().get("pmp" + i + "cfg"));
        }).toList();
    }

    @Test
    void napotOf4KiB() {
        assertEquals(List.of(new Reg(0x2000_01FFL, NAPOT | 0b011)),
                encode(set(AccessRange.of(0x8000_0000L, 4096, Access.RW, "heap")), pmp(16, 0, 4, true)));
    }

    @Test
    void twoTouchingTorRunsShareTheirBoundary() {
        // neither run is a power of two, and entry 1 (locked) cannot be a bottom we own: an OFF entry
        // holds the base, the RX TOR ends where the RW TOR begins; two entries cannot do it
        AccessSet accessSet = set(AccessRange.of(0x8000_0000L, 0x300, Access.RX, "code"),
                AccessRange.of(0x8000_0300L, 0x200, Access.RW, "data"));
        assertEquals(List.of(new Reg(0x2000_0000L, OFF), new Reg(0x2000_00C0L, TOR | 0b101),
                new Reg(0x2000_0140L, TOR | 0b011)), encode(accessSet, pmp(16, 2, 4, true)));
    }

    @Test
    void entryZeroTorStartsAtAddressZero() {
        assertEquals(List.of(new Reg(0xC0, TOR | 0b001)),
                encode(set(AccessRange.of(0, 0x300, Access.R, "vectors")), pmp(8, 0, 4, true)));
    }

    @Test
    void torToTheTopOfTheAddressSpace() {
        assertEquals(List.of(new Reg(0x3FFF_FF40L, OFF), new Reg(0x4000_0000L, TOR | 0b011)),
                encode(set(AccessRange.of(0xFFFF_FD00L, 0x300, Access.RW, "top")), pmp(8, 1, 4, true)));
    }

    @Test
    void napotBeforeATouchingTorSuppliesItsBottom() {
        // the NAPOT entry's pmpaddr, read as a TOR bottom, is 0x2000 + 0x800 - 4, inside the NAPOT block
        AccessSet accessSet = set(AccessRange.of(0x2000, 0x1000, Access.RW, "a"),
                AccessRange.of(0x3000, 0x300, Access.R, "b"));
        assertEquals(List.of(new Reg(0x09FF, NAPOT | 0b011), new Reg(0x0CC0, TOR | 0b001)),
                encode(accessSet, pmp(8, 3, 4, true)));
    }

    @Test
    void holePunchedBeforeABiggerNapot() {
        // [0x1000, 0x1F00) RW and [0x1F00, 0x2000) R: the R NAPOT first, then a RW NAPOT of 4 KiB
        AccessSet accessSet = set(AccessRange.of(0x1000, 0xF00, Access.RW, "data"),
                AccessRange.of(0x1F00, 0x100, Access.R, "table"));
        assertEquals(List.of(new Reg(0x07C0 | 0x1F, NAPOT | 0b001), new Reg(0x0400 | 0x1FF, NAPOT | 0b011)),
                encode(accessSet, pmp(8, 1, 4, true)));
    }

    @Test
    void na4OnlyWithAFourByteGrain() {
        AccessSet word = set(AccessRange.of(0x4000_0004L, 4, Access.RW, "register"));
        assertEquals(List.of(new Reg(0x1000_0001L, NA4 | 0b011)), encode(word, pmp(8, 1, 4, true)));
        assertEquals(List.of(new Reg(0x1000_0001L, OFF), new Reg(0x1000_0002L, TOR | 0b011)),
                encode(word, pmp(8, 1, 4, false)));
    }

    @Test
    void grainOf32WithoutNa4() {
        UnitParameters unit = pmp(8, 1, 32, false);
        assertEquals(List.of(new Reg(0x2000_0003L, NAPOT | 0b011)),
                encode(set(AccessRange.of(0x8000_0000L, 32, Access.RW, "a")), unit));
        assertEquals(List.of(new Reg(0x2000_0000L, OFF), new Reg(0x2000_0018L, TOR | 0b011)),
                encode(set(AccessRange.of(0x8000_0000L, 96, Access.RW, "b")), unit));
        AccessRange word = AccessRange.of(0x8000_0000L, 4, Access.RW, "word");
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class, encoder.encode(set(word), unit));
        assertEquals(EncodingFailure.MISALIGNED, infeasible.reason());
        assertEquals(word, infeasible.range());
    }

    @Test
    void allSixteenLockedLikeTheEsp32C3() {
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class, encoder.encode(
                set(AccessRange.of(0x3FC8_0000L, 0x1000, Access.RW, "heap")), pmp(16, 16, 4, true)));
        assertEquals(EncodingFailure.NO_FREE_ENTRIES, infeasible.reason());
        assertEquals(0, infeasible.available());
        assertEquals(1, infeasible.needed());
    }

    @Test
    void budgetCountsTheEntriesTheLayoutNeeds() {
        AccessSet accessSet = set(AccessRange.of(0x1000, 0x300, Access.R, "a"), AccessRange.of(0x2000, 0x300, Access.R, "b"));
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(accessSet, pmp(8, 5, 4, true)));
        assertEquals(EncodingFailure.BUDGET_EXCEEDED, infeasible.reason());
        assertEquals(4, infeasible.needed());
        assertEquals(3, infeasible.available());
        assertEquals(4, encode(accessSet, pmp(8, 4, 4, true)).size());
    }

    @Test
    void oracleRejectsWriteWithoutReadAndForeignTorBottoms() {
        List<Map<String, Long>> writeOnly = List.of(Map.of("pmpaddr0", 0x100L, "pmp0cfg", TOR | 0b010));
        assertThrows(IllegalStateException.class, () -> new PmpOracle(writeOnly, 4).user(0x10));
        List<Map<String, Long>> foreign = List.of(Map.of("pmpaddr3", 0x100L, "pmp3cfg", TOR | 0b001));
        assertThrows(IllegalStateException.class, () -> new PmpOracle(foreign, 4).user(0x10));
    }
}
