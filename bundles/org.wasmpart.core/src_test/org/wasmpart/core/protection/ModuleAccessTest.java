package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.Design;

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
    void aRegionServedByAReservedEntryOfTheDesignIsNotInTheModulesOwnSet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("served.wasmpart");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                    id="t" board="wasmpart:/catalog/boards#stm32f407vg" runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"
                    memoryOption="wasmpart:/catalog/options#mpu-partitions">
                  <reservations purpose="shared config" region="#config"><appliesTo>pmsav7</appliesTo></reservations>
                  <reservations purpose="shared log under a PMP" region="#log"><appliesTo>pmp</appliesTo></reservations>
                  <modules id="m" linearMemory="16 KiB" base="0x20000000">
                    <grants target="#config.head" permission="R"/>
                    <grants target="#config" permission="R"/>
                    <grants target="#log" permission="RW"/>
                  </modules>
                  <regions id="config" size="1 KiB" base="0x20008000">
                    <subpartitions id="config.head" name="head" offset="0" size="256"/>
                  </regions>
                  <regions id="log" size="1 KiB" base="0x2000A000"/>
                </wasmpart:Design>
                """);
        Design design = DesignIO.load(file);
        assertEquals(List.of("private memory of m", "region log"), ModuleAccess.of(design.getModules().get(0))
                .orElseThrow().ranges().stream().map(AccessRange::origin).toList(),
                "config and its subpartition are served in every domain; the PMP entry serves nothing on an ARMv7-M MPU");
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
