package org.wasmpart.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * Grants by the region they reach (directly or through a subpartition), built once per validation
 * so that rules about a region's grants cost its own grants, not the whole design's.
 */
final class GrantIndex {

    private final Map<SharedRegion, List<Grant>> byRegion = new HashMap<>();

    GrantIndex(Design design) {
        for (WasmModule m : design.getModules()) {
            for (Grant g : m.getGrants()) {
                SharedRegion region = Designs.regionOf(g.getTarget());
                if (region != null) {
                    byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(g);
                }
            }
        }
    }

    /** Every grant on the region or one of its subpartitions. */
    List<Grant> on(SharedRegion region) {
        return byRegion.getOrDefault(region, List.of());
    }
}
