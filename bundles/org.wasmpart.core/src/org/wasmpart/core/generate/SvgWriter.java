package org.wasmpart.core.generate;

import java.util.Locale;

/**
 * Writes SVG 1.1 elements one per line. Attribute values and text pass through {@link XmlText},
 * numbers through one fixed format, so the same drawing is always the same bytes.
 */
final class SvgWriter {

    private final StringBuilder s = new StringBuilder();
    private String indent = "";

    /** A coordinate or length with one decimal, whatever the default locale. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Opens an element; attributes are name, value pairs. */
    SvgWriter open(String name, String... attributes) {
        s.append(indent).append('<').append(name).append(attributes(attributes)).append(">\n");
        indent += "  ";
        return this;
    }

    SvgWriter close(String name) {
        indent = indent.substring(2);
        s.append(indent).append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    SvgWriter empty(String name, String... attributes) {
        s.append(indent).append('<').append(name).append(attributes(attributes)).append("/>\n");
        return this;
    }

    /** An element holding only text, such as {@code <text>} or {@code <title>}. */
    SvgWriter text(String name, String text, String... attributes) {
        s.append(indent).append('<').append(name).append(attributes(attributes)).append('>').append(XmlText.of(text))
                .append("</").append(name).append(">\n");
        return this;
    }

    /** A shape with a tooltip: SVG 1.1 shows a {@code <title>} child as the shape's description. */
    SvgWriter titled(String name, String title, String... attributes) {
        return open(name, attributes).text("title", title).close(name);
    }

    @Override
    public String toString() {
        return s.toString();
    }

    private static String attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            a.append(' ').append(pairs[i]).append("=\"").append(XmlText.of(pairs[i + 1])).append('"');
        }
        return a.toString();
    }
}
