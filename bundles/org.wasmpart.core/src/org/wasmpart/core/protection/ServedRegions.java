package org.wasmpart.core.protection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * Regions a reserved entry of the design serves in every module's domain. Such an entry gives
 * every module the same access to the whole region, so it is right only while every module is
 * granted exactly that; the region then leaves each module's own access set.
 */
public final class ServedRegions {

    private ServedRegions() {
    }

    /**
     * The regions the design's own reservations serve under its protection unit, each with the
     * first entry serving it. None without a unit: there are no entries to serve from.
     */
    public static Map<SharedRegion, ReservedEntry> of(Design design) {
        ProtectionKind kind = Designs.protectionUnit(design).map(ProtectionUnit::getKind).orElse(ProtectionKind.NONE);
        Map<SharedRegion, ReservedEntry> served = new LinkedHashMap<>();
        if (kind == ProtectionKind.NONE) {
            return served;
        }
        for (ReservedEntry e : design.getReservations()) {
            if (e.getRegion() != null && Designs.appliesTo(e, kind)) {
                served.putIfAbsent(e.getRegion(), e);
            }
        }
        return served;
    }

    /**
     * What the module may do on every byte of the region: {@link Access#NONE} without a grant on
     * it; empty when a grant on a subpartition gives it more there than on the whole region,
     * which one entry over the region cannot express.
     */
    public static Optional<Access> wholeAccess(WasmModule module, SharedRegion region) {
        Access whole = Access.NONE;
        Access parts = Access.NONE;
        for (Grant g : module.getGrants()) {
            if (g.getTarget() == region) {
                whole = whole.union(Access.of(g.getPermission()));
            } else if (Designs.regionOf(g.getTarget()) == region) {
                parts = parts.union(Access.of(g.getPermission()));
            }
        }
        return whole.union(parts) == whole ? Optional.of(whole) : Optional.empty();
    }

    /**
     * The access every module of the design has on the whole region, when all have the same one
     * (never none): what an entry serving the region in every domain may give.
     */
    public static Optional<Access> commonAccess(Design design, SharedRegion region) {
        Access common = null;
        for (WasmModule m : design.getModules()) {
            Optional<Access> access = wholeAccess(m, region);
            if (access.isEmpty() || access.get() == Access.NONE || (common != null && common != access.get())) {
                return Optional.empty();
            }
            common = access.get();
        }
        return Optional.ofNullable(common);
    }
}
