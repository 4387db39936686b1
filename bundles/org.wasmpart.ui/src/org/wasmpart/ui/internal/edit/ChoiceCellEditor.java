package org.wasmpart.ui.internal.edit;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down of the values a feature may take (enumerators, catalog objects, nothing), whose
 * value is the chosen object rather than its index.
 */
public final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<?> choices;

    public ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> label) {
        super(parent, choices.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 ? null : choices.get(index);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(choices.indexOf(value));
    }
}
