package org.wasmpart.cdt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvider;
import org.eclipse.cdt.core.settings.model.ICLanguageSettingEntry;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.generate.GenerationException;
import org.wasmpart.core.generate.GenerationOptions;
import org.wasmpart.core.generate.ProjectSettings;

/**
 * What the adapter asks of CDT for each example, call by call, against {@link FakeCdt}: connecting
 * a project with one configuration, then disconnecting it. The reviewed calls are in
 * testdata/calls/&lt;example&gt;.txt (WASMPART_UPDATE_GOLDEN=1 rewrites them); an example that does not
 * generate has no settings, so nothing reaches CDT. Then what matters beyond one configuration: each
 * gets its own provider, an update replaces the provider where it is and removes the variables the
 * design no longer has, and a project CDT cannot hold the settings in is refused before anything is saved.
 */
class CdtProjectWriterTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("wasmpart.examples", "../../examples"));
    private static final Path CALLS = Path.of("testdata/calls");
    private static final IProject FIRMWARE = FakeCdt.project("firmware");
    private static final IPath WORKSPACE = IPath.fromPortableString("/home/dev/workspace");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".wasmpart")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void connectingThenDisconnectingMakesExactlyTheReviewedCalls(Path example) throws Exception {
        String name = example.getFileName().toString().replaceFirst("\\.wasmpart$", "");
        GeneratedFolder folder = folder(name);
        StringBuilder calls = new StringBuilder("C/C++ project firmware (configuration Debug), design /designs/"
                + example.getFileName() + " generated into " + folder.workspacePath() + " (" + folder.location() + ")\n");
        ProjectSettings settings;
        try {
            settings = ProjectSettings.of(DesignIO.load(example), GenerationOptions.defaults(), new BasicMonitor());
        } catch (GenerationException e) {
            calls.append("\nrefused by generation: ").append(e.getMessage().split(":")[0])
                    .append("\nno CDT call: without settings there is nothing to give CDT\n");
            check(name, calls.toString());
            return;
        }
        FakeCdt cdt = new FakeCdt("Debug");
        Map<String, List<String>> providersBefore = ids(cdt);
        Map<String, Map<String, String>> environmentBefore = copy(cdt.environment);
        CdtSettings cdtSettings = CdtSettings.of(settings, folder);
        CdtProjectWriter writer = new CdtProjectWriter(cdt);

        writer.apply(FIRMWARE, cdtSettings, List.of());
        calls.append("\nconnect:\n");
        cdt.log.forEach(line -> calls.append("  ").append(line).append('\n'));
        Map<String, String> expected = new LinkedHashMap<>(environmentBefore.get("Debug"));
        expected.putAll(cdtSettings.environment());
        assertEquals(expected, cdt.environment.get("Debug"));
        assertSameEntries(cdtSettings, cdt.providers.get("Debug").getLast());

        cdt.log.clear();
        writer.remove(FIRMWARE, cdtSettings.environment().keySet());
        calls.append("\ndisconnect:\n");
        cdt.log.forEach(line -> calls.append("  ").append(line).append('\n'));
        assertEquals(providersBefore, ids(cdt));
        assertEquals(environmentBefore, copy(cdt.environment));

        check(name, calls.toString());
    }

    @Test
    void everyConfigurationGetsAProviderOfItsOwnAndEveryVariable() throws Exception {
        FakeCdt cdt = new FakeCdt("Debug", "Release");
        CdtSettings settings = settings("stm32f4-sensor-hub-bare-metal");
        new CdtProjectWriter(cdt).apply(FIRMWARE, settings, List.of());
        ILanguageSettingsProvider debug = cdt.providers.get("Debug").getLast();
        ILanguageSettingsProvider release = cdt.providers.get("Release").getLast();
        // CDT persists a provider with the one configuration that owns it
        assertNotSame(debug, release);
        for (ILanguageSettingsProvider p : List.of(debug, release)) {
            assertEquals(DesignLanguageSettingsProvider.ID, p.getId());
            assertSameEntries(settings, p);
        }
        for (String cfg : List.of("Debug", "Release")) {
            assertTrue(cdt.environment.get(cfg).entrySet().containsAll(settings.environment().entrySet()), cfg);
        }
        assertEquals(1, cdt.log.stream().filter(l -> l.startsWith("CoreModel.getDefault().setProjectDescription")).count());
        assertEquals("CoreModel.getDefault().setProjectDescription(firmware, description)", cdt.log.getLast());
    }

    @Test
    void theProviderGivesAssemblyFilesNothing() throws Exception {
        FakeCdt cdt = new FakeCdt("Debug");
        new CdtProjectWriter(cdt).apply(FIRMWARE, settings("stm32f4-sensor-hub-bare-metal"), List.of());
        ILanguageSettingsProvider provider = cdt.providers.get("Debug").getLast();
        assertNull(provider.getSettingEntries(null, null, "org.eclipse.cdt.core.assembly"));
        assertEquals(FakeCdt.entriesOf(provider), provider.getSettingEntries(null, null, "org.eclipse.cdt.core.g++"));
    }

    @Test
    void anUpdateReplacesTheProviderWhereItIsAndRemovesWhatTheDesignNoLongerHas() throws Exception {
        FakeCdt cdt = new FakeCdt("Debug");
        CdtProjectWriter writer = new CdtProjectWriter(cdt);
        CdtSettings sensorHub = settings("stm32f4-sensor-hub-bare-metal");
        CdtSettings audio = settings("nrf5340-audio-bare-metal");
        writer.apply(FIRMWARE, sensorHub, List.of());
        // the user moved the provider before the compiler's built-in settings
        List<ILanguageSettingsProvider> moved = new ArrayList<>(cdt.providers.get("Debug"));
        moved.add(1, moved.removeLast());
        cdt.providers.put("Debug", moved);

        cdt.log.clear();
        writer.apply(FIRMWARE, audio, sensorHub.environment().keySet());
        List<ILanguageSettingsProvider> after = cdt.providers.get("Debug");
        assertEquals(List.of(FakeCdt.USER_PROVIDERS.get(0), DesignLanguageSettingsProvider.ID, FakeCdt.USER_PROVIDERS.get(1)),
                after.stream().map(ILanguageSettingsProvider::getId).toList());
        assertSameEntries(audio, after.get(1));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ARM_TOOLCHAIN", "/opt/arm-gnu-toolchain");
        expected.putAll(audio.environment());
        assertEquals(expected, cdt.environment.get("Debug"));
        assertEquals(List.of("environment.removeVariable(WASMPART_MODULE_SENSOR_TOOLCHAIN, Debug)",
                "environment.removeVariable(WASMPART_MODULE_SENSOR_CFLAGS, Debug)",
                "environment.removeVariable(WASMPART_MODULE_FILTER_TOOLCHAIN, Debug)",
                "environment.removeVariable(WASMPART_MODULE_FILTER_CFLAGS, Debug)",
                "environment.removeVariable(WASMPART_MODULE_UPLINK_TOOLCHAIN, Debug)",
                "environment.removeVariable(WASMPART_MODULE_UPLINK_CFLAGS, Debug)"),
                cdt.log.stream().filter(l -> l.startsWith("environment.removeVariable")).toList());
    }

    @Test
    void aConfigurationThatKeepsNoProvidersStopsItBeforeAnythingIsSaved() throws Exception {
        FakeCdt cdt = new FakeCdt("Debug").withConfigurationKeepingNoProviders("Legacy");
        CoreException e = assertThrows(CoreException.class,
                () -> new CdtProjectWriter(cdt).apply(FIRMWARE, settings("stm32f4-sensor-hub-bare-metal"), List.of()));
        assertEquals("configuration Legacy of firmware keeps no language settings providers, so wasmpart cannot give"
                + " it the generated settings", e.getStatus().getMessage());
        assertFalse(cdt.log.stream().anyMatch(l -> l.contains("setProjectDescription")), String.join("\n", cdt.log));
    }

    @Test
    void aProjectWithoutCdtDescriptionIsRefused() throws Exception {
        FakeCdt cdt = new FakeCdt().withoutDescription();
        CoreException e = assertThrows(CoreException.class,
                () -> new CdtProjectWriter(cdt).remove(FIRMWARE, List.of("WASMPART_MODULES")));
        assertEquals("firmware is no C/C++ project", e.getStatus().getMessage());
        assertEquals(List.of("CoreModel.getDefault().getProjectDescription(firmware, true) = null"), cdt.log);
    }

    @Test
    void theConnectionSkipsOnlyAnUpdateThatWouldSetTheSameFromTheSameDesign() throws Exception {
        IPath design = IPath.fromPortableString("/designs/stm32f4-sensor-hub-bare-metal.wasmpart");
        CdtSettings settings = settings("stm32f4-sensor-hub-bare-metal");
        Connection connection = Connection.of(design, settings);
        assertEquals(List.copyOf(settings.environment().keySet()), connection.variables());
        assertTrue(connection.alreadySets(design, settings("stm32f4-sensor-hub-bare-metal")));
        assertFalse(connection.alreadySets(IPath.fromPortableString("/designs/copy.wasmpart"), settings));
        assertFalse(connection.alreadySets(design, settings("nrf5340-audio-bare-metal")));
        // the same design generated elsewhere names other files
        ProjectSettings same = ProjectSettings.of(DesignIO.load(EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart")),
                GenerationOptions.defaults(), new BasicMonitor());
        CdtSettings here = CdtSettings.of(same, folder("esp32c3-pmp-shared-heap"));
        CdtSettings moved = CdtSettings.of(same, new GeneratedFolder(IPath.fromPortableString("/designs/out"),
                WORKSPACE.append("designs/out")));
        assertFalse(Connection.of(design, here).alreadySets(design, moved));
    }

    /** CDT keeps a provider's entries sorted by kind, macros by name: their order carries no meaning. */
    private static void assertSameEntries(CdtSettings settings, ILanguageSettingsProvider provider) {
        List<ICLanguageSettingEntry> held = FakeCdt.entriesOf(provider);
        assertEquals(settings.entries().size(), held.size(), held.toString());
        assertEquals(Set.copyOf(settings.entries()), Set.copyOf(held));
    }

    /** Where the builder writes an example's files: project "designs", output folder "generated". */
    private static GeneratedFolder folder(String example) {
        IPath path = IPath.fromPortableString("/designs/generated/" + example);
        return new GeneratedFolder(path, WORKSPACE.append(path));
    }

    private static CdtSettings settings(String example) throws Exception {
        return CdtSettings.of(ProjectSettings.of(DesignIO.load(EXAMPLES.resolve(example + ".wasmpart")),
                GenerationOptions.defaults(), new BasicMonitor()), folder(example));
    }

    private static Map<String, List<String>> ids(FakeCdt cdt) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        cdt.providers.forEach((cfg, list) -> ids.put(cfg, list.stream().map(ILanguageSettingsProvider::getId).toList()));
        return ids;
    }

    private static Map<String, Map<String, String>> copy(Map<String, ? extends Map<String, String>> environment) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        environment.forEach((cfg, vars) -> copy.put(cfg, new LinkedHashMap<>(vars)));
        return copy;
    }

    private static void check(String example, String actual) throws IOException {
        Path golden = CALLS.resolve(example + ".txt");
        if ("1".equals(System.getenv("WASMPART_UPDATE_GOLDEN")) || Boolean.getBoolean("wasmpart.updateGolden")) {
            Files.createDirectories(CALLS);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "no reviewed calls at " + golden.toAbsolutePath()
                + ": run the tests with WASMPART_UPDATE_GOLDEN=1 to write them");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                () -> example + " makes other calls than " + golden + " says (WASMPART_UPDATE_GOLDEN=1 rewrites it)");
    }
}
