package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.wasmpart.core.Designs;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.MapModel;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;
import org.wasmpart.ui.internal.widgets.DrawnEntry;
import org.wasmpart.ui.internal.widgets.DrawnRegion;
import org.wasmpart.ui.internal.widgets.MemoryMapWidget;

@ExtendWith(FailOnLoggedErrors.class)
class MemoryMapWidgetTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    private MemoryMapWidget open(Design design) throws InterruptedException {
        shell = new Shell(Display.getCurrent());
        shell.setText("Memory map");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 760);
        MemoryMapWidget map = new MemoryMapWidget(shell, design);
        shell.open();
        shell.forceActive();
        settle(map);
        return map;
    }

    /** Waits for the map's computation and lets it show its result. */
    private static void settle(MemoryMapWidget map) throws InterruptedException {
        Workbench.flush();
        Job computing = map.computation();
        computing.join();
        Workbench.flush();
    }

    @Test
    void theMapDrawsTheExamplesMemoriesToScaleInTheirBanks() throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        MemoryMapWidget map = open(design);
        map.setZoom(16);
        Workbench.flush();

        List<DrawnRegion> regions = map.drawnRegions().stream().filter(r -> r.kind() == MapModel.Kind.REGION)
                .toList();
        List<SharedRegion> expected = design.getRegions().stream().sorted(Comparator
                .comparingInt((SharedRegion r) -> design.getBoard().getBanks().indexOf(bank(design, r.getBase())))
                .thenComparingLong(SharedRegion::getBase)).toList();
        assertEquals(expected.stream().map(SharedRegion::getId).toList(), regions.stream().map(DrawnRegion::id).toList(),
                "every region, bank by bank, bottom up");
        for (int i = 0; i < regions.size(); i++) {
            assertEquals(Designs.label(expected.get(i)), regions.get(i).name());
            assertEquals(bank(design, expected.get(i).getBase()).getId(), regions.get(i).bank());
        }
        List<DrawnRegion> modules = map.drawnRegions().stream().filter(r -> r.kind() == MapModel.Kind.MODULE).toList();
        assertEquals(design.getModules().size(), modules.size());
        List<DrawnRegion> all = map.drawnRegions();
        for (DrawnRegion a : all) {
            for (DrawnRegion b : all) {
                long sa = size(design, a);
                long sb = size(design, b);
                // each height is rounded at both ends: a pixel each way
                assertTrue(Math.abs((double) a.bounds().height * sb - (double) b.bounds().height * sa) <= sa + sb,
                        a + " and " + b + " are not drawn to one scale");
            }
        }
        assertTrue(regions.stream().allMatch(r -> r.bounds().height > 40), "zoom 16 makes even 1 KiB tall");

        DrawnRegion samples = regions.stream().filter(r -> r.id().equals("samples")).findFirst().orElseThrow();
        int x = samples.bounds().x + 4 - map.canvas().getHorizontalBar().getSelection();
        int y = samples.bounds().y + 4 - map.canvas().getVerticalBar().getSelection();
        String tip = map.describeAt(x, y).orElseThrow();
        assertTrue(tip.contains("region samples") && tip.contains("0x2001C800-0x2001D7FF (4 KiB)")
                && tip.contains("sensor RW"), tip);
    }

    @Test
    void selectingAModuleOverlaysEachOfItsEntries() throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        MemoryMapWidget map = open(design);
        assertEquals(List.of(), map.drawnEntries());

        for (WasmModule m : design.getModules()) {
            map.selectModule(m.getId());
            Workbench.flush();
            Encoding.Encoded encoded = (Encoding.Encoded) DesignValidator.encoding(m).orElseThrow();
            List<DrawnEntry> entries = map.drawnEntries();
            assertEquals(encoded.entries().size(), entries.size(), m.getId());
            assertEquals(encoded.entries().stream().map(e -> e.index()).toList(),
                    entries.stream().map(DrawnEntry::index).toList());
            DrawnRegion own = map.drawnRegions().stream().filter(r -> r.id().equals(m.getId())).findFirst()
                    .orElseThrow();
            assertTrue(entries.stream().flatMap(e -> e.bars().stream()).anyMatch(
                    bar -> bar.y < own.bounds().y + own.bounds().height && own.bounds().y < bar.y + bar.height),
                    "an entry covers the module's own memory: " + entries);
            if (m.getId().equals("filter")) {
                Workbench.screenshot(shell, "memory-map");
            }
        }
        map.selectModule(null);
        assertEquals(List.of(), map.drawnEntries());
    }

    @Test
    void aClickSelectsTheMemoryAndASelectionFromElsewhereIsOutlinedAndRevealed() throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        MemoryMapWidget map = open(design);
        map.setZoom(16);
        List<Object> selected = new ArrayList<>();
        map.addSelectionChangedListener(e -> selected.add(((IStructuredSelection) e.getSelection()).getFirstElement()));
        DrawnRegion config = map.drawnRegions().stream().filter(r -> r.id().equals("config")).findFirst().orElseThrow();
        map.setSelection(new StructuredSelection(PermissionMatrixWidgetTest.region(design, "config")));

        Event click = new Event();
        click.button = 1;
        click.x = config.bounds().x + 4 - map.canvas().getHorizontalBar().getSelection();
        click.y = config.bounds().y + config.bounds().height / 2 - map.canvas().getVerticalBar().getSelection();
        assertTrue(click.y >= 0 && click.y < map.canvas().getClientArea().height, "selecting revealed it: " + click.y);
        map.setSelection(StructuredSelection.EMPTY);
        map.canvas().notifyListeners(SWT.MouseDown, click);

        SharedRegion region = PermissionMatrixWidgetTest.region(design, "config");
        assertEquals(Arrays.asList(region, null, region), selected, "set, cleared, clicked");
        assertEquals(region, ((IStructuredSelection) map.getSelection()).getFirstElement());
        WasmModule uplink = PermissionMatrixWidgetTest.module(design, "uplink");
        map.setSelection(new StructuredSelection(uplink));
        assertEquals(((Encoding.Encoded) DesignValidator.encoding(uplink).orElseThrow()).entries().size(),
                map.drawnEntries().size(), "selecting a module overlays its entries");
    }

    @Test
    void ctrlAndTheArrowsSelectOneMemoryAfterAnother() throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        MemoryMapWidget map = open(design);
        List<String> drawn = map.drawnRegions().stream().map(DrawnRegion::id).toList();

        ctrl(map, SWT.ARROW_UP);
        assertEquals(drawn.get(0), selectedId(map));
        ctrl(map, SWT.ARROW_UP);
        ctrl(map, SWT.ARROW_UP);
        assertEquals(drawn.get(2), selectedId(map));
        ctrl(map, SWT.ARROW_DOWN);
        assertEquals(drawn.get(1), selectedId(map));
    }

    private static void ctrl(MemoryMapWidget map, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = SWT.MOD1;
        map.canvas().notifyListeners(SWT.KeyDown, e);
    }

    private static String selectedId(MemoryMapWidget map) {
        return ((org.wasmpart.model.Identified) ((IStructuredSelection) map.getSelection()).getFirstElement()).getId();
    }

    @Test
    void theMapZoomsAndFollowsTheDesign() throws Exception {
        ExampleDomain example = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart");
        MemoryMapWidget map = open(example.design());
        map.setZoom(16);
        int before = height(map, "config");

        Event plus = new Event();
        plus.character = '+';
        map.canvas().notifyListeners(SWT.KeyDown, plus);
        assertEquals(before * 1.25, height(map, "config"), 1.5);
        Event wheel = new Event();
        wheel.stateMask = SWT.MOD1;
        wheel.count = -3;
        map.canvas().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(before, height(map, "config"), 1.5);

        SharedRegion config = PermissionMatrixWidgetTest.region(example.design(), "config");
        example.domain().getCommandStack().execute(new SetCommand(example.domain(), config,
                Literals.SHAREABLE__SIZE, 512L));
        settle(map);
        assertEquals(before / 2.0, height(map, "config"), 1.5);
    }

    @Test
    void theMapExportsAsPngAndAsTheGeneratedSvg(@TempDir Path dir) throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        MemoryMapWidget map = open(design);
        Path png = dir.resolve("map.png");
        Path svg = dir.resolve("map.svg");

        map.exportPng(png);
        Job export = map.exportSvg(svg);
        export.join();

        ImageData[] images = new ImageLoader().load(png.toString());
        assertEquals(1, images.length);
        assertEquals(SWT.IMAGE_PNG, images[0].type);
        assertTrue(images[0].height > 400 && images[0].width > 300, images[0].width + "x" + images[0].height);
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        Element root = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(Generation.memoryMap(design, new BasicMonitor()), Files.readString(svg, StandardCharsets.UTF_8));
    }

    @Test
    void aThousandRegionsAreAllDrawn() throws Exception {
        Design design = ExampleDomain.load("stm32f4-sensor-hub-bare-metal.wasmpart").design();
        List<MemoryBank> used = java.util.stream.Stream.concat(design.getModules().stream().map(m -> m.getBase()),
                design.getRegions().stream().map(r -> r.getBase())).map(a -> bank(design, a)).toList();
        MemoryBank empty = design.getBoard().getBanks().stream().filter(b -> b.getSize() >= 64 * 1000)
                .filter(b -> !used.contains(b)).findFirst().orElseThrow();
        for (int i = 0; i < 1000; i++) {
            SharedRegion r = WasmpartFactory.eINSTANCE.createSharedRegion();
            r.setId("r" + i);
            r.setSize(64);
            r.setBase(empty.getBase() + 64L * i);
            design.getRegions().add(r);
        }
        design.getModules().get(0).getGrants().add(grant(design.getRegions().get(500)));

        MemoryMapWidget map = open(design);

        assertEquals(1003, map.drawnRegions().stream().filter(r -> r.kind() == MapModel.Kind.REGION).count());
        assertFalse(map.describeAt(1, 1).isPresent(), "nothing at the top left corner");
        Workbench.screenshot(shell, "memory-map-1000-regions");
    }

    private static org.wasmpart.model.Grant grant(SharedRegion region) {
        org.wasmpart.model.Grant g = WasmpartFactory.eINSTANCE.createGrant();
        g.setTarget(region);
        g.setPermission(org.wasmpart.model.Permission.R);
        return g;
    }

    private static int height(MemoryMapWidget map, String id) {
        return map.drawnRegions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().bounds().height;
    }

    private static MemoryBank bank(Design design, long address) {
        return Designs.bankAt(design, address).orElseThrow();
    }

    private static long size(Design design, DrawnRegion drawn) {
        return switch (drawn.kind()) {
            case REGION -> PermissionMatrixWidgetTest.region(design, drawn.id()).getSize();
            case MODULE -> org.wasmpart.core.protection.ModuleAccess.privateSize(
                    PermissionMatrixWidgetTest.module(design, drawn.id()));
            default -> throw new AssertionError(drawn);
        };
    }
}
