package org.wasmpart.core.protection;

import org.wasmpart.model.ProtectionKind;

/** The encoder of each kind of protection unit. */
public final class ProtectionEncoders {

    private static final ProtectionEncoder PMSA_V7 = new PmsaV7Encoder();
    private static final ProtectionEncoder PMSA_V8 = new PmsaV8Encoder();
    private static final ProtectionEncoder PMP = new PmpEncoder();
    private static final ProtectionEncoder MMU = new MmuEncoder();
    private static final ProtectionEncoder NONE = new NoProtectionEncoder();

    private ProtectionEncoders() {
    }

    public static ProtectionEncoder forKind(ProtectionKind kind) {
        return switch (kind) {
            case PMSA_V7 -> PMSA_V7;
            case PMSA_V8 -> PMSA_V8;
            case PMP -> PMP;
            case MMU -> MMU;
            case NONE -> NONE;
        };
    }
}
