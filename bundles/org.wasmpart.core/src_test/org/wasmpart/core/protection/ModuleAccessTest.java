package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.SeededTries;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

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

    /** Where the memories are placed changes where the ranges are, never which kinds there are. */
    @ParameterizedTest
    @ValueSource(strings = { "stm32f4-sensor-hub-bare-metal.wasmpart", "nrf5340-audio-bare-metal.wasmpart",
            "broken-rp2040.wasmpart" })
    void theKindsOfAccessAnywhereAreThoseOfThePlacedDesign(String example) throws Exception {
        Design design = DesignIO.load(Path.of("../../examples", example));
        for (WasmModule m : design.getModules()) {
            AccessSet placed = ModuleAccess.of(m).orElseThrow();
            assertEquals(kinds(placed), kinds(ModuleAccess.anywhere(m)), m.getId());
        }
    }

    @Test
    void aSubpartitionGrantedMoreThanItsRegionIsAKindOfItsOwn() throws Exception {
        Design design = DesignIO.load(Path.of("../../examples/stm32f4-sensor-hub.wasmpart"));
        WasmModule filter = design.getModules().get(1);
        assertEquals(Set.of(List.of(Access.RW, false), List.of(Access.R, true), List.of(Access.RW, true)),
                kinds(ModuleAccess.anywhere(filter)), "private RW; samples.data, config R; samples.ctrl, filtered RW");
        assertEquals(3, new PmsaV7Encoder().entryFloor(ModuleAccess.anywhere(filter)));
        assertEquals(2, new PmpEncoder().entryFloor(ModuleAccess.anywhere(filter)), "a PMP entry carries no attributes");
    }

    private static Set<List<Object>> kinds(AccessSet set) {
        return set.ranges().stream().map(r -> List.<Object>of(r.access(), r.shareable())).collect(Collectors.toSet());
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
