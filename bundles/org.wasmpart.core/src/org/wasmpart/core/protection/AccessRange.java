package org.wasmpart.core.protection;

import org.wasmpart.model.util.Quantities;

/**
 * A byte range with the access one module must have there.
 *
 * @param base      first byte, 0 .. 0xFFFFFFFF
 * @param size      bytes, at least 1; {@code base + size <= 2^32}
 * @param access    the module's access; never {@link Access#NONE} (absence means none)
 * @param type      the memory type the entry should give the range
 * @param shareable whether the range is shared with another bus master or core
 * @param origin    what the range is, for messages: "region samples", "private memory of sensor"
 */
public record AccessRange(long base, long size, Access access, MemoryType type, boolean shareable, String origin) {

    public AccessRange {
        if (base < 0 || base > Quantities.MAX_ADDRESS) {
            throw new IllegalArgumentException(origin + ": base " + base + " is outside the 32-bit address space");
        }
        if (size < 1 || base + size > Quantities.ADDRESS_SPACE) {
            throw new IllegalArgumentException(origin + ": size " + size + " at " + Quantities.formatAddress(base)
                    + " is empty or runs past 4 GiB");
        }
        if (access == Access.NONE) {
            throw new IllegalArgumentException(origin + ": a range with no access is simply absent");
        }
    }

    /** A range of ordinary, non-shared normal memory. */
    public static AccessRange of(long base, long size, Access access, String origin) {
        return new AccessRange(base, size, access, MemoryType.NORMAL_WRITE_BACK, false, origin);
    }

    /** One past the last byte; up to 2^32. */
    public long end() {
        return base + size;
    }

    public boolean contains(long address) {
        return address >= base && address < end();
    }

    /** Same access and memory attributes, so one entry may cover both when they touch. */
    public boolean sameAttributes(AccessRange other) {
        return access == other.access && type == other.type && shareable == other.shareable;
    }

    @Override
    public String toString() {
        return origin + " [" + Quantities.formatAddress(base) + ", +" + Quantities.formatSize(size) + ") " + access;
    }
}
