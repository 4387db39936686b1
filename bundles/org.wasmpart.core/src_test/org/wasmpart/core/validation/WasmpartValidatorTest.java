package org.wasmpart.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmpartPackage;

/** wasmpart's rules reach EMF's Diagnostician, with the code and fix data markers need. */
class WasmpartValidatorTest {

    @TempDir
    Path dir;

    @Test
    void theDiagnosticianReportsWasmpartFindingsWithTheirData() throws Exception {
        Design design = TestDesigns.load(dir, TestDesigns.f4("<modules id=\"m\" name=\"uplink-task\"/>"));
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(WasmpartPackage.eINSTANCE, new WasmpartValidator(DesignValidator.standard()));
        Diagnostic result = new Diagnostician(registry).validate(design);

        assertEquals(Diagnostic.ERROR, result.getSeverity());
        Diagnostic d = result.getChildren().stream().filter(c -> c.getCode() == DiagnosticCode.NAME_NOT_C_IDENTIFIER.number())
                .findFirst().orElseThrow(() -> new AssertionError(result.getChildren().toString()));
        assertEquals(DiagnosticCode.SOURCE, d.getSource());
        assertSame(design.getModules().get(0), d.getData().get(0));
        assertEquals("wasmpart.name.notCIdentifier", d.getData().get(1));
        assertEquals("uplink_task", ((Map<?, ?>) d.getData().get(2)).get("suggestedName"));
        assertTrue(d.getMessage().contains("uplink-task"), d.getMessage());
    }
}
