package org.wasmpart.core.protection;

import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;

/**
 * What an encoder needs to know of a protection unit, and how many of its entries are left for
 * one module once locked and reserved entries are taken.
 *
 * @param kind          the unit's kind
 * @param entryCount    entries implemented (regions, PMP entries)
 * @param lockedEntries entries locked before the application runs (PMP, by a bootloader);
 *                      they are the lowest-numbered ones
 * @param reserved      entries the RTOS and the runtime take for themselves in every domain
 * @param minRegionSize smallest region (PMSAv7: 32, or 256 on ARMv6-M)
 * @param granularity   address granule (PMSAv8: 32; PMP: 2^(G+2))
 * @param subregions    subregions per region (8 on PMSAv7, else 0)
 * @param na4           whether PMP NA4 is available (G = 0)
 * @param pageSize      MMU page size
 * @param tor           whether PMP TOR matching exists (false on NAPOT-only cores)
 */
public record UnitParameters(ProtectionKind kind, int entryCount, int lockedEntries, int reserved, long minRegionSize,
        long granularity, int subregions, boolean na4, long pageSize, boolean tor) {

    /** Parameters of a unit with every matching mode of its kind. */
    public UnitParameters(ProtectionKind kind, int entryCount, int lockedEntries, int reserved, long minRegionSize,
            long granularity, int subregions, boolean na4, long pageSize) {
        this(kind, entryCount, lockedEntries, reserved, minRegionSize, granularity, subregions, na4, pageSize, true);
    }

    public static UnitParameters of(ProtectionUnit unit, int reserved) {
        return new UnitParameters(unit.getKind(), unit.getEntryCount(), unit.getLockedEntries(), reserved,
                unit.getMinRegionSize(), unit.getGranularity(), unit.getSubregions(), unit.isNa4(), unit.getPageSize(),
                unit.isTorSupported());
    }

    /** The entries a module's own ranges may use. */
    public int available() {
        return Math.max(0, entryCount - lockedEntries - reserved);
    }

    /** Where the entries a module may not use went, for messages: "2 locked, 6 reserved by the RTOS and runtime". */
    public String taken() {
        return (lockedEntries == 0 ? "" : lockedEntries + " locked, ") + reserved + " reserved by the RTOS and runtime";
    }

    /** The index of the first entry a module's ranges may use: after locked and reserved ones. */
    public int firstFree() {
        return lockedEntries + reserved;
    }
}
