package org.wasmpart.ui.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.wasmpart.core.AttributeText;

/**
 * One row of the Properties view for one object, from its EMF.Edit property descriptor: single
 * attributes are typed as text ({@link AttributeCellEditor}), enumerations, booleans and
 * references are picked from the descriptor's choices; lists and contained objects are shown,
 * not edited here.
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    IItemPropertyDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        return switch (descriptor.getFeature(object)) {
            case EAttribute a when a.isMany() -> null;
            case EAttribute a when a.getEAttributeType() instanceof EEnum
                    || a.getEAttributeType().getInstanceClass() == boolean.class ->
                new ChoiceCellEditor(parent, choices(), this::text);
            case EAttribute a -> new AttributeCellEditor(parent, a);
            case EReference r when !r.isMany() && !r.isContainment() -> new ChoiceCellEditor(parent, choices(), this::text);
            default -> null;
        };
    }

    private List<?> choices() {
        Collection<?> offered = descriptor.getChoiceOfValues(object);
        if (offered == null) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        return new ArrayList<>(offered);
    }

    /** A value as the row shows it: sizes and addresses as the file writes them. */
    String text(Object value) {
        if (descriptor.getFeature(object) instanceof EAttribute a && !a.isMany() && value != null) {
            return AttributeText.format(a, value);
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return value == null ? "" : labels.getText(value);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value);
            }
        };
    }

    /** Rows of different objects are never merged: the view shows one object at a time. */
    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
