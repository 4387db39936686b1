package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * An ARMv6-M/ARMv7-M MPU region (PMSAv7): 2^sizeExponent bytes aligned to their size, eight
 * subregions (regions of 256 B or more) each disabled by a bit of {@code srd}.
 *
 * @param index        region number (0..15); where regions overlap the highest number wins
 * @param base         aligned to 2^sizeExponent
 * @param sizeExponent 5 (32 B) .. 32 (4 GiB); RASR.SIZE is sizeExponent - 1
 * @param srd          subregion-disable bits (bit i disables the i-th eighth); 0 below 256 B
 * @param ap           RASR.AP[2:0] (privileged/unprivileged rights)
 * @param xn           execute never
 * @param tex          RASR.TEX
 * @param s            shareable
 * @param c            cacheable
 * @param b            bufferable
 */
public record PmsaV7Region(int index, long base, int sizeExponent, int srd, int ap, boolean xn, int tex, boolean s,
        boolean c, boolean b) implements HardwareEntry {

    public PmsaV7Region {
        if (sizeExponent < 5 || sizeExponent > 32) {
            throw new IllegalArgumentException("PMSAv7 region size 2^" + sizeExponent + " is outside 32 B .. 4 GiB");
        }
        if ((base & (size(sizeExponent) - 1)) != 0) {
            throw new IllegalArgumentException("PMSAv7 region base " + formatAddress(base) + " is not aligned to its size");
        }
        if (srd != 0 && sizeExponent < 8) {
            throw new IllegalArgumentException("PMSAv7 regions below 256 B have no subregions");
        }
    }

    public long size() {
        return size(sizeExponent);
    }

    private static long size(int exponent) {
        return 1L << exponent;
    }

    /** RBAR with VALID set, so one write selects the region and sets its base. */
    public long rbar() {
        return base | 0x10L | (index & 0xF);
    }

    public long rasr() {
        return (xn ? 1L : 0L) << 28 | (long) ap << 24 | (long) tex << 19 | (s ? 1L : 0L) << 18 | (c ? 1L : 0L) << 17
                | (b ? 1L : 0L) << 16 | (long) srd << 8 | (long) (sizeExponent - 1) << 1 | 1L;
    }

    @Override
    public SequencedMap<String, Long> registers() {
        SequencedMap<String, Long> r = new LinkedHashMap<>();
        r.put("RBAR", rbar());
        r.put("RASR", rasr());
        return r;
    }

    @Override
    public String describe() {
        return String.format("region %d: %s +2^%d%s AP=%s%s", index, formatAddress(base), sizeExponent,
                srd == 0 ? "" : String.format(" SRD=0x%02X", srd), Integer.toBinaryString(8 | ap).substring(1),
                xn ? " XN" : "");
    }
}
