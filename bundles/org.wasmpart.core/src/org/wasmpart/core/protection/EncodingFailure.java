package org.wasmpart.core.protection;

/** Why an access set cannot be given exactly by a protection unit. */
public enum EncodingFailure {
    /** More entries are needed than the unit has left after locked and reserved ones. */
    BUDGET_EXCEEDED,
    /** A range's base or end is not on the unit's granule (or page), so no entry can match it exactly. */
    MISALIGNED,
    /** The unit has entries, but every one is locked or reserved. */
    NO_FREE_ENTRIES,
    /** There is no protection unit: differing permissions cannot be enforced in hardware. */
    NO_HARDWARE_PROTECTION
}
