package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;

/**
 * What generation does with each bundled example: the ones that generate have golden output
 * (GoldenFilesTest); the others are refused with their reason, and this list says which. When a
 * better layout makes an example fit, this test fails: give it golden output instead.
 */
class ExampleGenerationTest {

    @Test
    void everyExampleGeneratesOrIsRefusedForItsReason() throws Exception {
        try (Stream<Path> files = Files.list(Goldens.EXAMPLES)) {
            for (Path example : files.filter(f -> f.toString().endsWith(".wasmpart")).sorted().toList()) {
                String name = example.getFileName().toString();
                switch (name) {
                    case "broken-rp2040.wasmpart" -> refusedForValidationErrors(example);
                    // Zephyr and WAMR reserve 6 of the 8 MPU regions, and each module's memories
                    // need 3 wherever they go: validation says so (their bare-metal variants run)
                    case "stm32f4-sensor-hub.wasmpart", "nrf5340-trustzone-audio.wasmpart" ->
                        refusedForValidationErrors(example);
                    default -> assertTrue(Goldens.designs().contains(example), name + " generates but has no golden"
                            + " output: add it to Goldens.designs()");
                }
            }
        }
    }

    @Test
    void theGivenDesignIsNotChangedWhenTheLayoutPlacesACopy() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart"));
        String before = DesignHash.sha256(design);
        Generation.generate(design);
        assertEquals(before, DesignHash.sha256(design));
        assertTrue(design.getModules().stream().noneMatch(m -> m.isSetBase()), "the layout wrote into the design");
    }

    private static void refusedForValidationErrors(Path example) throws IOException, Exception {
        Design design = DesignIO.load(example);
        List<Finding> errors = DesignValidator.standard().validate(design).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        assertEquals(errors.stream().map(Finding::message).toList(),
                e.findings().stream().map(Finding::message).toList());
    }
}
