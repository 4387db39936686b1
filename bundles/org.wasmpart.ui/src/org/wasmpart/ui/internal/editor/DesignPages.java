package org.wasmpart.ui.internal.editor;

import java.util.List;

/**
 * The pages of the design editor in tab order; the permission matrix and the memory map are
 * widgets of {@code org.wasmpart.ui.internal.widgets} wrapped as pages.
 */
public final class DesignPages {

    private DesignPages() {
    }

    public static List<DesignPageFactory> all() {
        return List.of(OverviewPage.FACTORY, ModulesPage.FACTORY, RegionsPage.FACTORY, PermissionMatrixPage.FACTORY,
                MemoryMapPage.FACTORY);
    }
}
