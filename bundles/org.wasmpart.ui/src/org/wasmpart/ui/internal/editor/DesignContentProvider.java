package org.wasmpart.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/** The design as a tree: board (cores, units, banks), modules (grants), regions (subpartitions). */
final class DesignContentProvider implements ITreeContentProvider {

    /** A labelled group of children under the design. */
    record Group(String label, List<?> children) {
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Design d) {
            return new Object[] { d.getBoard(), new Group("Modules", d.getModules()),
                    new Group("Shared regions", d.getRegions()) };
        }
        return new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case Group g -> g.children().toArray();
            case Board b -> concat(b.getCores(), b.getBanks());
            case Core c -> c.getProtectionUnits().toArray();
            case WasmModule m -> m.getGrants().toArray();
            case SharedRegion r -> r.getSubpartitions().toArray();
            default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    private static Object[] concat(List<?> a, List<?> b) {
        Object[] all = new Object[a.size() + b.size()];
        System.arraycopy(a.toArray(), 0, all, 0, a.size());
        System.arraycopy(b.toArray(), 0, all, a.size(), b.size());
        return all;
    }
}
