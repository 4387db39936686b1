package org.wasmpart.core.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * A check that reads only the features it names (and the names and ids of what it reports on), so an
 * incremental pass can reuse its findings while none of them changed.
 */
abstract class FeatureCheck implements DesignCheck {

    /** What decides which region or subpartition each module reaches, and how. */
    static final List<EStructuralFeature> GRANTS = List.of(Literals.GRANT__PERMISSION, Literals.GRANT__TARGET,
            Literals.WASM_MODULE__GRANTS, Literals.DESIGN__REGIONS, Literals.SHARED_REGION__SUBPARTITIONS);

    private final Set<EStructuralFeature> inputs;

    FeatureCheck(EStructuralFeature... inputs) {
        this(List.of(), inputs);
    }

    /** A check that reads the features of {@code shared} (e.g. {@link #GRANTS}) and its own. */
    FeatureCheck(List<EStructuralFeature> shared, EStructuralFeature... own) {
        this.inputs = Set.copyOf(Stream.of(shared.stream(), Stream.of(own),
                Stream.of(Literals.IDENTIFIED__NAME, Literals.IDENTIFIED__ID, Literals.DESIGN__MODULES))
                .flatMap(f -> f).toList());
    }

    @Override
    public final Set<EStructuralFeature> inputs() {
        return inputs;
    }
}
