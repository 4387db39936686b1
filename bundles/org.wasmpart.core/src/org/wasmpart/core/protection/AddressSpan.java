package org.wasmpart.core.protection;

import static org.wasmpart.model.util.Quantities.formatAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A half-open byte range [base, end) in the 32-bit address space; end may be 2^32. The report
 * prints it inclusive (first and last byte), as datasheets and linker maps do.
 */
public record AddressSpan(long base, long end) {

    public AddressSpan {
        if (base < 0 || end <= base || end > 1L << 32) {
            throw new IllegalArgumentException("not an address span: " + base + ".." + end);
        }
    }

    public static AddressSpan of(long base, long size) {
        return new AddressSpan(base, base + size);
    }

    public long size() {
        return end - base;
    }

    public boolean overlaps(AddressSpan other) {
        return base < other.end && other.base < end;
    }

    /** The part of this span inside the other, if any. */
    public Optional<AddressSpan> within(AddressSpan other) {
        return overlaps(other) ? Optional.of(new AddressSpan(Math.max(base, other.base), Math.min(end, other.end)))
                : Optional.empty();
    }

    /** The part of this span outside every one of the others. */
    public List<AddressSpan> minus(List<AddressSpan> others) {
        List<AddressSpan> left = new ArrayList<>(List.of(this));
        for (AddressSpan o : others) {
            List<AddressSpan> next = new ArrayList<>();
            for (AddressSpan s : left) {
                if (!s.overlaps(o)) {
                    next.add(s);
                    continue;
                }
                if (s.base < o.base) {
                    next.add(new AddressSpan(s.base, o.base));
                }
                if (o.end < s.end) {
                    next.add(new AddressSpan(o.end, s.end));
                }
            }
            left = next;
        }
        return left;
    }

    /** "0x20000000-0x20007FFF": first and last byte. */
    public String inclusive() {
        return formatAddress(base) + "-" + formatAddress(end - 1);
    }
}
