package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.SeededTries;

class ModuleAccessTest {

    @Test
    void aSubpartitionGrantInsideARegionGrantKeepsTheWiderAccess() {
        List<AccessRange> pieces = ModuleAccess.union(List.of(AccessRange.of(0x1000, 0x1000, Access.R, "region"),
                AccessRange.of(0x1100, 0x100, Access.RW, "ctrl"), AccessRange.of(0x1800, 0x1000, Access.RX, "code")));
        assertEquals(List.of(new AccessRange(0x1000, 0x100, Access.R, MemoryType.NORMAL_WRITE_BACK, false, "region"),
                new AccessRange(0x1100, 0x100, Access.RW, MemoryType.NORMAL_WRITE_BACK, false, "region"),
                new AccessRange(0x1200, 0x600, Access.R, MemoryType.NORMAL_WRITE_BACK, false, "region"),
                new AccessRange(0x1800, 0x800, Access.RX, MemoryType.NORMAL_WRITE_BACK, false, "region"),
                new AccessRange(0x2000, 0x800, Access.RX, MemoryType.NORMAL_WRITE_BACK, false, "code")), pieces);
    }

    @Test
    void theUnionGivesEveryAddressTheUnionOfTheAccessesOverIt() {
        Access[] accesses = { Access.R, Access.RW, Access.RX };
        SeededTries.run(2_000, seed -> {
            Random random = new Random(seed);
            List<AccessRange> ranges = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                ranges.add(AccessRange.of(random.nextInt(64) * 16L, 16L * (1 + random.nextInt(16)),
                        accesses[random.nextInt(3)], "r" + i));
            }
            AccessSet set = new AccessSet("m", ModuleAccess.union(ranges));
            for (long a = 0; a < 80 * 16; a += 8) {
                Access expected = Access.NONE;
                for (AccessRange r : ranges) {
                    if (r.contains(a)) {
                        expected = expected.union(r.access());
                    }
                }
                assertEquals(expected, set.access(a), "at " + a + " of " + ranges);
            }
        });
    }
}
