package org.wasmpart.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a finding is; ordered from least to most severe. */
public enum Severity {
    INFO(Diagnostic.INFO), WARNING(Diagnostic.WARNING), ERROR(Diagnostic.ERROR);

    private final int emf;

    Severity(int emf) {
        this.emf = emf;
    }

    /** The matching {@link Diagnostic} severity. */
    public int emf() {
        return emf;
    }
}
