package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * A run of identity-mapped pages with one access (ARMv7-A short-descriptor small pages); what
 * limits an MMU is alignment to the page, not the number of entries.
 *
 * @param index    the mapping's number in the domain's table
 * @param base     page-aligned
 * @param size     a whole number of pages
 * @param pageSize the page size
 * @param access   the access of every page
 * @param type     the memory type of every page
 */
public record MmuMapping(int index, long base, long size, long pageSize, Access access, MemoryType type)
        implements HardwareEntry {

    public MmuMapping {
        if (base % pageSize != 0 || size % pageSize != 0 || size == 0) {
            throw new IllegalArgumentException("mapping " + formatAddress(base) + " +" + formatSize(size)
                    + " is not whole pages of " + formatSize(pageSize));
        }
    }

    public long pages() {
        return size / pageSize;
    }

    /**
     * The small-page descriptor of the first page (later pages add the page size): AP[2:0] 011
     * full access or 010 read-only for unprivileged code, XN unless executable.
     */
    public long firstDescriptor() {
        int ap = access.write() ? 0b011 : 0b010;
        long tex = 0;
        long c = 0;
        long b = 0;
        switch (type) {
            case NORMAL_WRITE_BACK -> { tex = 1; c = 1; b = 1; }
            case NORMAL_WRITE_THROUGH -> c = 1;
            case NORMAL_NON_CACHEABLE -> tex = 1;
            case DEVICE -> b = 1;
        }
        return (base & ~0xFFFL) | (long) (ap >> 2) << 9 | tex << 6 | (long) (ap & 3) << 4 | c << 3 | b << 2 | 0b10
                | (access.execute() ? 0 : 1);
    }

    @Override
    public SequencedMap<String, Long> registers() {
        SequencedMap<String, Long> r = new LinkedHashMap<>();
        r.put("pages", pages());
        r.put("descriptor", firstDescriptor());
        return r;
    }

    @Override
    public String describe() {
        return String.format("mapping %d: %s +%s (%d pages) %s", index, formatAddress(base), formatSize(size), pages(),
                access);
    }
}
