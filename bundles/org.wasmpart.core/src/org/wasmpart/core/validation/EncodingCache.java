package org.wasmpart.core.validation;

import java.util.IdentityHashMap;
import java.util.Map;

import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.WasmModule;

/**
 * Remembers each module's last encoding with what it was computed from. A module whose access
 * set and unit are unchanged is not encoded again, so after one edit only the modules the edit
 * touched cost an encoder run. Modules no longer validated are forgotten.
 */
final class EncodingCache {

    private record Entry(AccessSet access, UnitParameters unit, Encoding encoding) {
    }

    private Map<WasmModule, Entry> entries = new IdentityHashMap<>();
    private Map<WasmModule, Entry> current = new IdentityHashMap<>();
    private int encoderRuns;

    /** Starts a validation pass: what the pass does not ask for is dropped at its end. */
    void begin() {
        current = new IdentityHashMap<>();
    }

    void end() {
        entries = current;
    }

    Encoding encode(WasmModule module, AccessSet access, UnitParameters unit, ProtectionEncoder encoder) {
        Entry cached = entries.get(module);
        if (cached == null || !cached.access().equals(access) || !cached.unit().equals(unit)) {
            encoderRuns++;
            cached = new Entry(access, unit, encoder.encode(access, unit));
        }
        current.put(module, cached);
        return cached.encoding();
    }

    /** How many times an encoder actually ran, for tests and benchmarks. */
    int encoderRuns() {
        return encoderRuns;
    }
}
