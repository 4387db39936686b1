package org.wasmpart.core.validation;

import org.wasmpart.model.Design;

/** What the checks of one validation pass share: the design and indexes built once for it. */
record ValidationContext(Design design, GrantIndex grants) {

    static ValidationContext of(Design design) {
        return new ValidationContext(design, new GrantIndex(design));
    }
}
