package org.wasmpart.core.generate;

import java.util.Locale;

/**
 * Text from a design or the catalog in the SVG memory map, for element content and attribute
 * values alike: markup characters become entity references, so no name can close an element,
 * end an attribute, open a CDATA section or end one (']]>'); every character outside printable
 * ASCII becomes a numeric character reference, so the file is 7-bit ASCII and reads back exactly.
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and carriage
 * return, lone surrogates) become U+FFFD.
 */
final class XmlText {

    private XmlText() {
    }

    static String of(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        s.appendCodePoint(c);
                    } else {
                        s.append(String.format(Locale.ROOT, "&#x%X;", xmlChar(c) ? c : 0xFFFD));
                    }
                }
            }
        });
        return s.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
