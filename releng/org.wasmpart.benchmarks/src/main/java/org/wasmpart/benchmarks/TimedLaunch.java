package org.wasmpart.benchmarks;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One command run as a separate process, timed by the wall clock from start to exit, as a user
 * waits for it. Its output goes to a file, the same for every command, so no pipe's buffering
 * sits in one measurement and not another; a failing command stops the benchmark with it.
 *
 * @param name    what the command is, for the report
 * @param command the program and its arguments
 */
record TimedLaunch(String name, List<String> command) {

    /** Runs the command once and returns its wall time in nanoseconds. */
    long run(Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long nanos = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + ": " + String.join(" ", command) + "\n"
                    + Files.readString(log));
        }
        return nanos;
    }
}
