package org.wasmpart.ui.internal.editor;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.ui.internal.edit.ChoiceCellEditor;

/** Picks a cell's value from a list (a bank, an access discipline); the change is a command. */
final class ChoiceEditing extends EditingSupport {

    private final EditingDomain domain;
    private final Supplier<List<?>> choices;
    private final Function<Object, String> label;
    private final Function<Object, Object> value;
    private final BiFunction<Object, Object, Command> change;
    private ChoiceCellEditor editor;

    /**
     * @param value  the element's current choice
     * @param change the command that gives the element another choice
     */
    ChoiceEditing(ColumnViewer viewer, EditingDomain domain, Supplier<List<?>> choices, Function<Object, String> label,
            Function<Object, Object> value, BiFunction<Object, Object, Command> change) {
        super(viewer);
        this.domain = domain;
        this.choices = choices;
        this.label = label;
        this.value = value;
        this.change = change;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        // the choices depend on the design (the board's banks), so they are read at each edit
        if (editor != null) {
            editor.dispose();
        }
        editor = new ChoiceCellEditor((Composite) getViewer().getControl(), choices.get(), label);
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return value.apply(element);
    }

    @Override
    protected void setValue(Object element, Object chosen) {
        if (!Objects.equals(chosen, value.apply(element))) {
            domain.getCommandStack().execute(change.apply(element, chosen));
        }
    }
}
