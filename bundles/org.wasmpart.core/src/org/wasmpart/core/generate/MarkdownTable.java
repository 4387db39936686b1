package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Cells are written as given: callers escape text with
 * {@link MarkdownText}, so no cell can hold a '|' or a line break that would reshape the table.
 */
final class MarkdownTable {

    private final List<String> header;
    private final String alignment;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param alignment one letter per column: 'l' left, 'r' right (numbers)
     * @param header    the column titles, already escaped
     */
    MarkdownTable(String alignment, String... header) {
        if (alignment.length() != header.length) {
            throw new IllegalArgumentException(header.length + " columns, alignment for " + alignment.length());
        }
        this.alignment = alignment;
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        StringBuilder s = new StringBuilder();
        line(s, header);
        s.append('|');
        for (int i = 0; i < alignment.length(); i++) {
            s.append(alignment.charAt(i) == 'r' ? "---:|" : "---|");
        }
        s.append('\n');
        rows.forEach(r -> line(s, r));
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append('|');
        cells.forEach(c -> s.append(' ').append(c).append(" |"));
        s.append('\n');
    }
}
