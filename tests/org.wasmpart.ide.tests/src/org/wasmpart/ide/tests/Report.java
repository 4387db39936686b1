package org.wasmpart.ide.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the product check saw, for {@code result.txt}: {@code PASS} or {@code FAIL: reason} on the
 * first line, then each thing it verified and, after a failure, the stack traces.
 */
final class Report {

    interface Step {
        void run() throws Exception;
    }

    private final List<String> seen = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    /** Runs a step of the check; an exception or a failed expectation fails the check. */
    void step(Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            failures.add(e);
        }
    }

    /** A failed expectation fails the step it is in. */
    static void expect(boolean condition, Supplier<String> failure) {
        if (!condition) {
            throw new AssertionError(failure.get());
        }
    }

    void saw(String fact) {
        seen.add(fact);
    }

    boolean passed() {
        return failures.isEmpty();
    }

    void write(Path file) {
        StringBuilder text = new StringBuilder(passed() ? "PASS" : "FAIL: " + failures.get(0).getMessage()).append('\n');
        seen.forEach(fact -> text.append("  ").append(fact).append('\n'));
        for (Throwable failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            text.append(trace);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
