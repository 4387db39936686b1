package org.wasmpart.ui.internal.editor;

import java.util.List;

/**
 * The pages of the design editor in tab order. Pages built as widgets elsewhere (the permission
 * matrix and the memory map in {@code org.wasmpart.ui.internal.widgets}) join by adding their
 * factory here.
 */
public final class DesignPages {

    private DesignPages() {
    }

    public static List<DesignPageFactory> all() {
        return List.of(OverviewPage.FACTORY, ModulesPage.FACTORY, RegionsPage.FACTORY);
    }
}
