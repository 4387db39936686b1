package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/** The memory map as data draws what the SVG map draws: the same memories, waste, colours and entries. */
class MapModelTest {

    static List<Path> designs() throws Exception {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyBankIsCoveredExactlyByItsPiecesAndTheWasteIsTheLayouts(Path file) throws Exception {
        Design design = DesignIO.load(file);
        MapModel map = MapModel.of(design, new BasicMonitor());
        Design placed = PlacedDesign.laidOut(design, new BasicMonitor());
        List<BankUse> uses = BankUse.of(placed, LayoutWaste.of(design, placed));

        assertTrue(map.problem().isEmpty(), () -> map.problem().get());
        assertEquals(uses.size(), map.banks().size());
        for (int b = 0; b < uses.size(); b++) {
            MapModel.Bank bank = map.banks().get(b);
            assertEquals(uses.get(b).bank().getId(), bank.id());
            long cursor = bank.span().base();
            for (MapModel.Piece p : bank.pieces()) {
                assertEquals(cursor, p.span().base(), bank.id() + " has a hole or an overlap below " + p.name());
                cursor = p.span().end();
            }
            assertEquals(bank.span().end(), cursor);
            long wasted = bank.pieces().stream().mapToLong(
                    p -> p.kind() == MapModel.Kind.ALIGNMENT ? p.span().size() : p.rounding()).sum();
            assertEquals(uses.get(b).bytes(BankUse.Kind.ALIGNMENT) + uses.get(b).rounding(), wasted);
        }
    }

    @Test
    void aPlacedExampleIsDrawnWhereItsMemoriesAreWithTheMapsColoursAndItsEntries() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart"));
        MapModel map = MapModel.of(design, new BasicMonitor());

        List<MapModel.Piece> regions = map.banks().stream().flatMap(b -> b.pieces().stream())
                .filter(p -> p.kind() == MapModel.Kind.REGION).toList();
        assertEquals(design.getRegions().size(), regions.size());
        for (MapModel.Piece p : regions) {
            SharedRegion r = design.getRegions().stream().filter(x -> x.getId().equals(p.id())).findFirst().orElseThrow();
            assertEquals(r.getBase(), p.span().base());
            assertEquals(r.getSize(), p.span().size());
            assertEquals(r.getSubpartitions().size(), p.parts().size());
        }
        MapModel.Piece samples = regions.stream().filter(p -> p.id().equals("samples")).findFirst().orElseThrow();
        assertEquals(List.of("sensor RW"), samples.reachedBy().stream().map(x -> x.module() + " " + x.permission())
                .toList());
        MapModel.Part data = samples.parts().stream().filter(x -> x.id().equals("samples.data")).findFirst()
                .orElseThrow();
        assertEquals(List.of("filter R"), data.reachedBy().stream().map(x -> x.module() + " " + x.permission())
                .toList());
        assertEquals(MapColours.of(design, design.getModules().get(1)), data.reachedBy().get(0).colour());

        for (WasmModule m : design.getModules()) {
            MapModel.ModuleEntries entries = map.modules().get(design.getModules().indexOf(m));
            assertEquals(m.getId(), entries.id());
            Encoding.Encoded encoded = (Encoding.Encoded) DesignValidator.encoding(m).orElseThrow();
            assertEquals(encoded.entries(), entries.entries().stream().map(c -> c.entry()).toList());
            assertTrue(entries.problem().isEmpty());
        }
    }

    @Test
    void memoriesWithoutABaseAreDrawnWhereTheLayoutPutsThemAndTheDesignIsNotChanged() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart"));
        design.getRegions().forEach(SharedRegion::unsetBase);
        MapModel map = MapModel.of(design, new BasicMonitor());

        assertTrue(map.problem().isEmpty(), () -> map.problem().get());
        assertEquals(design.getRegions().size(), map.banks().stream().flatMap(b -> b.pieces().stream())
                .filter(p -> p.kind() == MapModel.Kind.REGION).count());
        assertTrue(design.getRegions().stream().noneMatch(SharedRegion::isSetBase));
    }

    @Test
    void whenNoLayoutFitsTheFixedMemoriesAreDrawnAndTheProblemSaysWhy() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub.wasmpart"));
        MapModel map = MapModel.of(design, new BasicMonitor());

        assertTrue(map.problem().orElseThrow().contains("no layout fits"), map.problem().get());
        assertEquals(design.getRegions().stream().filter(SharedRegion::isSetBase).map(SharedRegion::getId).toList(),
                map.banks().stream().flatMap(b -> b.pieces().stream()).filter(p -> p.kind() == MapModel.Kind.REGION)
                        .map(MapModel.Piece::id).toList());
    }

    @Test
    void aDesignWithValidationErrorsIsStillDrawn() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("broken-rp2040.wasmpart"));
        assertThrows(GenerationException.class, () -> Generation.memoryMap(design, new BasicMonitor()));

        MapModel map = MapModel.of(design, new BasicMonitor());

        assertFalse(map.banks().isEmpty());
        assertEquals(design.getModules().size(), map.modules().size());
    }

    @Test
    void aCancelledLayoutCancelsTheMap() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub.wasmpart"));
        BasicMonitor cancelled = new BasicMonitor();
        cancelled.setCanceled(true);

        assertThrows(CancellationException.class, () -> MapModel.of(design, cancelled));
    }

    @Test
    void aCancelledExportWritesNoSvg() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart"));
        BasicMonitor cancelled = new BasicMonitor();
        cancelled.setCanceled(true);

        assertThrows(CancellationException.class, () -> Generation.memoryMap(design, cancelled));
    }

    @Test
    void theExportedSvgIsTheGeneratedMemoryMap() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart"));

        assertEquals(IsolationReportTest.text(Generation.generate(design), Generation.MEMORY_MAP),
                Generation.memoryMap(design, new BasicMonitor()));
    }
}
