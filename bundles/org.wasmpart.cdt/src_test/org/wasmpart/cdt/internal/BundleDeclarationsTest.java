package org.wasmpart.cdt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;

import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsEditableProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What CDT and the workbench find of this bundle by name, since no test here runs in them: the
 * extensions name the classes and ids the code uses, and the manifest imports CDT's packages
 * without versions (the jar compiled against is a re-release whose versions say nothing of CDT's).
 */
class BundleDeclarationsTest {

    @Test
    void theProviderExtensionNamesTheProviderClassForCAndCpp() throws Exception {
        PluginXml.Provider provider = PluginXml.read().provider();
        assertEquals(DesignLanguageSettingsProvider.ID, provider.id());
        assertEquals(DesignLanguageSettingsProvider.class.getName(), provider.className());
        assertEquals(List.of("org.eclipse.cdt.core.gcc", "org.eclipse.cdt.core.g++"), provider.languages());
        assertEquals("wasmpart Design Settings", provider.name());
        // CDT lets only editable providers belong to one configuration, and reads them back by class name
        assertTrue(ILanguageSettingsEditableProvider.class.isAssignableFrom(DesignLanguageSettingsProvider.class));
        assertEquals(DesignLanguageSettingsProvider.class,
                new DesignLanguageSettingsProvider().cloneShallow().getClass());
    }

    @Test
    void theMarkerTypeAndItsQuickFixAreTheOnesTheCodeUses() throws Exception {
        PluginXml plugin = PluginXml.read();
        List<Element> marker = plugin.elements("org.eclipse.core.resources.markers");
        assertEquals(AdviceMarkers.TYPE, "org.wasmpart.cdt." + marker.get(0).getAttribute("extension-id"));
        assertEquals(List.of(AdviceMarkers.PROJECT), marker.stream().filter(e -> e.getTagName().equals("attribute"))
                .map(e -> e.getAttribute("name")).toList());
        Element generator = plugin.elements("org.eclipse.ui.ide.markerResolution").get(0);
        assertEquals(AdviceMarkers.TYPE, generator.getAttribute("markerType"));
        assertEquals(ConnectResolutionGenerator.class.getName(), generator.getAttribute("class"));
    }

    @Test
    void everyClassTheExtensionsAndTheComponentNameExists() throws Exception {
        PluginXml plugin = PluginXml.read();
        for (Element command : plugin.elements("org.eclipse.ui.commands")) {
            if (command.hasAttribute("defaultHandler")) {
                Class.forName(command.getAttribute("defaultHandler"));
            }
        }
        Class.forName(plugin.elements("org.eclipse.core.expressions.propertyTesters").get(0).getAttribute("class"));
        String component = Files.readString(Path.of("OSGI-INF/connectionWatcher.xml"));
        assertTrue(component.contains("class=\"" + ConnectionWatcher.class.getName() + "\""), component);
    }

    @Test
    void cdtPackagesAreImportedWithoutVersions() throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        List<String> imports = Arrays.stream(manifest.getMainAttributes().getValue("Import-Package").split(","))
                .map(String::strip).toList();
        assertTrue(imports.stream().allMatch(i -> i.startsWith("org.eclipse.cdt.")), imports.toString());
        assertFalse(imports.stream().anyMatch(i -> i.contains(";")), "CDT's packages are imported with attributes: "
                + imports);
        assertFalse(manifest.getMainAttributes().getValue("Require-Bundle").contains("org.eclipse.cdt"),
                "the bundle requires a CDT bundle");
    }
}
