package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;

/** The same design gives the same bytes, and the hash follows the design, not the file. */
class DeterminismTest {

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void generatingTwiceGivesTheSameBytes(Path file) throws Exception {
        Design design = DesignIO.load(file);
        List<GeneratedFile> first = Generation.generate(design);
        List<GeneratedFile> again = Generation.generate(design);
        List<GeneratedFile> reloaded = Generation.generate(DesignIO.load(file));
        assertEquals(first.size(), again.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).path(), again.get(i).path());
            assertArrayEquals(first.get(i).content(), again.get(i).content(), first.get(i).path());
            assertArrayEquals(first.get(i).content(), reloaded.get(i).content(), first.get(i).path());
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void theHashIsTheDesignsWhereverItsFileLies(Path file, @TempDir Path dir) throws Exception {
        Path elsewhere = dir.resolve("moved.wasmpart");
        Files.copy(file, elsewhere);
        Design design = DesignIO.load(file);
        assertEquals(DesignHash.sha256(design), DesignHash.sha256(DesignIO.load(elsewhere)));
        design.getModules().get(0).setStack(design.getModules().get(0).getStack() + 32);
        assertNotEquals(DesignHash.sha256(DesignIO.load(file)), DesignHash.sha256(design));
    }
}
