package org.wasmpart.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Board;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmpartPackage;

/** The core behaves inside OSGi as it does on a plain class path. */
class CoreInOsgiTest {

    @Test
    void runsInsideOsgi() {
        assertTrue(Platform.isRunning());
        assertEquals("org.wasmpart.core", FrameworkUtil.getBundle(BuiltInCatalog.class).getSymbolicName());
    }

    @Test
    void catalogReferencesResolveFromTheBundle() {
        BuiltInCatalog catalog = BuiltInCatalog.load();
        assertTrue(catalog.boards().size() >= 12);
        Board rp2040 = catalog.board("rp2040").orElseThrow();
        assertFalse(rp2040.getCores().isEmpty());
        assertFalse(rp2040.getBanks().isEmpty());
    }

    @Test
    void theModelIsRegisteredThroughTheExtensionRegistry() {
        assertEquals(WasmpartPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(WasmpartPackage.eNS_URI));
    }

    @Test
    void designFilesHaveTheirContentType() {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("x.wasmpart");
        assertNotNull(type, "no content type for .wasmpart");
        assertEquals("org.wasmpart.design", type.getId());
    }

    @Test
    void everyExampleLoadsInOsgiWithItsCatalogReferencesResolved() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(examplesFolder())) {
            examples = files.filter(f -> f.toString().endsWith(".wasmpart")).toList();
        }
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            Design design = DesignIO.load(example);
            assertFalse(design.getBoard().eIsProxy(), example.toString());
            assertNotNull(design.getBoard().getId(), example.toString());
            assertFalse(design.getRuntime().eIsProxy(), example.toString());
        }
    }

    private static Path examplesFolder() throws IOException {
        Path p = Path.of("../../examples");
        if (!Files.isDirectory(p)) {
            throw new IOException("examples not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
