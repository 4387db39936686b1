package org.wasmpart.core.protection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ARMv7-M MPU gives unprivileged code, decoded from raw MPU_RBAR/MPU_RASR values alone as
 * the architecture manual describes them (ARMv7-M ARM B3.5; Cortex-M4 Generic User Guide 4.5), so
 * a test can judge an encoder without trusting its records: only {@link HardwareEntry#registers()}
 * is read.
 */
final class PmsaV7Oracle {

    private record Region(int number, long base, long size, int srd, int ap, boolean xn) {
        boolean grants(long address) {
            if (address < base || address >= base + size) {
                return false;
            }
            // Regions of 128 B and less have no subregions; the encoder must leave SRD 0 there.
            return size < 256 || (srd >>> (int) ((address - base) / (size / 8)) & 1) == 0;
        }
    }

    private final List<Region> highestFirst;

    PmsaV7Oracle(List<? extends HardwareEntry> entries) {
        Map<Integer, Region> byNumber = new TreeMap<>();
        for (HardwareEntry entry : entries) {
            Map<String, Long> registers = entry.registers();
            long rbar = registers.get("RBAR");
            long rasr = registers.get("RASR");
            if ((rbar & 0x10) == 0) {
                throw new AssertionError("RBAR.VALID clear: the region number would come from MPU_RNR, " + entry);
            }
            int number = (int) (rbar & 0xF);
            int sizeField = (int) (rasr >>> 1 & 0x1F);
            if (sizeField < 4) {
                throw new AssertionError("RASR.SIZE " + sizeField + " is below the 32-byte minimum, " + entry);
            }
            long size = 1L << (sizeField + 1);
            int srd = (int) (rasr >>> 8 & 0xFF);
            if (size < 256 && srd != 0) {
                throw new AssertionError("SRD set on a region below 256 B (unpredictable), " + entry);
            }
            // The MPU ignores base bits below the region size.
            long base = rbar & 0xFFFFFFE0L & ~(size - 1);
            Region region = new Region(number, base, size, srd, (int) (rasr >>> 24 & 0b111), (rasr >>> 28 & 1) == 1);
            if ((rasr & 1) == 1 && byNumber.put(number, region) != null) {
                throw new AssertionError("region " + number + " programmed twice");
            }
        }
        highestFirst = byNumber.values().stream().sorted(Comparator.comparingInt(Region::number).reversed())
                .toList();
    }

    /** The unprivileged access at the address: the highest-numbered region enabled there decides. */
    Access access(long address) {
        for (Region region : highestFirst) {
            if (region.grants(address)) {
                return unprivileged(region.ap(), region.xn());
            }
        }
        return Access.NONE;
    }

    private static Access unprivileged(int ap, boolean xn) {
        boolean read = switch (ap) {
            case 0b010, 0b011, 0b110, 0b111 -> true;
            default -> false; // 000, 001, 101 privileged only; 100 reserved
        };
        boolean write = ap == 0b011;
        return Access.of(read, read && write, read && !xn);
    }
}
