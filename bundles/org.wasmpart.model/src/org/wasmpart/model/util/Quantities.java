package org.wasmpart.model.util;

import java.util.Locale;

/**
 * Text forms of the model's unsigned 32-bit quantities. Addresses and sizes are held in a
 * {@code long} so that the top of the address space and a 4 GiB region need no unsigned tricks.
 * Sizes accept the forms embedded developers write ({@code 4096}, {@code 0x1000}, {@code 4K},
 * {@code 64 KiB}, {@code 1M}); units are binary.
 */
public final class Quantities {

    /** One past the highest address: the size of the whole 32-bit address space. */
    public static final long ADDRESS_SPACE = 1L << 32;
    public static final long MAX_ADDRESS = ADDRESS_SPACE - 1;

    private static final long KIB = 1L << 10;
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private Quantities() {
    }

    /**
     * @throws IllegalArgumentException with a message fit to show the user, when the text is not
     *         an address in 0 .. 0xFFFFFFFF
     */
    public static long parseAddress(String text) {
        long value = parseNumber(text, "address");
        if (value > MAX_ADDRESS) {
            throw new IllegalArgumentException("address '" + text.strip()
                    + "' is above 0xFFFFFFFF: addresses are unsigned 32-bit");
        }
        return value;
    }

    /**
     * @throws IllegalArgumentException with a message fit to show the user, when the text is not
     *         a size in 0 .. 4 GiB
     */
    public static long parseSize(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        long unit = 1;
        String digits = lower;
        String[][] suffixes = { { "gib", "g", "gb" }, { "mib", "m", "mb" }, { "kib", "k", "kb" }, { "b" } };
        long[] units = { GIB, MIB, KIB, 1 };
        outer:
        for (int i = 0; i < suffixes.length; i++) {
            for (String s : suffixes[i]) {
                if (lower.endsWith(s) && !lower.startsWith("0x")) {
                    unit = units[i];
                    digits = lower.substring(0, lower.length() - s.length()).strip();
                    break outer;
                }
            }
        }
        long number = parseNumber(digits, "size");
        if (number > ADDRESS_SPACE / unit) {
            throw new IllegalArgumentException("size '" + t
                    + "' is larger than 4 GiB, the whole 32-bit address space");
        }
        return number * unit;
    }

    public static String formatAddress(long address) {
        return String.format(Locale.ROOT, "0x%08X", address);
    }

    /** The shortest exact form: a whole number of GiB, MiB or KiB where possible, else bytes. */
    public static String formatSize(long size) {
        if (size != 0) {
            if (size % GIB == 0) {
                return size / GIB + " GiB";
            }
            if (size % MIB == 0) {
                return size / MIB + " MiB";
            }
            if (size % KIB == 0) {
                return size / KIB + " KiB";
            }
        }
        return Long.toString(size);
    }

    private static long parseNumber(String text, String what) {
        String t = text.strip().replace("_", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (t.startsWith("-")) {
            throw new IllegalArgumentException(what + " '" + text.strip() + "' is negative: "
                    + what + "s are unsigned");
        }
        boolean hex = t.startsWith("0x") || t.startsWith("0X");
        String body = hex ? t.substring(2) : t;
        if (body.isEmpty() || body.length() > 20) {
            throw new IllegalArgumentException(what + " '" + text.strip() + "' is not a number");
        }
        try {
            long value = Long.parseLong(body, hex ? 16 : 10);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text.strip()
                    + "' is not a number (write e.g. 4096, 0x1000, 4K or 64 KiB)", e);
        }
    }
}
