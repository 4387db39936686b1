package org.wasmpart.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long the calling thread has spent runnable but waiting for a core, from Linux's scheduler
 * statistics (the second field of /proc/thread-self/schedstat, in nanoseconds). Read by a running
 * thread it includes every wait so far. Empty where the kernel keeps no such statistics.
 */
final class CoreWait {

    private static final Path OWN = Path.of("/proc/thread-self/schedstat");

    private CoreWait() {
    }

    static OptionalLong ofCurrentThread() {
        try {
            String[] fields = Files.readString(OWN).trim().split(" ");
            return OptionalLong.of(Long.parseLong(fields[1]));
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return OptionalLong.empty();
        }
    }
}
