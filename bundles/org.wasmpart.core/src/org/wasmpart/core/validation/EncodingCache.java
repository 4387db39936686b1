package org.wasmpart.core.validation;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.model.WasmModule;

/**
 * Remembers each module's last access set and encoding. A module whose access set and unit are
 * unchanged is not encoded again; a module known to be untouched since the last pass is not even
 * looked at again. Modules no longer validated are forgotten.
 */
final class EncodingCache {

    /**
     * @param access   the module's access set, or empty while something it reaches has no address
     * @param unit     the unit it was encoded for
     * @param encoding the encoding, or null while the access set is empty
     */
    record Entry(Optional<AccessSet> access, UnitParameters unit, Encoding encoding) {
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

    /** Recomputes the module's access set; encodes it unless it equals the last one. */
    Entry refresh(WasmModule module, UnitParameters unit, ProtectionEncoder encoder) {
        Optional<AccessSet> access = ModuleAccess.of(module);
        Entry cached = entries.get(module);
        if (cached == null || !cached.access().equals(access) || !cached.unit().equals(unit)) {
            Encoding encoding = null;
            if (access.isPresent()) {
                encoderRuns++;
                encoding = encoder.encode(access.get(), unit);
            }
            cached = new Entry(access, unit, encoding);
        }
        current.put(module, cached);
        return cached;
    }

    /** The last entry of a module known to be unchanged, computed only when there is none yet. */
    Entry reuse(WasmModule module, UnitParameters unit, ProtectionEncoder encoder) {
        Entry cached = entries.get(module);
        if (cached == null || !cached.unit().equals(unit)) {
            return refresh(module, unit, encoder);
        }
        current.put(module, cached);
        return cached;
    }

    /** How many times an encoder actually ran, for tests and benchmarks. */
    int encoderRuns() {
        return encoderRuns;
    }
}
