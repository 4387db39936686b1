package org.wasmpart.core.validation;

import java.util.List;
import java.util.Random;

import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;
import org.wasmpart.model.Permission;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/** The edits a user makes in the editor, chosen at random, each returning what it did. */
final class RandomEdits {

    private RandomEdits() {
    }

    static String apply(Design design, Random random) {
        List<WasmModule> modules = design.getModules();
        List<SharedRegion> regions = design.getRegions();
        WasmModule m = modules.get(random.nextInt(modules.size()));
        SharedRegion r = regions.get(random.nextInt(regions.size()));
        switch (random.nextInt(15)) {
            case 0 -> {
                r.setSize(32L * (1 + random.nextInt(256)));
                return "size of " + r.getId();
            }
            case 1 -> {
                r.setBase(0x2001C000L + 32L * random.nextInt(512));
                return "base of " + r.getId();
            }
            case 2 -> {
                if (!m.getGrants().isEmpty()) {
                    Grant g = m.getGrants().get(random.nextInt(m.getGrants().size()));
                    g.setPermission(Permission.get(random.nextInt(4)));
                }
                return "permission in " + m.getId();
            }
            case 3 -> {
                m.setName(random.nextBoolean() ? m.getId() : m.getId() + "-x");
                return "name of " + m.getId();
            }
            case 4 -> {
                Grant g = WasmpartFactory.eINSTANCE.createGrant();
                g.setTarget(r);
                g.setPermission(random.nextBoolean() ? Permission.R : Permission.RW);
                m.getGrants().add(g);
                return "grant " + r.getId() + " to " + m.getId();
            }
            case 5 -> {
                if (!m.getGrants().isEmpty()) {
                    m.getGrants().remove(random.nextInt(m.getGrants().size()));
                }
                return "revoke a grant of " + m.getId();
            }
            case 6 -> {
                m.setBase(0x20000000L + 0x1000L * random.nextInt(24));
                return "base of " + m.getId();
            }
            case 7 -> {
                Toolchain t = WasmpartFactory.eINSTANCE.createToolchain();
                t.setKind(random.nextBoolean() ? ToolchainKind.CLANG : ToolchainKind.RUST);
                t.setVersion(random.nextBoolean() ? "19.1.0" : "1.84.0");
                m.setToolchain(t);
                return "toolchain of " + m.getId();
            }
            case 8 -> {
                m.setLinearMemory(1024L * (1 + random.nextInt(32)));
                return "linear memory of " + m.getId();
            }
            case 9 -> {
                if (r.getDiscipline() != null && r.getDiscipline().getWriter() != null) {
                    r.getDiscipline().setWriter(modules.get(random.nextInt(modules.size())));
                }
                return "writer of " + r.getId();
            }
            case 10 -> {
                WasmModule added = WasmpartFactory.eINSTANCE.createWasmModule();
                added.setId("n" + modules.size() + random.nextInt(1000));
                added.setLinearMemory(4096);
                added.setBase(0x20000000L + 0x1000L * random.nextInt(24));
                modules.add(added);
                return "add module " + added.getId();
            }
            case 11 -> {
                if (modules.size() > 1) {
                    modules.remove(m);
                }
                return "remove module " + m.getId();
            }
            case 12 -> {
                if (!r.getSubpartitions().isEmpty()) {
                    r.getSubpartitions().remove(0);
                }
                return "remove a subpartition of " + r.getId();
            }
            case 13 -> {
                Identified o = random.nextBoolean() ? m : r;
                o.setId(o.getId() + "x");
                return "new id " + o.getId();
            }
            default -> {
                design.getReservations().add(WasmpartFactory.eINSTANCE.createReservedEntry());
                return "a reservation";
            }
        }
    }
}
