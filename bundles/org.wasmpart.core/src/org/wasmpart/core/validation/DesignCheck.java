package org.wasmpart.core.validation;

import java.util.List;


/** One family of rules over a whole design. */
interface DesignCheck {

    void check(ValidationContext context, List<Finding> findings);
}
