package org.wasmpart.benchmarks;

import java.nio.file.Path;

import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;

/**
 * Starts EMF and reads one design, and does nothing else: the share of a {@code wasmpart}
 * command that any tool built on EMF pays before it validates, lays out or writes anything.
 * {@link GenerateTiming} times it as a separate launch next to the generate command.
 */
public final class ModelStartup {

    private ModelStartup() {
    }

    public static void main(String[] args) throws DesignLoadException {
        System.out.println("read " + DesignIO.load(Path.of(args[0])).getName());
    }
}
