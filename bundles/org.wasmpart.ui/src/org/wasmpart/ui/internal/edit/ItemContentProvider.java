package org.wasmpart.ui.internal.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree of model objects as their EMF.Edit item providers see it (emf.edit.ui, which has this
 * adapter, is not on Maven Central). A resource as input shows its root objects.
 */
public final class ItemContentProvider implements ITreeContentProvider {

    private final AdapterFactory factory;

    public ItemContentProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Resource r ? r.getContents().toArray() : getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return provider(parent).map(p -> p.getChildren(parent)).orElse(List.of()).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return provider(element).map(p -> p.getParent(element)).orElse(null);
    }

    @Override
    public boolean hasChildren(Object element) {
        return provider(element).map(p -> p.hasChildren(element)).orElse(false);
    }

    private Optional<ITreeItemContentProvider> provider(Object element) {
        return factory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p
                ? Optional.of(p)
                : Optional.empty();
    }
}
