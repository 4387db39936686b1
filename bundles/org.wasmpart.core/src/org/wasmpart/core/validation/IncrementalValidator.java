package org.wasmpart.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.protection.ProtectionEncoder;
import org.wasmpart.core.protection.ProtectionEncoders;
import org.wasmpart.model.Design;
import org.wasmpart.model.Grant;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Validates one design again and again as it is edited (the editor's live validation): it
 * watches the design's changes, reruns only the checks whose inputs changed, and re-encodes only
 * the modules an edit reached. Its findings always equal a full validation's. Not thread-safe:
 * validate on the thread that edits, or under the editing domain's lock.
 */
public final class IncrementalValidator implements AutoCloseable {

    private static final Set<org.eclipse.emf.ecore.EStructuralFeature> GRANT_STRUCTURE = Set.of(
            Literals.WASM_MODULE__GRANTS, Literals.GRANT__TARGET, Literals.DESIGN__MODULES, Literals.DESIGN__REGIONS,
            Literals.SHARED_REGION__SUBPARTITIONS);

    private final Design design;
    private final EncodingCache cache = new EncodingCache();
    private final List<DesignCheck> checks;
    private final ChangeTracker tracker = new ChangeTracker();
    private final Map<DesignCheck, List<Finding>> last = new IdentityHashMap<>();
    private GrantIndex grants;

    public IncrementalValidator(Design design, Function<ProtectionKind, ProtectionEncoder> encoders) {
        this.design = design;
        this.checks = DesignValidator.checks(encoders, cache);
        design.eAdapters().add(tracker);
    }

    /** An incremental validator with wasmpart's own encoders. */
    public static IncrementalValidator standard(Design design) {
        return new IncrementalValidator(design, ProtectionEncoders::forKind);
    }

    /** All findings, most severe first, as {@link DesignValidator#validate(Design)} orders them. */
    public List<Finding> validate() {
        GrantIndex previous = grants;
        if (grants == null || tracker.touched(GRANT_STRUCTURE)) {
            grants = new GrantIndex(design);
        }
        ValidationContext context = new ValidationContext(design, grants, changedModules(previous),
                placementChanges());
        List<Finding> findings = new ArrayList<>();
        cache.begin();
        for (DesignCheck check : checks) {
            List<Finding> own = last.get(check);
            if (own == null || check.inputs() == null || tracker.touched(check.inputs())) {
                own = new ArrayList<>();
                check.check(context, own);
                last.put(check, own);
            }
            findings.addAll(own);
        }
        cache.end();
        tracker.reset();
        findings.sort(Comparator.comparing((Finding f) -> f.severity()).reversed());
        return findings;
    }

    /**
     * Modules that may reach something that changed; null when any may have. Grants are looked up
     * before and after the edit: a subpartition removed from a region no longer leads to the
     * modules granted it.
     */
    private Set<WasmModule> changedModules(GrantIndex previous) {
        if (tracker.everything()) {
            return null;
        }
        Set<WasmModule> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        changed.addAll(tracker.modules());
        for (SharedRegion r : tracker.regions()) {
            for (GrantIndex index : previous == null ? List.of(grants) : List.of(previous, grants)) {
                for (Grant g : index.on(r)) {
                    if (g.getModule() != null) {
                        changed.add(g.getModule());
                    }
                }
            }
        }
        return changed;
    }

    /** The modules and regions touched since the last pass; null when the lists themselves changed. */
    private Set<EObject> placementChanges() {
        if (tracker.structure()) {
            return null;
        }
        Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        touched.addAll(tracker.modules());
        touched.addAll(tracker.regions());
        return touched;
    }

    /** How many module encodings were computed rather than reused, for tests and benchmarks. */
    public int encoderRuns() {
        return cache.encoderRuns();
    }

    /** Stops watching the design. */
    @Override
    public void close() {
        design.eAdapters().remove(tracker);
    }
}
