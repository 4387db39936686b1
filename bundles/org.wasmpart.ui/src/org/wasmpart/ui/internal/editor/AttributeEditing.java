package org.wasmpart.ui.internal.editor;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.ui.internal.edit.AttributeCellEditor;

/**
 * Edits one attribute in a table cell as text ({@code 4K}, {@code 0x1000}, {@code 64 KiB} for
 * sizes). A valid change runs a {@code SetCommand}; an invalid text shows the parser's message and
 * changes nothing.
 */
final class AttributeEditing extends EditingSupport {

    private final EditingDomain domain;
    private final EAttribute attribute;
    private final Consumer<String> message;
    private AttributeCellEditor editor;

    /** @param message shows a problem with the typed text; "" when there is none */
    AttributeEditing(ColumnViewer viewer, EditingDomain domain, EAttribute attribute, Consumer<String> message) {
        super(viewer);
        this.domain = domain;
        this.attribute = attribute;
        this.message = message;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        if (editor == null) {
            editor = new AttributeCellEditor((Composite) getViewer().getControl(), attribute);
            editor.addListener(new ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    message.accept(newValidState ? "" : editor.getErrorMessage());
                }

                @Override
                public void applyEditorValue() {
                    if (!editor.isValueValid()) {
                        message.accept(editor.getErrorMessage());
                    }
                }

                @Override
                public void cancelEditor() {
                    message.accept("");
                }
            });
        }
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        EObject object = (EObject) element;
        return attribute.isUnsettable() && !object.eIsSet(attribute) ? null : object.eGet(attribute);
    }

    @Override
    protected void setValue(Object element, Object value) {
        if (!editor.isValueValid() || Objects.equals(value, getValue(element))) {
            return;
        }
        domain.getCommandStack().execute(SetCommand.create(domain, element, attribute,
                value == null ? SetCommand.UNSET_VALUE : value));
    }
}
