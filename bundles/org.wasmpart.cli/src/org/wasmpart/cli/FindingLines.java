package org.wasmpart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.wasmpart.core.Problem;
import org.wasmpart.core.SourceLines;
import org.wasmpart.core.validation.Finding;

/** Findings as compilers print errors: {@code file:line: severity: message [code]}, one a line. */
final class FindingLines {

    private FindingLines() {
    }

    static void print(PrintWriter out, Path file, SourceLines lines, List<Finding> findings) {
        for (Finding f : findings) {
            out.println(new Problem(file.toString(), lines.lineOf(f.object()), 0,
                    f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.code().id() + "]"));
        }
    }
}
