package org.wasmpart.core.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * What the checks of one validation pass share: the design, indexes built once for it, and —
 * in an incremental pass — which modules may have changed since the last one.
 *
 * @param design           the design
 * @param grants           grants by region
 * @param changed          the modules that may reach something changed, or null when any may
 * @param placementChanges the modules and regions themselves touched since the last pass, or
 *                         null when anything may have changed (modules added or removed included)
 */
record ValidationContext(Design design, GrantIndex grants, Set<WasmModule> changed, Set<EObject> placementChanges) {

    static ValidationContext of(Design design) {
        return new ValidationContext(design, new GrantIndex(design), null, null);
    }

    /** Whether the module may have changed since the last pass. */
    boolean changed(WasmModule module) {
        return changed == null || changed.contains(module);
    }
}
