package org.wasmpart.ui.internal.edit;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from the EMF.Edit item providers; icons live as long as this provider. */
public final class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        return factory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p ? p.getText(element)
                : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        // item providers give a URL, or a composed image for objects in another resource (never here)
        if (factory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p
                && p.getImage(element) instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
