package org.wasmpart.core;
import net.jqwik.api.*;
class QuantitiesPropertyTest {
    @Property(tries = 100)
    boolean sizesRoundTrip(@ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 1L << 32) long size) {
        return org.wasmpart.model.util.Quantities.parseSize(org.wasmpart.model.util.Quantities.formatSize(size)) == size;
    }
}
