package org.wasmpart.core.protection;

import org.wasmpart.model.Permission;

/** What unprivileged code of one module may do at an address. */
public enum Access {
    NONE(false, false, false), R(true, false, false), RW(true, true, false), RX(true, false, true),
    RWX(true, true, true);

    private final boolean read;
    private final boolean write;
    private final boolean execute;

    Access(boolean read, boolean write, boolean execute) {
        this.read = read;
        this.write = write;
        this.execute = execute;
    }

    public boolean read() {
        return read;
    }

    public boolean write() {
        return write;
    }

    public boolean execute() {
        return execute;
    }

    public static Access of(Permission permission) {
        return switch (permission) {
            case R -> R;
            case RW -> RW;
            case RX -> RX;
            case RWX -> RWX;
        };
    }

    /**
     * The access with exactly these rights. Write without read does not exist for a Wasm module
     * (and is reserved on RISC-V PMP), so it is rejected.
     */
    public static Access of(boolean read, boolean write, boolean execute) {
        if (!read) {
            if (write || execute) {
                throw new IllegalArgumentException("write or execute without read is not an access wasmpart grants");
            }
            return NONE;
        }
        return write ? (execute ? RWX : RW) : (execute ? RX : R);
    }

    /** The union of two accesses: what a module may do when granted both. */
    public Access union(Access other) {
        return of(read || other.read, write || other.write, execute || other.execute);
    }
}
