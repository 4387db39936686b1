package org.wasmpart.core.generate;

import java.util.Locale;

/**
 * Text that goes into generated C. Nothing from a design reaches C unfiltered: identifiers come
 * from {@link org.wasmpart.core.CNames}, and comments keep only characters that cannot end a
 * comment, splice a line ({@code \}, the {@code ??/} trigraph) or depend on the source charset.
 */
final class CText {

    private CText() {
    }

    /** Text fit for a C comment: anything outside a small safe set becomes '_'. */
    static String comment(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(safeInComment(c) ? c : '_');
        }
        return s.toString();
    }

    private static boolean safeInComment(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " _.,:;()+-=^[]<>".indexOf(c) >= 0;
    }

    /** An unsigned constant of the right width: UINT32_C(0x20000000), or UINT64_C for 4 GiB. */
    static String constant(long value) {
        return value <= 0xFFFF_FFFFL ? String.format(Locale.ROOT, "UINT32_C(0x%08X)", value)
                : String.format(Locale.ROOT, "UINT64_C(0x%X)", value);
    }

    /** A small count or index: 3u. */
    static String count(long value) {
        return value + "u";
    }
}
