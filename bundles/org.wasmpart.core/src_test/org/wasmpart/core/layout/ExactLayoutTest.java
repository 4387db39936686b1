package org.wasmpart.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.SeededTries;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Permission;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

class ExactLayoutTest {

    private static final Set<DiagnosticCode> PLACEMENT = EnumSet.of(DiagnosticCode.REGION_OVERLAP,
            DiagnosticCode.REGION_OUTSIDE_BANK, DiagnosticCode.BANK_CAPACITY_EXCEEDED, DiagnosticCode.LAYOUT_PENDING,
            DiagnosticCode.ENTRY_MISALIGNED);

    private static final BuiltInCatalog CATALOG = BuiltInCatalog.load();

    /** Generous for the heuristic, and what the exact mode falls back to when it proves nothing. */
    private static final LayoutOptions HEURISTIC = LayoutOptions.defaults().withMode(LayoutOptions.Mode.HEURISTIC)
            .withMaxEvaluations(5_000).withTimeLimit(Duration.ofMinutes(5));

    private static final LayoutOptions EXACT = HEURISTIC.withMode(LayoutOptions.Mode.EXACT);

    /** Board, bank and tries: proofs over PMP and PMSAv7 spaces take longer, so they get fewer. */
    @ParameterizedTest
    @ValueSource(strings = { "nrf5340-app|nrf5340-app.ram|12", "esp32-c6|esp32-c6.hpsram|4",
            "stm32h743zi|stm32h743zi.axisram|4" })
    void theExactLayoutIsNeverWorseThanTheHeuristicsAndPassesValidation(String setting) {
        String[] s = setting.split("\\|");
        SeededTries.run(Integer.parseInt(s[2]), seed -> {
            Random random = new Random(seed);
            int modules = 1 + random.nextInt(3);
            int fewest = Math.max(0, 2 - modules);
            int regions = fewest + random.nextInt(5 - modules - fewest + 1);
            Design design = RandomDesigns.unplaced(CATALOG, s[0], s[1], modules, regions, random);

            LayoutResult heuristic = LayoutSolver.standard().solve(design, HEURISTIC, new BasicMonitor());
            LayoutResult exact = LayoutSolver.standard().solve(design, EXACT, new BasicMonitor());

            assertTrue(exact.cost().compareTo(heuristic.cost()) <= 0,
                    "exact " + exact.cost() + " (" + exact.status() + ") worse than heuristic " + heuristic.cost());
            assertTrue(exact.unplaced().isEmpty(), exact.unplaced().toString());
            // only ARMv8-M's candidate space holds every layout that can be optimal
            if (!s[0].equals("nrf5340-app")) {
                assertNotEquals(LayoutResult.Status.OPTIMAL, exact.status());
            }
            new BasicCommandStack().execute(LayoutSolver.apply(exact, design));
            List<String> wrong = DesignValidator.standard().validate(design).stream()
                    .filter(f -> PLACEMENT.contains(f.code())
                            || exact.feasible() && f.code() == DiagnosticCode.BUDGET_EXCEEDED)
                    .map(f -> f.code().id() + ": " + f.message()).toList();
            assertEquals(List.of(), wrong);
        });
    }

    @Test
    void findsTheOnlyOrderThatFitsATightArmv8mBudget() {
        Design design = chain();

        LayoutResult result = LayoutSolver.standard().solve(design,
                LayoutOptions.defaults().withMode(LayoutOptions.Mode.EXACT), new BasicMonitor());

        assertTrue(EnumSet.of(LayoutResult.Status.OPTIMAL, LayoutResult.Status.MEETS_BOUND).contains(result.status()),
                result.status().toString());
        assertTrue(result.feasible(), result.entries().toString());
        new BasicCommandStack().execute(LayoutSolver.apply(result, design));
        assertEquals(List.of(), DesignValidator.standard().validate(design).stream()
                .filter(x -> PLACEMENT.contains(x.code()) || x.code() == DiagnosticCode.BUDGET_EXCEEDED)
                .map(x -> x.code().id() + ": " + x.message()).toList());
        SharedRegion first = region(design, "first");
        assertTrue(touch(first, region(design, "log")) && touch(first, region(design, "second")),
                "first ring between the log and the second ring");
    }

