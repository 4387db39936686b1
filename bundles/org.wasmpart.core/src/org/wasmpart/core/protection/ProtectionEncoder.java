package org.wasmpart.core.protection;

import org.wasmpart.model.ProtectionKind;

/**
 * Turns one domain's access set into the fewest entries of one kind of protection unit that give
 * exactly that access — every byte of every range with its access, every other byte none — or
 * says precisely why that cannot be done. Entries are numbered from
 * {@link UnitParameters#firstFree()}. Nothing else in wasmpart knows hardware rules.
 */
public interface ProtectionEncoder {

    ProtectionKind kind();

    Encoding encode(AccessSet accessSet, UnitParameters unit);

    /**
     * The finest step, in bytes, at which the unit can tell two addresses apart: every range edge
     * must fall on it. Fixes align to it.
     */
    long granule(UnitParameters unit);

    /**
     * A floor on the entries the set needs wherever its ranges are placed: an entry holds one
     * access and one set of memory attributes, so ranges that differ in them never share one.
     */
    default int entryFloor(AccessSet accessSet) {
        return accessSet.attributeKinds();
    }
}
