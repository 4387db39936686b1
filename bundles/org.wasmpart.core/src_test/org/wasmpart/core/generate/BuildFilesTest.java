package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.WasmModule;

/**
 * The CMake, Make, Cargo and ld files: every line is one of the few forms the generator writes,
 * whatever the design holds (text from the design reaches them only as filtered comments, C names
 * or checked words), and they set what the manifest's "build" object says.
 */
class BuildFilesTest {

    private static final String WORD = "[A-Za-z0-9_.,=+:/-]+";
    private static final Map<String, Pattern> GRAMMAR = Map.of(
            ".cmake", Pattern.compile("|#( .*)?|set\\([A-Z][A-Z0-9_]* (\"\"|\"" + WORD + "\"( \"" + WORD + "\")*)\\)(  # .*)?"
                    + "|set\\([A-Z][A-Z0-9_]* \"\\$\\{CMAKE_CURRENT_LIST_DIR\\}/cargo-[a-z0-9_]+\\.toml\"\\)"),
            ".mk", Pattern.compile("|#( .*)?|WASMPART_BUILD_DIR := \\$\\(dir \\$\\(lastword \\$\\(MAKEFILE_LIST\\)\\)\\)"
                    + "|[A-Z][A-Z0-9_]* :=( " + WORD + ")*|[A-Z][A-Z0-9_]* := \\$\\(WASMPART_BUILD_DIR\\)cargo-[a-z0-9_]+\\.toml"),
            ".toml", Pattern.compile("|#( .*)?|\\[build\\]|\\[unstable\\]|\\[target\\.\"[A-Za-z0-9_.-]+\"\\]"
                    + "|target = \"[A-Za-z0-9_.-]+\"|(rustflags|build-std) = \\[(\"" + WORD + "\"(, \"" + WORD + "\")*)?\\]"),
            ".ld", Pattern.compile("/\\*| \\*( .*)?| \\*/|SECTIONS|\\{|\\}|  \\.wasmpart_[a-z0-9_]+ 0x[0-9A-F]{8} \\(NOLOAD\\) :"
                    + "|  \\{|  \\}|    __wasmpart_[a-z0-9_]+ = \\.( \\+ 0x[0-9A-F]+)?;|    \\. \\+= 0x[0-9A-F]+;|"));

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @Test
    void hostileToolchainTextReachesTheBuildFilesOnlyInComments() throws Exception {
        Design design = HostileNamesTest.hostileDesign();
        for (WasmModule m : design.getModules()) {
            m.getToolchain().setVersion(HostileNamesTest.HOSTILE);
            m.getToolchain().setFlags(HostileNamesTest.HOSTILE);
        }
        List<GeneratedFile> files = Generation.generate(design);
        for (GeneratedFile f : buildFiles(files)) {
            assertFollowsGrammar(f);
            String text = new String(f.content(), StandardCharsets.UTF_8);
            assertFalse(withoutComments(f.path(), text).contains("PWNED"), f.path() + ":\n" + text);
        }
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(text(files, Generation.MANIFEST)));
        Map<String, Object> parser = JsonReader.object(JsonReader.array(
                JsonReader.object(manifest.get("build")).get("modules")).get(0));
        assertEquals(HostileNamesTest.HOSTILE, JsonReader.object(parser.get("toolchain")).get("version"));
        // a version nobody can read is unknown: the most conservative flag, and a note
        assertEquals(List.of("-mcpu=mvp"), parser.get("compileFlags"));
    }

    @Test
    void aRustTargetThatIsNoTripleStopsGeneration() throws Exception {
        Design design = DesignIO.load(Goldens.TESTDATA.resolve("designs/esp32c3-shared-heap-chain.wasmpart"));
        Toolchain logger = design.getModules().get(1).getToolchain();
        // a std target passes validation on nightly with the flag recorded
        logger.setChannel(ReleaseChannel.NIGHTLY);
        logger.setFlags("-Ctarget-cpu=mvp");
        logger.setTarget("wasm32-wasip1\"]\n[unstable]\nbuild-std = [\"std");
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        assertTrue(e.getMessage().contains("no target triple"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("designs")
    void theFragmentsSetWhatTheManifestSays(Path file) throws Exception {
        List<GeneratedFile> files = Generation.generate(DesignIO.load(file));
        Map<String, List<String>> cmake = variables(text(files, Generation.CMAKE),
                "set\\(([A-Z0-9_]+) (.*?)\\)(  #.*)?", "\"(.*?)\"");
        Map<String, List<String>> make = variables(text(files, Generation.MAKE), "([A-Z0-9_]+) :=(.*)", "(\\S+)");
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(text(files, Generation.MANIFEST)));
        Map<String, Object> build = JsonReader.object(manifest.get("build"));
        Map<String, List<String>> expected = new HashMap<>();
        if (build.get("wamr") != null) {
            JsonReader.object(JsonReader.object(build.get("wamr")).get("settings"))
                    .forEach((k, v) -> expected.put(k, List.of(String.valueOf(v))));
        }
        for (Object o : JsonReader.array(build.get("modules"))) {
            Map<String, Object> module = JsonReader.object(o);
            String stem = "WASMPART_MODULE_" + ((String) module.get("cName")).toUpperCase(Locale.ROOT);
            for (String[] pair : new String[][] {{"compileFlags", "_CFLAGS"}, {"rustflags", "_RUSTFLAGS"},
                    {"wamrcFlags", "_WAMRC_FLAGS"}}) {
                if (module.get(pair[0]) != null) {
                    expected.put(stem + pair[1], strings(module.get(pair[0])));
                }
            }
            boolean rust = module.get("rustflags") != null;
            assertEquals(rust, files.stream().anyMatch(f -> f.path().equals(module.get("cargoConfig"))),
                    "a Cargo config exactly for each Rust module");
        }
        assertFalse(expected.isEmpty());
        expected.forEach((name, words) -> {
            assertEquals(words, cmake.get(name).stream().filter(w -> !w.isEmpty()).toList(), "cmake " + name);
            assertEquals(words, make.get(name), "make " + name);
        });
        for (GeneratedFile f : buildFiles(files)) {
            assertFollowsGrammar(f);
        }
    }

    private static List<GeneratedFile> buildFiles(List<GeneratedFile> files) {
        List<GeneratedFile> build = files.stream().filter(f -> f.path().startsWith(Generation.BUILD_FOLDER)).toList();
        assertTrue(build.size() >= 3, "the CMake, Make and ld fragments");
        return build;
    }

    private static void assertFollowsGrammar(GeneratedFile f) {
        Pattern grammar = GRAMMAR.get(f.path().substring(f.path().lastIndexOf('.')));
        String text = new String(f.content(), StandardCharsets.UTF_8);
        for (byte b : f.content()) {
            assertTrue(b == '\n' || b >= 0x20 && b < 0x7F, f.path() + ": byte " + b);
        }
        assertTrue(text.endsWith("\n"), f.path());
        for (String line : text.split("\n", -1)) {
            assertTrue(grammar.matcher(line).matches() || line.isEmpty(), f.path() + ": unexpected line: " + line);
        }
    }

    /** The text without comments: '#' to the line's end, or C comments in the ld script. */
    private static String withoutComments(String path, String text) {
        return path.endsWith(".ld") ? text.replaceAll("(?s)/\\*.*?\\*/", " ") : text.replaceAll("(?m)#.*$", "");
    }

    private static Map<String, List<String>> variables(String text, String line, String word) {
        Map<String, List<String>> variables = new HashMap<>();
        Pattern linePattern = Pattern.compile(line);
        Pattern wordPattern = Pattern.compile(word);
        for (String l : text.split("\n")) {
            Matcher m = linePattern.matcher(l);
            if (!l.startsWith("#") && m.matches()) {
                List<String> words = new ArrayList<>();
                Matcher w = wordPattern.matcher(m.group(2));
                while (w.find()) {
                    words.add(w.group(1));
                }
                variables.put(m.group(1), words);
            }
        }
        return variables;
    }

    private static List<String> strings(Object array) {
        return JsonReader.array(array).stream().map(String.class::cast).toList();
    }

    private static String text(List<GeneratedFile> files, String path) {
        return new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
    }
}
