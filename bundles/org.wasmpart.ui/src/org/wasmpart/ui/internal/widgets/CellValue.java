package org.wasmpart.ui.internal.widgets;

import java.util.Optional;

import org.wasmpart.core.Designs;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Permission;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.WasmModule;

/**
 * What a permission-matrix cell shows and offers: no grant or one of the permissions a grant may
 * have. RWX is shown when a design has it but never offered: validation rejects it (W^X).
 */
enum CellValue {
    NONE("-", null), R("R", Permission.R), RW("RW", Permission.RW), RX("RX", Permission.RX),
    RWX("RWX", Permission.RWX);

    /** What the cell menu offers, in the order Space cycles through. */
    static final CellValue[] OFFERED = { NONE, R, RW, RX };

    private final String text;
    private final Permission permission;

    CellValue(String text, Permission permission) {
        this.text = text;
        this.permission = permission;
    }

    String text() {
        return text;
    }

    /** The grant's permission; empty for {@link #NONE}. */
    Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** The next offered value; RWX, not offered, goes to none. */
    CellValue next() {
        return this == RWX ? NONE : OFFERED[(ordinal() + 1) % OFFERED.length];
    }

    static CellValue of(WasmModule module, Shareable target) {
        return Designs.grant(module, target).map(Grant::getPermission).map(CellValue::of).orElse(NONE);
    }

    static CellValue of(Permission permission) {
        return switch (permission) {
            case R -> R;
            case RW -> RW;
            case RX -> RX;
            case RWX -> RWX;
        };
    }

    /** The value a key sets: N none, R read, W read-write, X read-execute; empty for other keys. */
    static Optional<CellValue> forKey(char key) {
        return switch (Character.toLowerCase(key)) {
            case 'n' -> Optional.of(NONE);
            case 'r' -> Optional.of(R);
            case 'w' -> Optional.of(RW);
            case 'x' -> Optional.of(RX);
            default -> Optional.empty();
        };
    }
}
