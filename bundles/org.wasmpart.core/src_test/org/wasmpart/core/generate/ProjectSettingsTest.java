package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;

/**
 * What a C/C++ project building against each example's output is told: the reviewed settings of
 * every example that generates (testdata/generate/project-settings/&lt;example&gt;.txt, rewritten
 * with WASMPART_UPDATE_GOLDEN=1), the refusal of each that does not, and that the variables are
 * the Make fragment's, read back from the generated fragment.
 */
class ProjectSettingsTest {

    private static final Path FOLDER = Goldens.TESTDATA.resolve("project-settings");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Goldens.EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".wasmpart")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGivesItsReviewedSettingsOrGenerationsRefusal(Path example) throws Exception {
        Design design = DesignIO.load(example);
        switch (example.getFileName().toString()) {
            // broken on purpose, and the Zephyr examples whose modules need more MPU regions than are left
            case "broken-rp2040.wasmpart", "stm32f4-sensor-hub.wasmpart", "nrf5340-trustzone-audio.wasmpart" -> {
                GenerationException e = refused(design);
                List<Finding> errors = DesignValidator.standard().validate(design).stream()
                        .filter(f -> f.severity() == Severity.ERROR).toList();
                assertEquals("the design has " + errors.size() + " validation errors", e.getMessage());
                assertEquals(errors.stream().map(Finding::message).toList(),
                        e.findings().stream().map(Finding::message).toList());
            }
            default -> check(example, text(ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor())));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyVariableHasTheMakeFragmentsNameAndValue(Path example) throws Exception {
        Design design = DesignIO.load(example);
        List<GeneratedFile> files;
        try {
            files = Generation.generate(design);
        } catch (GenerationException e) {
            assertThrows(GenerationException.class,
                    () -> ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor()));
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : text(files, Generation.MAKE).split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("WASMPART_BUILD_DIR :=")) {
                String[] nameValue = line.split(" :=( |$)", 2);
                // the Make fragment names its Cargo configs relative to its own folder
                expected.put(nameValue[0], nameValue[1].replace("$(WASMPART_BUILD_DIR)", Generation.BUILD_FOLDER));
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (ProjectSettings.Variable v : ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor())
                .variables()) {
            actual.put(v.name(), switch (v) {
                case ProjectSettings.Variable.Text t -> t.value();
                case ProjectSettings.Variable.FilePath f -> f.path();
            });
        }
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "the order differs");
    }

    @Test
    void theFilesTheOptionsLeaveOutAreNotNamed() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart"));
        ProjectSettings all = ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor());
        ProjectSettings noCNoCargo = ProjectSettings.of(design, GenerationOptions.defaults()
                .withArtifacts(EnumSet.of(Artifact.CMAKE, Artifact.MAKE)), new BasicMonitor());
        assertEquals(List.of("c"), all.includeFolders());
        assertEquals(List.of(), noCNoCargo.includeFolders());
        assertEquals(List.of(new ProjectSettings.Variable.FilePath("WASMPART_MODULE_LOGGER_CARGO_CONFIG",
                "build/cargo-logger.toml")), all.variables().stream()
                        .filter(v -> v instanceof ProjectSettings.Variable.FilePath).toList());
        assertEquals(all.variables().stream().filter(v -> v instanceof ProjectSettings.Variable.Text).toList(),
                noCNoCargo.variables());
        assertEquals(all.macros(), noCNoCargo.macros());
    }

    @Test
    void theReferenceTypesPolicyReachesTheFlagsAndAnotherRuntimeHasNoWamrMacros() throws Exception {
        // Wasmtime has reference types: its Rust modules get flags only when every module must
        Design design = DesignIO.load(Goldens.TESTDATA.resolve("designs/armv7a-mmu.wasmpart"));
        ProjectSettings byProfile = ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor());
        ProjectSettings everyModule = ProjectSettings.of(design,
                GenerationOptions.defaults().withReferenceTypes(ReferenceTypesPolicy.EVERY_MODULE), new BasicMonitor());
        assertEquals(List.of(), byProfile.macros());
        assertEquals("", value(byProfile, "WASMPART_MODULE_CAMERA_RUSTFLAGS"));
        assertEquals("-Ctarget-cpu=mvp", value(everyModule, "WASMPART_MODULE_CAMERA_RUSTFLAGS"));
    }

    @Test
    void wamrDefinesTheFastInterpretersMacroOnlyWithTheInterpreter() {
        WamrBuild fastWithoutInterpreter = new WamrBuild(List.of(new WamrBuild.Setting("WAMR_BUILD_INTERP", 0, ""),
                new WamrBuild.Setting("WAMR_BUILD_FAST_INTERP", 1, "")), false, List.of());
        assertEquals(List.of(new ProjectSettings.Macro("WASM_ENABLE_INTERP", "0"),
                new ProjectSettings.Macro("WASM_ENABLE_FAST_INTERP", "0")), WamrMacros.of(fastWithoutInterpreter));
        WamrBuild fast = new WamrBuild(List.of(new WamrBuild.Setting("WAMR_BUILD_INTERP", 1, ""),
                new WamrBuild.Setting("WAMR_BUILD_FAST_INTERP", 1, "")), false, List.of());
        assertEquals(List.of(new ProjectSettings.Macro("WASM_ENABLE_INTERP", "1"),
                new ProjectSettings.Macro("WASM_ENABLE_FAST_INTERP", "1")), WamrMacros.of(fast));
    }

    @Test
    void aWamrSettingWithoutAKnownMacroIsABug() {
        WamrBuild unknown = new WamrBuild(List.of(new WamrBuild.Setting("WAMR_BUILD_SIMD", 1, "")), false, List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WamrMacros.of(unknown));
        assertEquals("no WAMR macro is known for WAMR_BUILD_SIMD", e.getMessage());
    }

    @Test
    void aCancelledMonitorStopsBeforeTheLayout() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart"));
        BasicMonitor monitor = new BasicMonitor();
        monitor.setCanceled(true);
        assertThrows(CancellationException.class, () -> ProjectSettings.of(design, GenerationOptions.defaults(), monitor));
    }

    private static GenerationException refused(Design design) {
        return assertThrows(GenerationException.class,
                () -> ProjectSettings.of(design, GenerationOptions.defaults(), new BasicMonitor()));
    }

    private static String value(ProjectSettings settings, String name) {
        return settings.variables().stream().filter(v -> v.name().equals(name))
                .map(v -> ((ProjectSettings.Variable.Text) v).value()).findFirst().orElseThrow();
    }

    /** One line per include folder, macro and variable, in the settings' order. */
    private static String text(ProjectSettings settings) {
        StringBuilder s = new StringBuilder();
        settings.includeFolders().forEach(f -> s.append("include ").append(f).append('\n'));
        settings.macros().forEach(m -> s.append("macro ").append(m.name()).append('=').append(m.value()).append('\n'));
        for (ProjectSettings.Variable v : settings.variables()) {
            s.append(switch (v) {
                case ProjectSettings.Variable.Text t -> "variable " + t.name() + "=" + t.value();
                case ProjectSettings.Variable.FilePath f -> "file " + f.name() + "=" + f.path();
            }).append('\n');
        }
        return s.toString();
    }

    private static String text(List<GeneratedFile> files, String path) {
        return new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
    }

    private static void check(Path example, String actual) throws IOException {
        Path golden = FOLDER.resolve(example.getFileName().toString().replaceFirst("\\.wasmpart$", ".txt"));
        if (Goldens.updating()) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "no reviewed settings at " + golden.toAbsolutePath()
                + ": run the tests with WASMPART_UPDATE_GOLDEN=1 to write them");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                () -> example + " differs from " + golden + " (WASMPART_UPDATE_GOLDEN=1 rewrites it)");
    }
}
