package org.wasmpart.core;

/**
 * One problem found while reading a file, located as precisely as the reader knows.
 *
 * @param file   the file as the user named it
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and, where it helps, what to do
 */
public record Problem(String file, int line, int column, String message) {

    /** The conventional {@code file:line:column: message} form that editors and CI logs link. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(message).toString();
    }
}
