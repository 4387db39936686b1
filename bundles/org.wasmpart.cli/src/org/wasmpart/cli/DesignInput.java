package org.wasmpart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.model.Design;

import picocli.CommandLine.Model.CommandSpec;

/** Reads the design a command was given, or prints every located problem on standard error. */
final class DesignInput {

    private DesignInput() {
    }

    /** The design, or empty after its problems were printed (the command then exits with 3). */
    static Optional<Design> load(CommandSpec spec, Path file) {
        try {
            return Optional.of(DesignIO.load(file));
        } catch (DesignLoadException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.flush();
            return Optional.empty();
        }
    }
}
