package org.wasmpart.core.protection;

/** The address-matching mode of a RISC-V PMP entry (pmpcfg.A). */
public enum PmpMode {
    OFF(0), TOR(1), NA4(2), NAPOT(3);

    private final int field;

    PmpMode(int field) {
        this.field = field;
    }

    /** The value of pmpcfg.A (bits 4:3). */
    public int field() {
        return field;
    }
}
