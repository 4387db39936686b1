package org.wasmpart.core.generate;

import java.util.EnumSet;
import java.util.Set;

/**
 * What generation writes besides what the design says: which kinds of file, and which modules
 * get the flags that keep reference types out. {@link #defaults()} is what the command line and
 * the Maven plug-in write.
 *
 * @param artifacts      the kinds of file to produce
 * @param referenceTypes which modules get the reference-types flags
 */
public record GenerationOptions(Set<Artifact> artifacts, ReferenceTypesPolicy referenceTypes) {

    public GenerationOptions {
        artifacts = Set.copyOf(artifacts);
    }

    /** Every file, reference types kept out where the runtime profile asks. */
    public static GenerationOptions defaults() {
        return new GenerationOptions(EnumSet.allOf(Artifact.class), ReferenceTypesPolicy.RUNTIME_PROFILE);
    }

    public GenerationOptions withArtifacts(Set<Artifact> kinds) {
        return new GenerationOptions(kinds, referenceTypes);
    }

    public GenerationOptions withReferenceTypes(ReferenceTypesPolicy policy) {
        return new GenerationOptions(artifacts, policy);
    }
}
