package org.wasmpart.core.generate;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which modules get the flags that keep reference types out (docs/GENERATED.md, "Reference
 * types"). Nothing turns the flags off where the runtime needs them: a module built with
 * reference types fails to load on a runtime without them (FACTS §5).
 */
public enum ReferenceTypesPolicy {
    /** Where the runtime profile lacks reference types or the module disables them. */
    RUNTIME_PROFILE("runtime", "Where the runtime profile lacks them or the module disables them"),
    /** Every module, so each also runs on a runtime without reference types. */
    EVERY_MODULE("every-module", "In every module (portable to runtimes without reference types)");

    private final String id;
    private final String label;

    ReferenceTypesPolicy(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable, for settings files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<ReferenceTypesPolicy> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
