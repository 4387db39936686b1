package org.wasmpart.core.generate;

import java.util.Locale;

import org.wasmpart.model.util.Quantities;

/**
 * A byte count as the report and the memory map print it: exact ("72 KiB", "96 B"), and where
 * the exact form is a long number of bytes, with its size in KiB or MiB beside it to read at a
 * glance ("332192 B (324.4 KiB)").
 */
public final class ByteCount {

    private ByteCount() {
    }

    public static String of(long bytes) {
        String s = Quantities.formatSize(bytes);
        if (!Character.isDigit(s.charAt(s.length() - 1))) {
            return s;
        }
        if (bytes < 1 << 10) {
            return s + " B";
        }
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%s B (%.1f KiB)", s, bytes / 1024.0)
                : String.format(Locale.ROOT, "%s B (%.1f MiB)", s, bytes / (1024.0 * 1024));
    }
}
