package org.wasmpart.core.layout;

import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Permission;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/** Designs with nothing placed yet, for the layout to place. */
public final class RandomDesigns {

    private RandomDesigns() {
    }

    public static Design unplaced(BuiltInCatalog catalog, String board, String bankId, int modules, int regions, Random random) {
        WasmpartFactory f = WasmpartFactory.eINSTANCE;
        Design d = f.createDesign();
        d.setId("random");
        d.setBoard(catalog.board(board).orElseThrow());
        d.setRuntime(catalog.runtime("wamr-2.x-interp").orElseThrow());
        d.setMemoryOption(catalog.memoryOption("mpu-partitions").orElseThrow());
        Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI("mem:/random.wasmpart"));
        catalog.resourceSet().getResources().add(resource);
        resource.getContents().add(d);
        MemoryBank bank = d.getBoard().getBanks().stream().filter(b -> b.getId().equals(bankId)).findFirst().orElseThrow();
        for (int i = 0; i < modules; i++) {
            WasmModule m = f.createWasmModule();
            m.setId("m" + i);
            m.setLinearMemory(1024L * (1 + random.nextInt(16)));
            m.setStack(random.nextInt(3) * 1000L);
            m.setBank(bank);
            d.getModules().add(m);
        }
        for (int i = 0; i < regions; i++) {
            SharedRegion r = f.createSharedRegion();
            r.setId("r" + i);
            r.setSize(1 + random.nextInt(2000));
            r.setBank(bank);
            d.getRegions().add(r);
            int owner = random.nextInt(modules);
            grant(d.getModules().get(owner), r, Permission.RW);
            if (random.nextBoolean()) {
                grant(d.getModules().get((owner + 1) % modules), r, Permission.R);
            }
        }
        return d;
    }

    private static void grant(WasmModule m, SharedRegion r, Permission p) {
        Grant g = WasmpartFactory.eINSTANCE.createGrant();
        g.setTarget(r);
        g.setPermission(p);
        m.getGrants().add(g);
    }
}
