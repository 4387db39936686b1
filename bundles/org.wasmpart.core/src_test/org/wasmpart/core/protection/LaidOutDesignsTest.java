package org.wasmpart.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.Designs;
import org.wasmpart.core.SeededTries;
import org.wasmpart.core.layout.LayoutOptions;
import org.wasmpart.core.layout.LayoutResult;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.layout.RandomDesigns;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.model.Design;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.WasmModule;

/**
 * No layout the solver emits is wrong: applied to the design it validates without placement
 * findings, and when the solver calls it feasible every module's entries, decoded by the
 * register-level oracle of its architecture, give exactly the module's access at every edge.
 */
class LaidOutDesignsTest {

    private static final Set<DiagnosticCode> WRONG = EnumSet.of(DiagnosticCode.REGION_OVERLAP,
            DiagnosticCode.REGION_OUTSIDE_BANK, DiagnosticCode.BANK_CAPACITY_EXCEEDED, DiagnosticCode.LAYOUT_PENDING,
            DiagnosticCode.ENTRY_MISALIGNED, DiagnosticCode.SUBPARTITION_OUTSIDE_REGION);

    @ParameterizedTest
    @ValueSource(strings = { "stm32h743zi|stm32h743zi.axisram", "stm32f407vg|stm32f407vg.sram1",
            "nrf5340-app|nrf5340-app.ram", "esp32-c6|esp32-c6.hpsram", "rp2350|rp2350.sram|rp2350.cm33",
            "rp2350|rp2350.sram|rp2350.hazard3" })
    void everyEmittedLayoutValidatesAndTheHardwareGivesExactlyTheDeclaredAccess(String setting) {
        String[] s = setting.split("\\|");
        BuiltInCatalog catalog = BuiltInCatalog.load();
        SeededTries.run(40, seed -> {
            Random random = new Random(seed);
            Design design = RandomDesigns.unplaced(catalog, s[0], s[1], 2 + random.nextInt(4), 2 + random.nextInt(10),
                    random);
            if (s.length > 2) {
                design.setCore(design.getBoard().getCores().stream().filter(c -> c.getId().equals(s[2])).findFirst()
                        .orElseThrow());
            }
            LayoutResult result = LayoutSolver.standard().solve(design,
                    LayoutOptions.defaults().withMode(LayoutOptions.Mode.HEURISTIC).withMaxEvaluations(400),
                    new BasicMonitor());
            new BasicCommandStack().execute(LayoutSolver.apply(result, design));

            List<String> wrong = DesignValidator.standard().validate(design).stream()
                    .filter(f -> WRONG.contains(f.code()) || result.feasible() && f.code() == DiagnosticCode.BUDGET_EXCEEDED)
                    .map(f -> f.code().id() + ": " + f.message()).toList();
            assertEquals(List.of(), wrong);
            if (result.feasible()) {
                ProtectionUnit pu = Designs.protectionUnit(design).orElseThrow();
                UnitParameters unit = UnitParameters.of(pu, DesignValidator.reservedEntries(design, pu.getKind()));
                for (WasmModule m : design.getModules()) {
                    AccessSet set = ModuleAccess.of(m).orElseThrow();
                    Encoding encoding = ProtectionEncoders.forKind(pu.getKind()).encode(set, unit);
                    Encoding.Encoded encoded = assertInstanceOf(Encoding.Encoded.class, encoding, encoding::toString);
                    assertEquals(result.entries().get(m), encoded.entries().size(), "entries the solver reported");
                    assertDecodesExactly(pu, encoded, set);
                }
            }
        });
    }

    private static void assertDecodesExactly(ProtectionUnit pu, Encoding.Encoded encoded, AccessSet set) {
        List<Long> probes = new ArrayList<>();
        for (AccessRange r : set.ranges()) {
            for (long a = r.base() - 1; a <= r.base() + 1; a++) {
                probes.add(a);
            }
            for (long a = r.end() - 1; a <= r.end() + 1; a++) {
                probes.add(a);
            }
        }
        for (long a : probes) {
            Access hardware = switch (pu.getKind()) {
                case PMSA_V7 -> new PmsaV7Oracle(encoded.entries()).access(a);
                case PMSA_V8 -> new PmsaV8Oracle(encoded.entries().stream().map(HardwareEntry::registers).toList())
                        .unprivileged(a);
                case PMP -> new PmpOracle(encoded.entries().stream().map(HardwareEntry::registers).toList(),
                        pu.getGranularity()).user(a);
                default -> throw new IllegalStateException(pu.getKind().toString());
            };
            assertEquals(set.access(a), hardware, () -> String.format("%s at 0x%08X", set.domain(), a));
        }
    }
}
