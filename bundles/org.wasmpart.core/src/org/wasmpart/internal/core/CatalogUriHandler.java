package org.wasmpart.internal.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.wasmpart.core.CatalogUris;

/**
 * Opens {@code wasmpart:/catalog/NAME} from this bundle's class loader, which works the same on a
 * plain class path, in a shaded jar and in OSGi (where a file URL would not exist).
 */
public final class CatalogUriHandler extends URIHandlerImpl {

    static final String RESOURCE_FOLDER = "/org/wasmpart/core/catalog/";

    @Override
    public boolean canHandle(URI uri) {
        return CatalogUris.isCatalog(uri);
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        URL url = locate(uri);
        if (url == null) {
            throw new IOException("no built-in catalog '" + uri.lastSegment() + "' (" + uri + ")");
        }
        return url.openStream();
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return locate(uri) != null;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of(org.eclipse.emf.ecore.resource.URIConverter.ATTRIBUTE_READ_ONLY, Boolean.TRUE);
    }

    private static URL locate(URI uri) {
        if (uri.segmentCount() != 2 || !"catalog".equals(uri.segment(0))) {
            return null;
        }
        return CatalogUriHandler.class.getResource(RESOURCE_FOLDER + uri.segment(1) + ".xmi");
    }
}
