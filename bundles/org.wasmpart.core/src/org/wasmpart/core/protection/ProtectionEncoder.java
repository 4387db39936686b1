package org.wasmpart.core.protection;

import java.util.List;

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

    /** What {@link #entryFloor} counts, for messages: what one entry holds one of. */
    default String entryKinds() {
        return "combinations of access and memory type";
    }

    /**
     * Base alignments, beyond {@code granule}, that can let this unit cover a range of {@code size}
     * bytes with fewer entries; the layout tries them.
     */
    default List<Long> alignmentsWorthTrying(long size, long granule) {
        return List.of();
    }

    /** Multiples, beyond {@code granule}, worth rounding the size of such a range up to. */
    default List<Long> roundingsWorthTrying(long size, long granule) {
        return List.of();
    }

    /**
     * Whether, among the layouts that pack ranges one after another at the granule, one is
     * always as good as any layout: true where an entry covers any granule-aligned base and limit,
     * so that closing a gap can only join runs and rounding beyond the granule never does.
     */
    default boolean packingSuffices() {
        return false;
    }

    /** The smallest power of two times {@code granule} that holds {@code size} bytes. */
    static long holdingBlock(long size, long granule) {
        long granules = Math.max(1, Math.ceilDiv(size, granule));
        return granule << (64 - Long.numberOfLeadingZeros(granules - 1));
    }
}
