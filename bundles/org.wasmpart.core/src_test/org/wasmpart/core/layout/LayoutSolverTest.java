package org.wasmpart.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

class LayoutSolverTest {

    private static final Set<DiagnosticCode> PLACEMENT = EnumSet.of(DiagnosticCode.REGION_OVERLAP,
            DiagnosticCode.REGION_OUTSIDE_BANK, DiagnosticCode.BANK_CAPACITY_EXCEEDED, DiagnosticCode.LAYOUT_PENDING,
            DiagnosticCode.ENTRY_MISALIGNED);

    @ParameterizedTest
    @ValueSource(strings = { "stm32f4-sensor-hub.wasmpart", "esp32c3-pmp-shared-heap.wasmpart",
            "nrf5340-trustzone-audio.wasmpart" })
    void everyExampleGetsPlacedInsideItsBanksWithoutOverlapAndWithinItsBounds(String example) throws Exception {
        Design design = DesignIO.load(Path.of("../../examples", example));
        String before = text(design);
        List<Long> fixedBases = design.getRegions().stream().filter(SharedRegion::isSetBase).map(SharedRegion::getBase)
                .toList();

        LayoutResult result = LayoutSolver.standard().solve(design);
        assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
        assertTrue(result.waste() >= result.wasteBound(), result.waste() + " < " + result.wasteBound());
        result.entries().forEach((m, n) -> assertTrue(n >= result.entryBound().get(m),
                m.getId() + ": " + n + " entries below the bound " + result.entryBound().get(m)));

        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(LayoutSolver.apply(result, design));
        List<Finding> findings = DesignValidator.standard().validate(design);
        assertEquals(List.of(), findings.stream().filter(f -> PLACEMENT.contains(f.code()))
                .map(f -> f.code().id() + ": " + f.message()).toList());
        assertTrue(design.getModules().stream().allMatch(WasmModule::isSetBase));
        assertTrue(design.getRegions().stream().allMatch(SharedRegion::isSetBase));
        assertEquals(fixedBases, design.getRegions().stream().filter(r -> fixedBases.contains(r.getBase()))
                .map(SharedRegion::getBase).toList(), "fixed bases stay");

        stack.undo();
        assertEquals(before, text(design), "undo restores the design exactly");
    }

    private static String text(Design design) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DesignIO.write(design, design.eResource().getURI(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = { "stm32h743zi|stm32h743zi.axisram", "nrf5340-app|nrf5340-app.ram", "esp32-c6|esp32-c6.hpsram",
            "rp2350|rp2350.sram" })
    void randomDesignsArePlacedWithoutPlacementErrors(String setting) {
        String[] s = setting.split("\\|");
        org.wasmpart.core.BuiltInCatalog catalog = org.wasmpart.core.BuiltInCatalog.load();
        org.wasmpart.core.SeededTries.run(60, seed -> {
            java.util.Random random = new java.util.Random(seed);
            Design design = RandomDesigns.unplaced(catalog, s[0], s[1], 2 + random.nextInt(8), 4 + random.nextInt(60),
                    random);
            LayoutResult result = LayoutSolver.standard().solve(design,
                    LayoutOptions.defaults().withMode(LayoutOptions.Mode.HEURISTIC).withMaxEvaluations(300),
                    new org.eclipse.emf.common.util.BasicMonitor());
            assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
            assertTrue(result.waste() >= result.wasteBound());
            new BasicCommandStack().execute(LayoutSolver.apply(result, design));
            List<String> wrong = DesignValidator.standard().validate(design).stream()
                    .filter(f -> PLACEMENT.contains(f.code())).map(f -> f.code().id() + ": " + f.message()).toList();
            assertEquals(List.of(), wrong);
        });
    }
}
