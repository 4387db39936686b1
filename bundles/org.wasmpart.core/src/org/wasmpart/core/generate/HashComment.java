package org.wasmpart.core.generate;

/**
 * Text for the '#' comments of CMake, Make and TOML, which end only at the line's end: a line
 * break would let text out of the comment, a backslash at the end would carry a Make comment onto
 * the next line, and other control or non-ASCII characters would depend on the file's charset
 * (TOML forbids control characters in comments). All of those become '_'.
 */
final class HashComment {

    private HashComment() {
    }

    static String of(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(c >= 0x20 && c < 0x7F && c != '\\' ? c : '_');
        }
        return s.toString();
    }
}
