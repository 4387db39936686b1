package org.wasmpart.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One problem in a design: its code, the object it is about (and that object's URI, which
 * survives serialisation for markers), a message that says what to do, and what a quick fix
 * needs to act without re-deriving the problem.
 *
 * @param code     what kind of problem
 * @param severity usually the code's; some codes soften or harden with context
 * @param object   the object at fault
 * @param message  for the user: what is wrong and what to do
 * @param data     for fixes: named values (ids, sizes, counts, suggested values)
 */
public record Finding(DiagnosticCode code, Severity severity, EObject object, String message, Map<String, Object> data) {

    public Finding {
        data = Map.copyOf(data);
    }

    public static Finding of(DiagnosticCode code, EObject object, String message, Map<String, Object> data) {
        return new Finding(code, code.severity(), object, message, data);
    }

    public static Finding of(DiagnosticCode code, EObject object, String message) {
        return of(code, object, message, Map.of());
    }

    /** The object's URI: its resource and its id. */
    public URI uri() {
        return EcoreUtil.getURI(object);
    }
}
