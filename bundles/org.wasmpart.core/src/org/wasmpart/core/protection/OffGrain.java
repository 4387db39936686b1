package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.List;

/** Ranges whose edges a unit cannot match because they fall between its granules. */
final class OffGrain {

    private OffGrain() {
    }

    /** The first range with an edge off the granule, or null. */
    static AccessRange first(List<AccessRange> ranges, long granule) {
        for (AccessRange r : ranges) {
            if (r.base() % granule != 0 || r.end() % granule != 0) {
                return r;
            }
        }
        return null;
    }

    /**
     * The refusal for such a range, naming the aligned span that would hold it.
     *
     * @param granuleName how the unit calls its granule, e.g. "32-byte granule of the ARMv8-M MPU"
     */
    static Encoding.Infeasible refuse(AccessRange range, long granule, String granuleName, int needed, int available) {
        long base = range.base() - range.base() % granule;
        long end = Math.ceilDiv(range.end(), granule) * granule;
        return new Encoding.Infeasible(EncodingFailure.MISALIGNED, range, needed, available, range
                + " does not start and end on the " + granuleName + "; place it at [" + formatAddress(base) + ", "
                + formatAddress(end) + ") or make its base and size multiples of " + granule);
    }
}
