package org.wasmpart.core.validation;

import java.util.List;

import org.wasmpart.model.Design;

/** One family of rules over a whole design. */
interface DesignCheck {

    void check(Design design, List<Finding> findings);
}