    @Test
    void provingThatNoLayoutFitsStillGivesTheLayoutThatMissesLeastAndSaysNoneDoesBetter() throws Exception {
        // codec and equaliser have two entries for three runs: private memory, audio buffer, parameters
        Design design = DesignIO.load(Path.of("../../examples/nrf5340-trustzone-audio.wasmpart"));

        LayoutResult result = LayoutSolver.standard().solve(design, EXACT.withMaxEvaluations(2_000),
                new BasicMonitor());

        assertFalse(result.feasible());
        assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
        // the entry floor (3 runs that never share an entry) exceeds the 2 entries left: no layout fits
        result.overBudget().forEach(m -> assertTrue(result.entryBound().get(m) > result.available(), m.getId()));
        assertEquals(LayoutResult.Status.MEETS_BOUND, result.status());
    }

    @Test
    void aSpaceTooLargeToProveFallsBackToTheHeuristicWithoutClaimingAnOptimum() {
        Design design = RandomDesigns.unplaced(CATALOG, "stm32h743zi", "stm32h743zi.axisram", 4, 12, new Random(7));

        LayoutResult result = LayoutSolver.standard().solve(design, EXACT.withMaxEvaluations(300), new BasicMonitor());

        assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
        assertNotEquals(LayoutResult.Status.OPTIMAL, result.status());
    }

    @Test
    void aCancelledExactLayoutSaysItWasCutShort() {
        // no constructed start meets this design's bounds, so only a search could prove anything
        Design design = RandomDesigns.unplaced(CATALOG, "stm32h743zi", "stm32h743zi.axisram", 4, 12, new Random(7));
        BasicMonitor cancelled = new BasicMonitor();
        cancelled.setCanceled(true);

        LayoutResult result = LayoutSolver.standard().solve(design, EXACT, cancelled);

        assertEquals(LayoutResult.Status.CUT_SHORT, result.status());
        assertTrue(result.unplaced().isEmpty(), "a cut-short layout still places everything it can");
    }

    private static boolean touch(SharedRegion x, SharedRegion y) {
        return x.getBase() + x.getSize() == y.getBase() || y.getBase() + y.getSize() == x.getBase();
    }

    /**
     * Three modules in a chain: {@code m0} writes a log and the first ring, {@code m1} moves data
     * from the first ring to the second, {@code m2} reads the second. With two entries each (one
     * for its own memory, which never joins a shared run), {@code m0} needs the log next to the
     * first ring and {@code m1} the rings next to each other: the first ring must sit between the
     * log and the second ring, not where the design lists it.
     */
    private static Design chain() {
        Design design = RandomDesigns.unplaced(CATALOG, "nrf5340-app", "nrf5340-app.ram", 3, 0, new Random(1));
        ReservedEntry kernel = WasmpartFactory.eINSTANCE.createReservedEntry();
        kernel.setPurpose("kernel and runtime");
        kernel.setCount(6);
        design.getReservations().add(kernel);
        List<WasmModule> m = design.getModules();
        SharedRegion first = newRegion(design, "first", 512);
        SharedRegion log = newRegion(design, "log", 256);
        SharedRegion second = newRegion(design, "second", 1024);
        grant(m.get(0), log);
        grant(m.get(0), first);
        grant(m.get(1), first);
        grant(m.get(1), second);
        grant(m.get(2), second);
        return design;
    }

    private static SharedRegion newRegion(Design design, String id, long size) {
        SharedRegion r = WasmpartFactory.eINSTANCE.createSharedRegion();
        r.setId(id);
        r.setSize(size);
        r.setBank(design.getModules().get(0).getBank());
        design.getRegions().add(r);
        return r;
    }

    private static SharedRegion region(Design design, String id) {
        return design.getRegions().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static void grant(WasmModule m, SharedRegion r) {
        Grant g = WasmpartFactory.eINSTANCE.createGrant();
        g.setTarget(r);
        g.setPermission(Permission.RW);
        m.getGrants().add(g);
    }
}
