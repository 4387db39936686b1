package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.ServedRegions;
import org.wasmpart.model.Design;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * A region served by a reserved entry is reachable the same way from every module's domain, so
 * every module must be granted exactly that: otherwise reserving gives some module access it
 * must not have.
 */
final class SharedEntryCheck extends FeatureCheck {

    SharedEntryCheck() {
        super(GRANTS, Literals.DESIGN__RESERVATIONS,
                Literals.RESERVED_ENTRY__REGION,
                Literals.RESERVED_ENTRY__APPLIES_TO);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        for (Map.Entry<SharedRegion, ReservedEntry> served : ServedRegions.of(design).entrySet()) {
            SharedRegion r = served.getKey();
            if (ServedRegions.commonAccess(design, r).isPresent()) {
                continue;
            }
            String purpose = served.getValue().getPurpose();
            findings.add(Finding.of(DiagnosticCode.SHARED_ENTRY_GRANTS, r, "region " + label(r)
                    + " is served by the reserved entry '" + purpose + "' in every module's domain, so every module"
                    + " gets the same access to all of it, but they are not all granted the same on it ("
                    + grants(design, r)
                    + "): give every module the same grant on the whole of " + label(r)
                    + ", or remove the reservation", Map.of("region", r.getId(), "purpose", String.valueOf(purpose))));
        }
    }

    /** The modules by what they are granted on the region: "a, b: R; c: no grant". */
    private static String grants(Design design, SharedRegion r) {
        Map<String, List<String>> byAccess = new LinkedHashMap<>();
        for (WasmModule m : design.getModules()) {
            String access = ServedRegions.wholeAccess(m, r).map(a -> a == Access.NONE ? "no grant" : a.name())
                    .orElse("more on a subpartition than on the whole");
            byAccess.computeIfAbsent(access, k -> new ArrayList<>()).add(label(m));
        }
        return byAccess.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                .collect(Collectors.joining("; "));
    }
}
