package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.ProtectionKind;

/** Worked examples; register values computed by hand from the ARMv7-M MPU_RBAR/MPU_RASR layout. */
class PmsaV7EncoderTest {

    private static final long TOP = 1L << 32;
    private final PmsaV7Encoder encoder = new PmsaV7Encoder();

    private static UnitParameters armV7(int regions, int reserved) {
        return new UnitParameters(ProtectionKind.PMSA_V7, regions, 0, reserved, 32, 32, 8, false, 0);
    }

    private static UnitParameters armV6(int reserved) {
        return new UnitParameters(ProtectionKind.PMSA_V7, 8, 0, reserved, 256, 32, 8, false, 0);
    }

    private Encoding.Encoded encoded(UnitParameters unit, AccessRange... ranges) {
        AccessSet set = new AccessSet("sensor", List.of(ranges));
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(set, unit));
        PmsaV7Oracle oracle = new PmsaV7Oracle(encoded.entries());
        for (AccessRange r : ranges) {
            for (long a : new long[] { r.base() - 1, r.base(), r.base() + r.size() / 2, r.end() - 1, r.end() }) {
                if (a >= 0 && a < TOP) {
                    assertEquals(set.access(a), oracle.access(a), "at " + Long.toHexString(a));
                }
            }
        }
        return encoded;
    }

    private static PmsaV7Region region(Encoding.Encoded encoded, int i) {
        return (PmsaV7Region) encoded.entries().get(i);
    }

    @Test
    void alignedFourKibibytesReadWriteIsOneRegion() {
        Encoding.Encoded e = encoded(armV7(8, 2), AccessRange.of(0x2000_0000L, 4096, Access.RW, "heap"));
        assertEquals(1, e.entries().size());
        assertEquals(6, e.available());
        // base | VALID | region 2
        assertEquals(0x2000_0012L, region(e, 0).registers().get("RBAR"));
        // XN | AP=011 | TEX=001 C B | SIZE=11 | ENABLE
        assertEquals(0x130B_0017L, region(e, 0).registers().get("RASR"));
    }

    @Test
    void aRangeHasOneRegionOnTheSubregionsOfTheSmallestBlockThatHoldsIt() {
        assertEquals(new PmsaV7Encoder.OneRegion(4096, 512), PmsaV7Encoder.oneRegion(3072, armV7(8, 0)));
        assertEquals(1, encoded(armV7(8, 0), AccessRange.of(0x2000_0200L, 3072, Access.R, "config")).entries().size());
        // blocks under 256 B have no subregions: a small range uses the 32-byte ones of 256 B
        assertEquals(new PmsaV7Encoder.OneRegion(256, 32), PmsaV7Encoder.oneRegion(96, armV7(8, 0)));
        assertEquals(1, encoded(armV7(8, 0), AccessRange.of(0x2000_0060L, 96, Access.R, "flags")).entries().size());
        assertEquals(2, encoded(armV7(8, 0), AccessRange.of(0x2000_00E0L, 96, Access.R, "flags")).entries().size(),
                "across a 256-byte boundary");
    }

    @Test
    void oneKibibyteOffAlignmentUsesSubregionsOfTwoKibibytes() {
        Encoding.Encoded e = encoded(armV7(8, 0), AccessRange.of(0x2000_0100L, 1024, Access.RW, "samples"));
        assertEquals(1, e.entries().size());
        PmsaV7Region r = region(e, 0);
        assertEquals(0x2000_0000L, r.base());
        assertEquals(11, r.sizeExponent());
        // 256 B subregions 1..4 cover [0x100, 0x500); 0 and 5..7 are off
        assertEquals(0b1110_0001, r.srd());
        assertEquals(0x2000_0010L, r.registers().get("RBAR"));
        assertEquals(0x130B_E115L, r.registers().get("RASR"));
    }

    @Test
    void wholeAddressSpaceReadOnlyIsSizeThirtyOne() {
        Encoding.Encoded e = encoded(armV7(8, 0), AccessRange.of(0, TOP, Access.R, "everything"));
        assertEquals(1, e.entries().size());
        assertEquals(0x10L, region(e, 0).registers().get("RBAR"));
        // XN | AP=010 | TEX=001 C B | SIZE=31 | ENABLE
        assertEquals(0x120B_003FL, region(e, 0).registers().get("RASR"));
        assertEquals(31, region(e, 0).registers().get("RASR") >>> 1 & 0x1F);
    }

    @Test
    void topOfTheAddressSpace() {
        Encoding.Encoded e = encoded(armV7(8, 0), AccessRange.of(0xFFFF_F000L, 4096, Access.RW, "shared heap"));
        assertEquals(1, e.entries().size());
        assertEquals(0xFFFF_F010L, region(e, 0).registers().get("RBAR"));
        assertEquals(0x130B_0017L, region(e, 0).registers().get("RASR"));
    }

    @Test
    void armV6UsesThirtyTwoByteSubregionsOfA256ByteRegion() {
        Encoding.Encoded e = encoded(armV6(1), AccessRange.of(0x2000_0020L, 64, Access.RW, "mailbox"));
        assertEquals(1, e.entries().size());
        PmsaV7Region r = region(e, 0);
        assertEquals(1, r.index());
        assertEquals(0x2000_0000L, r.base());
        assertEquals(8, r.sizeExponent());
        // subregions 1 and 2 ([0x20, 0x60)) on
        assertEquals(0b1111_1001, r.srd());
        // XN, AP=011, and no TEX on ARMv6-M: normal write-back is TEX=000 C=1 B=1
        assertEquals(0, r.tex());
        assertEquals(0x1303_F90FL, r.registers().get("RASR"));
    }

    @Test
    void sevenAndAHalfKibibytesNeedTwoRegions() {
        Encoding.Encoded e = encoded(armV7(8, 0), AccessRange.of(0x2000_0000L, 7680, Access.RW, "buffer"));
        assertEquals(2, e.entries().size());
    }

    @Test
    void misalignedRangeIsNamed() {
        AccessRange bad = AccessRange.of(0x2000_0010L, 64, Access.RW, "region samples");
        AccessSet set = new AccessSet("sensor", List.of(AccessRange.of(0x2000_1000L, 4096, Access.R, "code"), bad));
        Encoding.Infeasible f = assertInstanceOf(Encoding.Infeasible.class, encoder.encode(set, armV7(8, 0)));
        assertEquals(EncodingFailure.MISALIGNED, f.reason());
        assertEquals(bad, f.range());
        assertTrue(f.message().contains("region samples"), f.message());
        assertTrue(f.message().contains("0x20000010"), f.message());
    }

    @Test
    void tooManyRangesExceedTheBudget() {
        List<AccessRange> ranges = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ranges.add(AccessRange.of(0x2000_0000L + i * 0x1_0000L, 32, Access.RW, "slot " + i));
        }
        Encoding.Infeasible f = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(new AccessSet("sensor", ranges), armV7(8, 0)));
        assertEquals(EncodingFailure.BUDGET_EXCEEDED, f.reason());
        assertEquals(9, f.needed());
        assertEquals(8, f.available());
        assertTrue(f.message().contains("9 MPU regions"), f.message());
    }

    @Test
    void noFreeRegions() {
        Encoding.Infeasible f = assertInstanceOf(Encoding.Infeasible.class, encoder.encode(
                new AccessSet("sensor", List.of(AccessRange.of(0, 4096, Access.R, "code"))), armV7(8, 8)));
        assertEquals(EncodingFailure.NO_FREE_ENTRIES, f.reason());
        assertEquals(0, f.available());
    }

    @Test
    void sensorHubFitsThreeRegions() {
        Encoding.Encoded e = encoded(armV7(8, 3),
                AccessRange.of(0x2001_0000L, 32 * 1024, Access.RW, "private memory of sensor"),
                new AccessRange(0x2001_8000L, 4096, Access.RW, MemoryType.NORMAL_NON_CACHEABLE, true, "ring"),
                AccessRange.of(0x2001_FC00L, 1024, Access.R, "config"));
        assertTrue(e.entries().size() <= 3, e.entries().toString());
        assertEquals(3, e.entries().get(0).index());
    }

    @Test
    void emptySetNeedsNothing() {
        Encoding.Encoded e = encoded(armV7(8, 8));
        assertEquals(List.of(), e.entries());
    }

    @Test
    void kindIsPmsaV7() {
        assertEquals(ProtectionKind.PMSA_V7, encoder.kind());
    }
}
