package org.wasmpart.core.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;


/** One family of rules over a whole design. */
interface DesignCheck {

    void check(ValidationContext context, List<Finding> findings);

    /**
     * The features whose change can change this check's findings; an incremental pass reuses the
     * last findings when none of them changed. Null: run every time.
     */
    default Set<EStructuralFeature> inputs() {
        return null;
    }
}
