package org.wasmpart.core.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * A check that reads only the features it names (and the names and ids of what it reports on), so an
 * incremental pass can reuse its findings while none of them changed.
 */
abstract class FeatureCheck implements DesignCheck {

    private final Set<EStructuralFeature> inputs;

    FeatureCheck(EStructuralFeature... inputs) {
        this.inputs = Set.copyOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(inputs),
                java.util.stream.Stream.of(Literals.IDENTIFIED__NAME, Literals.IDENTIFIED__ID, Literals.DESIGN__MODULES)).toList());
    }

    @Override
    public final Set<EStructuralFeature> inputs() {
        return inputs;
    }
}
