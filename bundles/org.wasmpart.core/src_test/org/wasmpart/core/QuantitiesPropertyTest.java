package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.util.Quantities;

class QuantitiesPropertyTest {

    @Test
    void everySizeUpTo4GiBRoundTripsThroughItsText() {
        SeededTries.run(10_000, seed -> {
            long size = new SplittableRandom(seed).nextLong(Quantities.ADDRESS_SPACE + 1);
            assertEquals(size, Quantities.parseSize(Quantities.formatSize(size)));
        });
    }

    @Test
    void everyWholeKibibyteSizeIsWrittenWithAUnit() {
        SeededTries.run(1_000, seed -> {
            long size = (new SplittableRandom(seed).nextLong(4L << 20) + 1) * 1024;
            String text = Quantities.formatSize(size);
            assertEquals(size, Quantities.parseSize(text));
            assertTrue(text.endsWith("iB"), text);
        });
    }
}
