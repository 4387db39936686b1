package org.wasmpart.core;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wasmpart.internal.core.CatalogUriHandler;
import org.wasmpart.model.Design;
import org.wasmpart.model.WasmpartPackage;

/**
 * The one place that sets up EMF for wasmpart files, so that a design reads and writes the same
 * in a plain JVM (CLI, Maven) and in Eclipse.
 */
public final class WasmpartResources {

    public static final String DESIGN_EXTENSION = "wasmpart";

    private WasmpartResources() {
    }

    /** A resource set that knows the model, {@code .wasmpart} files and the built-in catalog. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(WasmpartPackage.eNS_URI, WasmpartPackage.eINSTANCE);
        XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DESIGN_EXTENSION, xmi);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", xmi);
        rs.getResourceFactoryRegistry().getProtocolToFactoryMap().put(CatalogUris.SCHEME, xmi);
        rs.getURIConverter().getURIHandlers().add(0, new CatalogUriHandler());
        rs.getLoadOptions().putAll(loadOptions());
        return rs;
    }

    /**
     * A copy of the design for work that must not touch the original (a layout tried, a job on
     * another thread), as the root of its own resource at {@code uri} in a fresh resource set:
     * commands on it record their changes as they would on a loaded design, and findings about it
     * name {@code uri}. References to catalog objects lead to the same objects, which no one edits.
     */
    public static Design detachedCopy(Design design, URI uri) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Design copy = (Design) copier.copy(design);
        copier.copyReferences();
        Resource resource = new XMIResourceFactoryImpl().createResource(uri);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(copy);
        return copy;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
        return options;
    }

    /**
     * Saving writes every reference as {@code attr="URI#id"}: ids keep references stable when
     * objects move or are renamed, and attributes keep diffs one line per object.
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        return options;
    }
}
