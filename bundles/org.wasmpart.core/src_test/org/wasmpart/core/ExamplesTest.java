package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.model.Design;

class ExamplesTest {

    static List<Path> examples() throws IOException {
        return Examples.all();
    }

    @Test
    void theExamplesAUserNeedsAreThere() throws IOException {
        List<String> names = examples().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 4, names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("broken")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsSavesAndReloadsToAnEqualModel(Path example, @TempDir Path dir) throws Exception {
        Design original = DesignIO.load(example);
        assertFalse(original.getModules().isEmpty(), "an example without modules shows nothing");

        Path copy = dir.resolve(example.getFileName());
        DesignIO.saveAs(original, copy);
        Design reloaded = DesignIO.load(copy);
        assertTrue(new EcoreUtil.EqualityHelper().equals(DesignIO.load(example), reloaded),
                "reloaded model differs from " + example);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void isStoredInTheFormWasmpartWrites(Path example) throws Exception {
        Design design = DesignIO.load(example);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DesignIO.write(design, URI.createFileURI(example.toAbsolutePath().toString()), out);
        assertEquals(Files.readString(example), out.toString(StandardCharsets.UTF_8),
                "saving " + example + " would rewrite it: keep examples in canonical form so diffs stay small");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void referencesTheCatalogByIdNotByPosition(Path example) throws IOException {
        String text = Files.readString(example);
        assertTrue(text.contains("wasmpart:/catalog/"), example.toString());
        assertFalse(text.contains("#//"), "positional reference in " + example);
    }
}
