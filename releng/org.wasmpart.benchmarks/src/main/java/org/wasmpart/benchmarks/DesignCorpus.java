package org.wasmpart.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Permission;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.Grant;

/**
 * Seeded, reproducible designs of a given size on a catalog board: regions packed with random
 * gaps into one bank, module memories in another part of it, every region granted to its writer
 * and often to one reader,
 * as real pipelines share neighbouring buffers.
 */
public final class DesignCorpus {

    /** The architectures benchmarked, each a catalog board with room for thousands of small regions. */
    public enum Arch {
        PMSAV7("stm32h743zi", "stm32h743zi.axisram"), PMSAV8("nrf5340-app", "nrf5340-app.ram"),
        PMP("esp32-c6", "esp32-c6.hpsram");

        final String board;
        final String bank;

        Arch(String board, String bank) {
            this.board = board;
            this.bank = bank;
        }
    }

    private static final long GRANULE = 32;

    private static void grant(WasmModule module, SharedRegion region, Permission permission) {
        Grant grant = WasmpartFactory.eINSTANCE.createGrant();
        grant.setTarget(region);
        grant.setPermission(permission);
        module.getGrants().add(grant);
    }
    private static final long MODULE_MEMORY = 2048;

    private final BuiltInCatalog catalog = BuiltInCatalog.load();

    /**
     * @param regions shared regions in the design
     * @param modules modules; each region is granted RW to one of them (in address order) and, half
     *                the time, R to the next
     */
    public Design design(Arch arch, int regions, int modules, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        Board board = catalog.board(arch.board).orElseThrow();
        MemoryBank bank = board.getBanks().stream().filter(b -> b.getId().equals(arch.bank)).findFirst().orElseThrow();
        Design design = f.createDesign();
        design.setId("corpus_" + arch.name().toLowerCase() + "_" + regions);
        design.setBoard(board);
        design.setRuntime(catalog.runtime("wamr-2.x-interp").orElseThrow());
        design.setMemoryOption(catalog.memoryOption("mpu-partitions").orElseThrow());
        Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI("mem:/" + design.getId() + ".wasmpart"));
        catalog.resourceSet().getResources().add(resource);
        resource.getContents().add(design);

        long moduleArea = modules * MODULE_MEMORY;
        long regionArea = bank.getSize() - moduleArea;
        long slot = regionArea / regions / GRANULE * GRANULE;
        if (slot < 2 * GRANULE) {
            throw new IllegalArgumentException(regions + " regions do not fit " + bank.getId());
        }
        List<SharedRegion> placed = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            SharedRegion r = f.createSharedRegion();
            r.setId("r" + i);
            r.setName("r" + i);
            long size = GRANULE * (1 + random.nextLong(slot / GRANULE - 1));
            r.setSize(size);
            r.setBase(bank.getBase() + i * slot + GRANULE * random.nextLong((slot - size) / GRANULE + 1));
            r.setBank(bank);
            design.getRegions().add(r);
            placed.add(r);
        }
        List<WasmModule> all = new ArrayList<>();
        for (int m = 0; m < modules; m++) {
            WasmModule module = f.createWasmModule();
            module.setId("m" + m);
            module.setName("m" + m);
            module.setLinearMemory(MODULE_MEMORY);
            module.setBase(bank.getBase() + regionArea + m * MODULE_MEMORY);
            module.setBank(bank);
            design.getModules().add(module);
            all.add(module);
        }
        // every region is shared: its owner writes it, and often a neighbouring module reads it
        for (int i = 0; i < regions; i++) {
            int owner = (int) ((long) i * modules / regions);
            grant(all.get(owner), placed.get(i), Permission.RW);
            if (random.nextInt(2) == 0) {
                grant(all.get((owner + 1) % modules), placed.get(i), Permission.R);
            }
        }
        return design;
    }
}
