package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * An ARMv8-M MPU region (PMSAv8): inclusive [base, limit] on a 32-byte granule, no subregions;
 * an address in two enabled regions faults.
 *
 * @param index     region number
 * @param base      32-byte aligned
 * @param limit     last byte; limit + 1 is 32-byte aligned
 * @param ap        RBAR.AP[2:1]: 0 RW privileged, 1 RW any, 2 RO privileged, 3 RO any
 * @param xn        execute never
 * @param sh        RBAR.SH (0 non-shareable, 2 outer, 3 inner)
 * @param attrIndex RLAR.AttrIndx, an index into MAIR0/MAIR1 (see {@link #MAIR0})
 */
public record PmsaV8Region(int index, long base, long limit, int ap, boolean xn, int sh, int attrIndex)
        implements HardwareEntry {

    /**
     * The fixed attribute table wasmpart programs: index 0 normal write-back read/write-allocate
     * (0xFF), 1 normal write-through (0xBB), 2 normal non-cacheable (0x44), 3 device nGnRE (0x04).
     */
    public static final long MAIR0 = 0x0444BBFFL;

    public PmsaV8Region {
        if ((base & 0x1F) != 0 || ((limit + 1) & 0x1F) != 0 || limit < base) {
            throw new IllegalArgumentException("PMSAv8 region [" + formatAddress(base) + ", " + formatAddress(limit)
                    + "] is not on the 32-byte granule");
        }
    }

    public static int attributeIndex(MemoryType type) {
        return switch (type) {
            case NORMAL_WRITE_BACK -> 0;
            case NORMAL_WRITE_THROUGH -> 1;
            case NORMAL_NON_CACHEABLE -> 2;
            case DEVICE -> 3;
        };
    }

    public long rbar() {
        return base | (long) sh << 3 | (long) ap << 1 | (xn ? 1L : 0L);
    }

    public long rlar() {
        return (limit & ~0x1FL) | (long) attrIndex << 1 | 1L;
    }

    @Override
    public SequencedMap<String, Long> registers() {
        SequencedMap<String, Long> r = new LinkedHashMap<>();
        r.put("RNR", (long) index);
        r.put("RBAR", rbar());
        r.put("RLAR", rlar());
        return r;
    }

    @Override
    public String describe() {
        return String.format("region %d: %s..%s AP=%d%s AttrIndx=%d", index, formatAddress(base), formatAddress(limit),
                ap, xn ? " XN" : "", attrIndex);
    }
}
