package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.wasmpart.core.Designs;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ServedRegions;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * One thing a module may reach and what gives it: its own private memory, or a grant on a region
 * or subpartition. Grants overlap where a module holds both a region and one of its
 * subpartitions; each is listed, as each is a decision someone made.
 *
 * @param span     where
 * @param access   what the module may do there
 * @param grant    the grant, or null for the module's private memory
 * @param servedBy the design's reserved entry that serves the grant's region in every domain, so
 *                 none of the module's own entries does; null when its own entries do
 */
record ModuleReach(AddressSpan span, Access access, Grant grant, ReservedEntry servedBy) {

    /** Everything the module may reach, by address (a region before its subpartitions). */
    static List<ModuleReach> of(WasmModule module) {
        Design design = (Design) module.eContainer();
        Map<SharedRegion, ReservedEntry> served = ServedRegions.of(design);
        List<ModuleReach> reach = new ArrayList<>();
        long own = ModuleAccess.privateSize(module);
        if (own > 0) {
            reach.add(new ModuleReach(AddressSpan.of(module.getBase(), own), Access.RW, null, null));
        }
        for (Grant g : module.getGrants()) {
            if (g.getTarget() != null && g.getTarget().getSize() > 0) {
                long base = ModuleAccess.baseOf(g.getTarget()).orElseThrow();
                reach.add(new ModuleReach(AddressSpan.of(base, g.getTarget().getSize()), Access.of(g.getPermission()),
                        g, served.get(Designs.regionOf(g.getTarget()))));
            }
        }
        reach.sort(Comparator.comparingLong((ModuleReach r) -> r.span().base())
                .thenComparing(Comparator.comparingLong((ModuleReach r) -> r.span().size()).reversed()));
        return List.copyOf(reach);
    }
}
