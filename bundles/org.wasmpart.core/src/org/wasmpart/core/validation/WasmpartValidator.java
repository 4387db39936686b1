package org.wasmpart.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.wasmpart.model.Design;

/**
 * wasmpart's rules as an EMF {@link EValidator}, so that {@code Diagnostician} reports them with
 * EMF's own structural checks. Each diagnostic's data is {@code [object, code id, fix data]}.
 */
public final class WasmpartValidator extends EObjectValidator {

    private final DesignValidator rules;

    public WasmpartValidator(DesignValidator rules) {
        this.rules = rules;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof Design design) {
            for (Finding f : rules.validate(design)) {
                if (diagnostics != null) {
                    diagnostics.add(toDiagnostic(f));
                }
                ok &= f.severity() != Severity.ERROR;
            }
        }
        return ok;
    }

    public static Diagnostic toDiagnostic(Finding f) {
        return new BasicDiagnostic(f.severity().emf(), DiagnosticCode.SOURCE, f.code().number(), f.message(),
                new Object[] { f.object(), f.code().id(), f.data() });
    }
}
