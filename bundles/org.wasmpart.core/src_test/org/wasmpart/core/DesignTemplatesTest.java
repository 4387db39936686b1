package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

class DesignTemplatesTest {

    @Test
    void uniqueIdsSkipEveryIdInTheDesignIncludingNestedOnes() throws Exception {
        Design design = DesignIO.load(Examples.folder().resolve("stm32f4-sensor-hub.wasmpart"));
        assertEquals("region", Designs.uniqueId(design, "region"));
        assertEquals("samples_2", Designs.uniqueId(design, "samples"));
        assertEquals("samples.ctrl_2", Designs.uniqueId(design, "samples.ctrl"));
        assertEquals("sensor_hub_2", Designs.uniqueId(design, "sensor_hub"));
    }

    @Test
    void anAddedRegionKeepsAValidDesignValid() throws Exception {
        Design design = DesignIO.load(Path.of(Examples.folder().toString(), "stm32f4-sensor-hub.wasmpart"));
        List<String> before = errors(design);

        SharedRegion region = DesignTemplates.newRegion(Designs.uniqueId(design, "region"), design.getBoard());
        design.getRegions().add(region);

        assertFalse(region.isSetBase(), "the layout places a new region");
        assertTrue(region.getSize() > 0);
        assertEquals(Designs.firstRamBank(design.getBoard()).orElseThrow(), region.getBank());
        assertEquals(before, errors(design));
    }

    @Test
    void anAddedModuleHasAToolchainAndItsMemoryInTheFirstRamBank() throws Exception {
        Design design = DesignIO.load(Path.of(Examples.folder().toString(), "stm32f4-sensor-hub.wasmpart"));
        WasmModule module = DesignTemplates.newModule(Designs.uniqueId(design, "sensor"), design.getBoard());
        assertEquals("sensor_2", module.getId());
        assertEquals(Designs.firstRamBank(design.getBoard()).orElseThrow(), module.getBank());
        assertTrue(module.getLinearMemory() > 0 && module.getStack() > 0);
        assertEquals("wasi-sdk", module.getToolchain().getKind().getLiteral());
    }

    private static List<String> errors(Design design) {
        return DesignValidator.standard().validate(design).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code().id()).toList();
    }
}
