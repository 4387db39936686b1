package org.wasmpart.core.generate;

import java.util.List;

import org.wasmpart.core.validation.Finding;

/**
 * Generation refused the design: it has validation errors (then {@link #findings()} holds them),
 * no layout fits it, or something it asks for cannot be expressed in the generated files. The
 * message says which and what to change.
 */
public final class GenerationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public GenerationException(String message) {
        this(message, List.of());
    }

    public GenerationException(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    /** The validation errors that stopped generation; empty when something else did. */
    public List<Finding> findings() {
        return findings;
    }
}
