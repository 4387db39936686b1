package org.wasmpart.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Permission;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/**
 * Seeded designs with nothing placed, for the layout benchmark: pipelines of modules that pass
 * buffers to the next one, with some buffers broadcast to several readers and some scratch
 * memory only the owner sees, all in one bank; and the bundled examples with their sizes varied.
 */
final class LayoutCorpus {

    /** A protection architecture, as a catalog board, core and bank. */
    enum Target {
        PMSAV7("ARMv7-M MPU", "stm32h743zi", null, "stm32h743zi.axisram"),
        PMSAV8("ARMv8-M MPU", "nrf5340-app", null, "nrf5340-app.ram"),
        PMP("RISC-V PMP", "esp32-c6", null, "esp32-c6.hpsram"),
        PMP_NAPOT("RISC-V PMP, NAPOT only", "rp2350", "rp2350.hazard3", "rp2350.sram");

        final String label;
        final String board;
        final String core;
        final String bank;

        Target(String label, String board, String core, String bank) {
            this.label = label;
            this.board = board;
            this.core = core;
            this.bank = bank;
        }
    }

    /** Examples, by the architecture of their board. */
    private static final List<String[]> EXAMPLES = List.of(
            new String[] { "PMSAV7", "stm32f4-sensor-hub.wasmpart" },
            new String[] { "PMSAV8", "nrf5340-trustzone-audio.wasmpart" },
            new String[] { "PMP", "esp32c3-pmp-shared-heap.wasmpart" });

    private final BuiltInCatalog catalog = BuiltInCatalog.load();
    private final Path examples;

    LayoutCorpus(Path examples) {
        this.examples = examples;
    }

    /**
     * A random pipeline design: every region has an owner that writes it; 60 % are read by the
     * next module, 10 % by two to four others, the rest are the owner's scratch. Sizes are drawn
     * log-uniformly and need not be multiples of any granule; they are scaled down when they
     * would fill more than 60 % of the bank.
     */
    Design random(Target target, int modules, int regions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        Design design = empty(target, "random_" + modules + "x" + regions + "_" + seed);
        MemoryBank bank = bank(design.getBoard(), target.bank);
        long[] moduleSizes = new long[modules];
        long[] regionSizes = new long[regions];
        long total = 0;
        for (int m = 0; m < modules; m++) {
            moduleSizes[m] = logUniform(random, 4096, 65536);
            total += moduleSizes[m];
        }
        for (int r = 0; r < regions; r++) {
            regionSizes[r] = logUniform(random, 64, 16384);
            total += regionSizes[r];
        }
        double scale = Math.min(1.0, 0.6 * bank.getSize() / total);
        for (int m = 0; m < modules; m++) {
            WasmModule module = f.createWasmModule();
            module.setId("m" + m);
            module.setName("m" + m);
            long size = Math.max(64, (long) (moduleSizes[m] * scale));
            module.setLinearMemory(size * 3 / 4);
            module.setStack(size - size * 3 / 4);
            module.setBank(bank);
            design.getModules().add(module);
        }
        for (int r = 0; r < regions; r++) {
            SharedRegion region = f.createSharedRegion();
            region.setId("r" + r);
            region.setName("r" + r);
            region.setSize(Math.max(8, (long) (regionSizes[r] * scale)));
            region.setBank(bank);
            design.getRegions().add(region);
            int owner = random.nextInt(modules);
            grant(design.getModules().get(owner), region, Permission.RW);
            int kind = random.nextInt(10);
            if (kind < 6 && modules > 1) {
                grant(design.getModules().get((owner + 1) % modules), region, Permission.R);
            } else if (kind == 6 && modules > 2) {
                int readers = 2 + random.nextInt(Math.min(3, modules - 1));
                for (int k = 1; k <= readers && k < modules; k++) {
                    grant(design.getModules().get((owner + k) % modules), region, Permission.R);
                }
            }
        }
        return design;
    }

    /** The bundled examples of a target's architecture, their memory sizes varied by up to ±50 %, nothing placed. */
    List<Design> examples(Target target, int variations, long seed) throws IOException, DesignLoadException {
        List<Design> designs = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (String[] example : EXAMPLES) {
            if (!example[0].equals(target.name())) {
                continue;
            }
            for (int v = 0; v < variations; v++) {
                Design design = DesignIO.load(examples.resolve(example[1]));
                for (WasmModule m : design.getModules()) {
                    m.setLinearMemory(vary(random, m.getLinearMemory(), v));
                    m.unsetBase();
                }
                for (SharedRegion r : design.getRegions()) {
                    if (r.isResizable() && r.getSubpartitions().isEmpty()) {
                        r.setSize(vary(random, r.getSize(), v));
                    }
                    if (r.isResizable()) {
                        r.unsetBase();
                    }
                }
                designs.add(design);
            }
        }
        return designs;
    }

    /** The first variation is the example itself. */
    private static long vary(SplittableRandom random, long size, int variation) {
        return variation == 0 ? size : Math.max(8, size / 2 + random.nextLong(size + 1));
    }

    private Design empty(Target target, String id) {
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        Design design = f.createDesign();
        design.setId(id);
        Board board = catalog.board(target.board).orElseThrow();
        design.setBoard(board);
        if (target.core != null) {
            design.setCore(board.getCores().stream().filter(c -> c.getId().equals(target.core)).findFirst()
                    .orElseThrow());
        }
        design.setRuntime(catalog.runtime("wamr-2.x-interp").orElseThrow());
        design.setMemoryOption(catalog.memoryOption("mpu-partitions").orElseThrow());
        Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI("mem:/" + id + ".wasmpart"));
        catalog.resourceSet().getResources().add(resource);
        resource.getContents().add(design);
        return design;
    }

    private static MemoryBank bank(Board board, String id) {
        return board.getBanks().stream().filter(b -> b.getId().equals(id)).findFirst().orElseThrow();
    }

    private static long logUniform(SplittableRandom random, long low, long high) {
        return (long) Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static void grant(WasmModule module, SharedRegion region, Permission permission) {
        Grant grant = WasmpartFactory.eINSTANCE.createGrant();
        grant.setTarget(region);
        grant.setPermission(permission);
        module.getGrants().add(grant);
    }

    /** Keeps a design's resource from growing the shared resource set without bound. */
    void release(Design design) {
        Resource resource = design.eResource();
        if (resource != null && resource.getResourceSet() == catalog.resourceSet()) {
            catalog.resourceSet().getResources().remove(resource);
        }
        EcoreUtil.remove(design);
    }
}
