package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;

/** Which files the options select, what the reference-types policy changes, and cancellation. */
class GenerationOptionsTest {

    private static final Path SHARED_HEAP = Goldens.EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart");
    /** Wasmtime has reference types; its Rust 1.84 modules get no flags by default. */
    private static final Path MMU = Goldens.TESTDATA.resolve("designs/armv7a-mmu.wasmpart");

    private static List<String> paths(List<GeneratedFile> files) {
        return files.stream().map(GeneratedFile::path).toList();
    }

    @Test
    void theDefaultsGiveExactlyWhatTheSingleArgumentGenerationGives() throws Exception {
        Design design = DesignIO.load(SHARED_HEAP);
        List<GeneratedFile> all = Generation.generate(design);
        List<GeneratedFile> defaults = Generation.generate(design, GenerationOptions.defaults(), new BasicMonitor());
        assertEquals(paths(all), paths(defaults));
        for (int i = 0; i < all.size(); i++) {
            assertEquals(new String(all.get(i).content(), StandardCharsets.UTF_8),
                    new String(defaults.get(i).content(), StandardCharsets.UTF_8), all.get(i).path());
        }
    }

    @Test
    void eachKindSelectsItsOwnFilesWithTheSameBytes() throws Exception {
        Design design = DesignIO.load(SHARED_HEAP);
        List<GeneratedFile> all = Generation.generate(design);
        assertEquals(List.of(Generation.C_HEADER, Generation.C_SOURCE), paths(only(design, Artifact.C)));
        assertEquals(List.of(Generation.ISOLATION_REPORT, Generation.MEMORY_MAP), paths(only(design, Artifact.REPORT)));
        assertEquals(List.of("build/cargo-logger.toml"), paths(only(design, Artifact.CARGO)));
        assertEquals(List.of(Generation.MANIFEST, Generation.CMAKE, Generation.LINKER_SCRIPT),
                paths(Generation.generate(design, GenerationOptions.defaults().withArtifacts(
                        EnumSet.of(Artifact.LINKER_SCRIPT, Artifact.MANIFEST, Artifact.CMAKE)), new BasicMonitor())));
        GeneratedFile make = only(design, Artifact.MAKE).get(0);
        assertEquals(Generation.MAKE, make.path());
        assertEquals(new String(all.get(paths(all).indexOf(Generation.MAKE)).content(), StandardCharsets.UTF_8),
                new String(make.content(), StandardCharsets.UTF_8));
        assertEquals(List.of(), paths(Generation.generate(design,
                GenerationOptions.defaults().withArtifacts(Set.of()), new BasicMonitor())));
    }

    @Test
    void everyModuleGetsTheFlagsWhenThePolicySaysSoEvenIfTheRuntimeHasReferenceTypes() throws Exception {
        Design design = DesignIO.load(MMU);
        String byProfile = cmake(design, ReferenceTypesPolicy.RUNTIME_PROFILE);
        String everyModule = cmake(design, ReferenceTypesPolicy.EVERY_MODULE);
        assertFalse(byProfile.contains("-Ctarget-cpu=mvp"), byProfile);
        assertTrue(everyModule.contains("-Ctarget-cpu=mvp"), everyModule);
        assertTrue(everyModule.contains("kept out although the runtime has them"), everyModule);
    }

    @Test
    void aCancelledMonitorStopsGenerationBeforeAnyFile() throws Exception {
        Design design = DesignIO.load(SHARED_HEAP);
        BasicMonitor monitor = new BasicMonitor();
        monitor.setCanceled(true);
        assertThrows(CancellationException.class,
                () -> Generation.generate(design, GenerationOptions.defaults(), monitor));
    }

    @Test
    void cancellingDuringTheLayoutStopsGenerationRatherThanBlameTheClock() throws Exception {
        Design design = DesignIO.load(SHARED_HEAP);
        // cancelled once the layout has begun: the search sees it and ends cut short
        BasicMonitor monitor = new BasicMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                setCanceled(true);
            }
        };
        CancellationException e = assertThrows(CancellationException.class,
                () -> Generation.generate(design, GenerationOptions.defaults(), monitor));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void kindsAndPoliciesAreFoundByTheirStableIds() {
        for (Artifact a : Artifact.values()) {
            assertEquals(a, Artifact.byId(a.id()).orElseThrow());
        }
        for (ReferenceTypesPolicy p : ReferenceTypesPolicy.values()) {
            assertEquals(p, ReferenceTypesPolicy.byId(p.id()).orElseThrow());
        }
        assertTrue(Artifact.byId("nonsense").isEmpty());
    }

    private static List<GeneratedFile> only(Design design, Artifact kind) throws GenerationException {
        return Generation.generate(design, GenerationOptions.defaults().withArtifacts(Set.of(kind)),
                new BasicMonitor());
    }

    private static String cmake(Design design, ReferenceTypesPolicy policy) throws GenerationException {
        GenerationOptions options = new GenerationOptions(Set.of(Artifact.CMAKE), policy);
        return new String(Generation.generate(design, options, new BasicMonitor()).get(0).content(),
                StandardCharsets.UTF_8);
    }
}
