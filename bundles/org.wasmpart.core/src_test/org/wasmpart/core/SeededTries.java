package org.wasmpart.core;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Property checks without a property-testing library: runs a check for many seeds drawn from one
 * base seed, so every run is reproducible, and names the failing seed so that one case can be
 * replayed alone. {@code -Dwasmpart.seed=N} explores another sequence.
 */
public final class SeededTries {

    private static final long DEFAULT_BASE_SEED = 0x5EED_2026L;

    private SeededTries() {
    }

    /** Runs the check for {@code tries} seeds; the first failure is rethrown with its seed. */
    public static void run(int tries, LongConsumer check) {
        long base = Long.getLong("wasmpart.seed", DEFAULT_BASE_SEED);
        SplittableRandom seeds = new SplittableRandom(base);
        for (int i = 0; i < tries; i++) {
            long seed = seeds.nextLong();
            try {
                check.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + i + " of " + tries + " failed for seed " + seed + " (base seed "
                        + base + "): " + e.getMessage(), e);
            }
        }
    }
}
