package org.wasmpart.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;

class ExampleFindingsTest {

    private static final Path EXAMPLES = Path.of("../../examples");

    @Test
    void theBrokenExampleShowsTheIntendedDiagnostics() throws Exception {
        List<Finding> findings = DesignValidator.standard().validate(DesignIO.load(EXAMPLES.resolve("broken-rp2040.wasmpart")));
        Set<DiagnosticCode> codes = findings.stream().map(Finding::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));
        assertEquals(EnumSet.of(DiagnosticCode.NAME_NOT_C_IDENTIFIER, DiagnosticCode.WRITABLE_EXECUTABLE,
                DiagnosticCode.DISCIPLINE_TWO_WRITERS, DiagnosticCode.REFERENCE_TYPES_MISMATCH,
                DiagnosticCode.ENTRY_MISALIGNED, DiagnosticCode.BUDGET_EXCEEDED), codes,
                () -> findings.stream().map(f -> f.code().id() + ": " + f.message()).collect(Collectors.joining("\n")));
        Finding budget = findings.stream().filter(f -> f.code() == DiagnosticCode.BUDGET_EXCEEDED).findFirst().orElseThrow();
        assertEquals("logger", budget.uri().fragment());
        assertEquals(6, budget.data().get("available"), "8 RP2040 regions less 2 for the WAMR runtime");
        assertTrue((Integer) budget.data().get("needed") >= 7, budget.message());
    }

    @ParameterizedTest
    @ValueSource(strings = { "esp32c3-pmp-shared-heap.wasmpart", "nrf5340-audio-bare-metal.wasmpart",
            "stm32f4-sensor-hub-bare-metal.wasmpart" })
    void theGoodExamplesHaveNoErrorsOrWarnings(String example) throws Exception {
        List<Finding> findings = DesignValidator.standard().validate(DesignIO.load(EXAMPLES.resolve(example)));
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code().id() + ": " + f.message()).toList());
    }

    /**
     * Under Zephyr and WAMR 2 MPU entries are left per module, and each module's memories have 3
     * different combinations of access and memory type: validation says so before any layout,
     * where it used to count the entries only once the layout had placed everything (which it
     * never could).
     */
    @ParameterizedTest
    @CsvSource({ "stm32f4-sensor-hub.wasmpart, sensor filter uplink", "nrf5340-trustzone-audio.wasmpart, codec equaliser" })
    void theZephyrExamplesAreOverBudgetWhereverTheLayoutPutsTheirMemories(String example, String modules)
            throws Exception {
        List<Finding> findings = DesignValidator.standard().validate(DesignIO.load(EXAMPLES.resolve(example)));
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(modules.split(" ")), errors.stream().map(f -> f.uri().fragment()).toList(),
                () -> findings.stream().map(f -> f.code().id() + ": " + f.message()).collect(Collectors.joining("\n")));
        for (Finding f : errors) {
            assertEquals(DiagnosticCode.BUDGET_EXCEEDED, f.code());
            assertEquals(Map.of("module", f.uri().fragment(), "needed", 3, "available", 2, "reserved", 6, "locked", 0,
                    "floor", true), f.data());
            assertTrue(f.message().startsWith("module " + f.uri().fragment() + " needs at least 3 pmsav"), f.message());
        }
    }
}
