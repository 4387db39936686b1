package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The expected output of generation, one folder per design under testdata/generate/golden (the
 * tests run in the bundle's folder). With WASMPART_UPDATE_GOLDEN=1 in the environment (or
 * -Dwasmpart.updateGolden=true) the tests write what the generator produces instead of
 * comparing; review the diff before committing it.
 */
final class Goldens {

    static final Path TESTDATA = Path.of(System.getProperty("wasmpart.testdata", "testdata/generate"));
    static final Path FOLDER = TESTDATA.resolve("golden");
    static final Path EXAMPLES = Path.of(System.getProperty("wasmpart.examples", "../../examples"));

    private Goldens() {
    }

    static boolean updating() {
        return "1".equals(System.getenv("WASMPART_UPDATE_GOLDEN")) || Boolean.getBoolean("wasmpart.updateGolden");
    }

    /** The folder of a design's golden output: its file name without .wasmpart. */
    static Path of(Path design) {
        return FOLDER.resolve(design.getFileName().toString().replaceFirst("\\.wasmpart$", ""));
    }

    /** Compares (or, when updating, writes) every file, and that the folder holds no other. */
    static void check(Path design, List<GeneratedFile> files) throws IOException {
        Path folder = of(design);
        if (updating()) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (GeneratedFile f : files) {
                Path p = folder.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, f.content());
            }
            return;
        }
        assertTrue(Files.isDirectory(folder), "no golden output at " + folder.toAbsolutePath()
                + ": run the tests with WASMPART_UPDATE_GOLDEN=1 to write it");
        for (GeneratedFile f : files) {
            Path p = folder.resolve(f.path());
            assertTrue(Files.isRegularFile(p), "golden file missing: " + p);
            assertEquals(Files.readString(p, StandardCharsets.UTF_8), new String(f.content(), StandardCharsets.UTF_8),
                    () -> f.path() + " differs from " + p + " (WASMPART_UPDATE_GOLDEN=1 rewrites it)");
        }
        try (Stream<Path> all = Files.walk(folder)) {
            assertEquals(files.size(), all.filter(Files::isRegularFile).count(),
                    "the golden folder " + folder + " holds files generation no longer writes");
        }
    }

    /** Every design with golden output: the examples that generate and the test designs. */
    static List<Path> designs() throws IOException {
        try (Stream<Path> own = Files.list(TESTDATA.resolve("designs"))) {
            return Stream.concat(Stream.of(EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart"),
                    EXAMPLES.resolve("nrf5340-audio-bare-metal.wasmpart"),
                    EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart")),
                    own.filter(p -> p.toString().endsWith(".wasmpart")).sorted()).toList();
        }
    }
}
