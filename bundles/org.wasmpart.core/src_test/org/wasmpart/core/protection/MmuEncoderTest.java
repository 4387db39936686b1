package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.ProtectionKind;

class MmuEncoderTest {

    private final MmuEncoder encoder = new MmuEncoder();
    private final UnitParameters mmu = new UnitParameters(ProtectionKind.MMU, 0, 0, 2, 4096, 4096, 0, false, 4096);

    @Test
    void oneIdentityMappingPerRunWithoutBudget() {
        AccessSet set = new AccessSet("m", List.of(AccessRange.of(0x8000_0000L, 0x3000, Access.RX, "code"),
                AccessRange.of(0x8000_3000L, 0x1000, Access.RW, "data"),
                AccessRange.of(0x8000_4000L, 0x1000, Access.RW, "heap"),
                new AccessRange(0x9000_0000L, 0x1000, Access.RW, MemoryType.DEVICE, false, "uart")));
        Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoder.encode(set, mmu));
        assertEquals(Integer.MAX_VALUE, encoded.available());
        assertEquals(List.of(new MmuMapping(2, 0x8000_0000L, 0x3000, 4096, Access.RX, MemoryType.NORMAL_WRITE_BACK),
                new MmuMapping(3, 0x8000_3000L, 0x2000, 4096, Access.RW, MemoryType.NORMAL_WRITE_BACK),
                new MmuMapping(4, 0x9000_0000L, 0x1000, 4096, Access.RW, MemoryType.DEVICE)), encoded.entries());
        // small page, AP 010 (read-only for unprivileged), TEX 001 C B: write-back; executable
        assertEquals(0x8000_006EL, ((MmuMapping) encoded.entries().get(0)).firstDescriptor());
    }

    @Test
    void rangeOffThePageNamesThePageAndTheAlignedAlternative() {
        AccessRange odd = AccessRange.of(0x8000_0800L, 0x1000, Access.RW, "stack");
        Encoding.Infeasible infeasible = assertInstanceOf(Encoding.Infeasible.class,
                encoder.encode(new AccessSet("m", List.of(odd)), mmu));
        assertEquals(EncodingFailure.MISALIGNED, infeasible.reason());
        assertEquals(odd, infeasible.range());
        assertTrue(infeasible.message().contains("4 KiB"), infeasible.message());
        assertTrue(infeasible.message().contains("[0x80000000, 0x80002000)"), infeasible.message());
    }

    @Test
    void emptySetMapsNothing() {
        assertEquals(new Encoding.Encoded(List.of(), Integer.MAX_VALUE), encoder.encode(new AccessSet("m", List.of()), mmu));
    }
}
