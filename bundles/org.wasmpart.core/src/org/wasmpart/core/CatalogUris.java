package org.wasmpart.core;

import org.eclipse.emf.common.util.URI;

/**
 * Addresses of the built-in catalog. Designs refer to catalog objects through these URIs and the
 * object's id, e.g. {@code wasmpart:/catalog/boards#stm32f407vg}, so a reference survives any
 * reordering of the catalog and reads well in a diff.
 */
public final class CatalogUris {

    public static final String SCHEME = "wasmpart";
    public static final URI BOARDS = URI.createURI("wasmpart:/catalog/boards");
    public static final URI PROFILES = URI.createURI("wasmpart:/catalog/profiles");
    public static final URI RUNTIMES = URI.createURI("wasmpart:/catalog/runtimes");
    public static final URI OPTIONS = URI.createURI("wasmpart:/catalog/options");

    private CatalogUris() {
    }

    public static boolean isCatalog(URI uri) {
        return SCHEME.equals(uri.scheme());
    }
}
