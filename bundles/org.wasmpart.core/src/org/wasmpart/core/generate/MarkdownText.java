package org.wasmpart.core.generate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text from a design or the catalog in the isolation report. A name must stay one piece of plain
 * text wherever it lands, a table cell included: no line break can end a row or start a block, no
 * '|' a cell, no backtick, '*', '_', '[' or '<' start code, emphasis, a link or HTML. The file
 * stays 7-bit ASCII, as every generated file: other characters become numeric character
 * references, which Markdown shows as the character.
 */
final class MarkdownText {

    /**
     * Characters CommonMark and GitHub tables read as markup within a line; a backslash makes each
     * literal. Parentheses and '!' need none: they mean something only next to a bracket.
     */
    private static final String MARKUP = "\\`*_[]|~#";

    /** Tokens wasmpart writes itself (addresses, register names, C names) and that need no escape in code. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.,:=+ -]+");

    /** What a link may hold to be written as an autolink: no space, quote, '<', '>', '|' or backtick. */
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");

    private MarkdownText() {
    }

    static String text(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n', '\r', '\t' -> s.append(' ');
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (MARKUP.indexOf(c) >= 0) {
                        s.append('\\').appendCodePoint(c);
                    } else if (c >= 0x20 && c < 0x7F) {
                        s.appendCodePoint(c);
                    } else {
                        // a lone surrogate is no character: the replacement character stands for it
                        s.append(String.format(Locale.ROOT, "&#x%X;", c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c));
                    }
                }
            }
        });
        return s.toString();
    }

    /** A token as code when it is one of wasmpart's own, else as escaped text. */
    static String code(String token) {
        return CODE.matcher(token).matches() ? "`" + token + "`" : text(token);
    }

    /** A source's address as an autolink when it is a plain URL, else as escaped text. */
    static String link(String url) {
        return URL.matcher(url).matches() ? "<" + url + ">" : text(url);
    }
}
