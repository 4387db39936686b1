package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;
import org.wasmpart.model.ExecutionMode;
import org.wasmpart.model.RuntimeKind;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/**
 * WAMR's build settings follow the runtime profile and the memory option, stated whatever WAMR's
 * defaults (FACTS §2), and wamrc gets what the runtime's AOT loader demands of a module.
 */
class WamrBuildTest {

    @Test
    void aotWithSharedHeapChainsAsTheChainDesignNeeds() throws Exception {
        Design design = load("designs/esp32c3-shared-heap-chain.wasmpart");
        WamrBuild wamr = WamrBuild.of(design).orElseThrow();
        assertEquals(Map.of("WAMR_BUILD_INTERP", 0, "WAMR_BUILD_AOT", 1, "WAMR_BUILD_SHARED_HEAP", 1,
                "WAMR_BUILD_REF_TYPES", 0, "WAMR_BUILD_BULK_MEMORY", 1), settings(wamr));
        assertTrue(wamr.aot());
        GenerationInput input = GenerationInput.of(design, ReferenceTypesPolicy.RUNTIME_PROFILE, new BasicMonitor());
        WasmModule parser = input.design().getModules().get(0);
        WasmModule logger = input.design().getModules().get(1);
        // the parser attaches the chain's head, the logger its tail, a heap with none behind it
        assertEquals(List.of("--disable-ref-types", "--enable-shared-chain"), wamr.wamrcFlags(parser, input.heaps()));
        assertEquals(List.of("--disable-ref-types", "--enable-shared-heap"), wamr.wamrcFlags(logger, input.heaps()));
    }

    @Test
    void theInterpreterWithoutSharedHeapSetsNeither() throws Exception {
        WamrBuild wamr = WamrBuild.of(DesignIO.load(Goldens.EXAMPLES.resolve("nrf5340-audio-bare-metal.wasmpart"))).orElseThrow();
        assertEquals(Map.of("WAMR_BUILD_INTERP", 1, "WAMR_BUILD_FAST_INTERP", 0, "WAMR_BUILD_AOT", 0,
                "WAMR_BUILD_REF_TYPES", 0, "WAMR_BUILD_BULK_MEMORY", 1), settings(wamr));
        assertFalse(wamr.aot());
        assertEquals(List.of(), wamr.notes());
    }

    @Test
    void theRuntimeProfileDecidesModeAndFeatures() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("nrf5340-audio-bare-metal.wasmpart"));
        RuntimeProfile runtime = WasmpartFactory.eINSTANCE.createRuntimeProfile();
        runtime.setRuntime(RuntimeKind.WAMR);
        runtime.setExecutionMode(ExecutionMode.FAST_INTERPRETER);
        runtime.getFeatures().add(WasmFeature.REFERENCE_TYPES);
        design.setRuntime(runtime);
        assertEquals(Map.of("WAMR_BUILD_INTERP", 1, "WAMR_BUILD_FAST_INTERP", 1, "WAMR_BUILD_AOT", 0,
                "WAMR_BUILD_REF_TYPES", 1, "WAMR_BUILD_BULK_MEMORY", 0), settings(WamrBuild.of(design).orElseThrow()));

        runtime.setExecutionMode(ExecutionMode.AOT);
        WamrBuild aot = WamrBuild.of(design).orElseThrow();
        assertEquals(List.of("--disable-bulk-memory"), aot.wamrcFlags(design.getModules().get(0),
                Optional.empty()));

        runtime.unsetExecutionMode();
        WamrBuild unset = WamrBuild.of(design).orElseThrow();
        assertFalse(settings(unset).containsKey("WAMR_BUILD_INTERP"));
        assertTrue(unset.notes().get(0).contains("sets no execution mode"), unset.notes().toString());
        runtime.setExecutionMode(ExecutionMode.JIT);
        assertTrue(WamrBuild.of(design).orElseThrow().notes().get(0).contains("JIT"));
    }

    @Test
    void otherRuntimesGetNoWamrSettings() throws Exception {
        assertTrue(WamrBuild.of(load("designs/armv7a-mmu.wasmpart")).isEmpty());
    }

    private static Design load(String path) throws Exception {
        return DesignIO.load(Goldens.TESTDATA.resolve(path));
    }

    private static Map<String, Integer> settings(WamrBuild wamr) {
        Map<String, Integer> m = new LinkedHashMap<>();
        wamr.settings().forEach(s -> m.put(s.name(), s.value()));
        return m;
    }
}
