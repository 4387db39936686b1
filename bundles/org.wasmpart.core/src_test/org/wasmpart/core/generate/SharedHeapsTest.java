package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/**
 * WAMR's chaining rules refuse what no chain expresses (the chain the test design needs is in
 * its golden output): each refusal says why instead of emitting set-up code WAMR would reject.
 */
class SharedHeapsTest {

    private static Design chainDesign() throws Exception {
        return DesignIO.load(Goldens.TESTDATA.resolve("designs/esp32c3-shared-heap-chain.wasmpart"));
    }

    @Test
    void modulesWhoseRegionsAreNotTailsOfOneChainAreRefused() throws Exception {
        Design design = chainDesign();
        // beside the parser's {frames, stats} and the logger's {stats}, an auditor reads {frames}:
        // in any one chain of the two heaps, stats or frames is not a tail
        WasmModule auditor = EcoreUtil.copy(design.getModules().get(1));
        auditor.setId("auditor");
        auditor.setName("auditor");
        auditor.getGrants().get(0).setTarget(design.getRegions().get(0));
        design.getModules().add(auditor);
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        assertTrue(e.getMessage().contains("whole tail"), e.getMessage());
        assertTrue(e.findings().isEmpty());
    }

    @Test
    void aChainNeedsARuntimeThatChains() throws Exception {
        Design design = chainDesign();
        design.getRuntime().getCapabilities().remove(RuntimeCapability.SHARED_HEAP_CHAIN);
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        assertTrue(e.getMessage().contains("shared-heap-chain"), e.getMessage());
    }

    @Test
    void aHeapOfPartPagesIsRefusedAsWamrWould() throws Exception {
        Design design = chainDesign();
        SharedRegion stats = design.getRegions().get(1);
        stats.setSize(6 * 1024);
        stats.getSubpartitions().get(1).setSize(4 * 1024);
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        assertTrue(e.getMessage().contains("region stats is 6 KiB"), e.getMessage());
    }

    @Test
    void aModuleThatReachesNoRegionAttachesNothing() throws Exception {
        Design design = chainDesign();
        WasmModule idle = WasmpartFactory.eINSTANCE.createWasmModule();
        idle.setId("idle");
        idle.setName("idle");
        idle.setLinearMemory(4096);
        idle.setStack(4096);
        idle.setToolchain(EcoreUtil.copy(design.getModules().get(1).getToolchain()));
        design.getModules().add(idle);
        String c = new String(Generation.generate(design).get(2).content(), StandardCharsets.UTF_8);
        assertTrue(c.contains("heap_of_module[WASMPART_MODULE_COUNT] = { 0, 1, -1 };"), c);
    }
}
