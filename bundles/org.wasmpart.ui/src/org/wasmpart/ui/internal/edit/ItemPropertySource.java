package org.wasmpart.ui.internal.edit;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of one model object, through EMF.Edit: values are set by the
 * descriptors, which run a {@code SetCommand} on the object's editing domain, so every change made
 * here is on the editor's command stack and undoable.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final List<ItemPropertyDescriptorAdapter> descriptors;

    ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.descriptors = source.getPropertyDescriptors(object).stream()
                .map(d -> new ItemPropertyDescriptorAdapter(object, d)).toList();
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor.getFeature(object) instanceof EAttribute a && a.isUnsettable() && !descriptor.isPropertySet(object)) {
            return null; // shown empty: an unset base is for the layout to choose, not 0x00000000
        }
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!Objects.equals(value, getPropertyValue(id))) {
            descriptor(id).setPropertyValue(object, value);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return descriptors.stream().map(ItemPropertyDescriptorAdapter::descriptor)
                .filter(d -> id.equals(d.getId(object))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no property " + id + " on " + object));
    }
}
