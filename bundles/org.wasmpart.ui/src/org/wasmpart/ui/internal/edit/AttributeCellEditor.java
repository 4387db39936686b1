package org.wasmpart.ui.internal.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.core.AttributeText;

/**
 * A text cell for one attribute: shows the value as the file writes it ({@code 64 KiB},
 * {@code 0x20000000}) and accepts what {@link AttributeText} accepts ({@code 4K}, {@code 0x1000});
 * anything else leaves the cell invalid with the parser's message, and an invalid cell is never
 * applied.
 */
public final class AttributeCellEditor extends TextCellEditor {

    private final EAttribute attribute;

    public AttributeCellEditor(Composite parent, EAttribute attribute) {
        super(parent);
        this.attribute = attribute;
        // the validator sees the typed text, and the model's value when the cell opens
        setValidator(value -> {
            if (!(value instanceof String text)) {
                return null;
            }
            try {
                AttributeText.parse(attribute, text);
                return null;
            } catch (IllegalArgumentException e) {
                // TextCellEditor passes the message through MessageFormat: quote it whole, so the
                // quotes around the typed text stay
                return "'" + e.getMessage().replace("'", "''") + "'";
            }
        });
    }

    /** The parsed value; null for a cleared unsettable attribute. Only called when valid. */
    @Override
    protected Object doGetValue() {
        return AttributeText.parse(attribute, (String) super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(AttributeText.format(attribute, value));
    }
}
