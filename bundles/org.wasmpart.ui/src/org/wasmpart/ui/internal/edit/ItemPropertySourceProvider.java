package org.wasmpart.ui.internal.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for model objects, from their EMF.Edit item providers. */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory factory;

    public ItemPropertySourceProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        return factory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source
                ? new ItemPropertySource(object, source)
                : null;
    }
}
