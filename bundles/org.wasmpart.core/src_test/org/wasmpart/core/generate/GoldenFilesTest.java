package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;

/** Generation gives exactly the reviewed output for every design that generates. */
class GoldenFilesTest {

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void generationGivesTheGoldenOutput(Path design) throws Exception {
        Goldens.check(design, Generation.generate(DesignIO.load(design)));
    }

    @Test
    void everyGoldenFolderBelongsToADesign() throws IOException {
        Set<Path> expected = designs().stream().map(Goldens::of).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(Goldens.FOLDER)) {
            assertEquals(expected, folders.collect(Collectors.toSet()));
        }
    }
}
