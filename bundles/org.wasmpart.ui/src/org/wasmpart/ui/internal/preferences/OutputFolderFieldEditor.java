package org.wasmpart.ui.internal.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** The output folder, refused unless it is a relative path that stays inside the project. */
final class OutputFolderFieldEditor extends StringFieldEditor {

    OutputFolderFieldEditor(Composite parent) {
        super(GeneratorPreferences.OUTPUT_FOLDER, "&Output folder:", parent);
    }

    @Override
    protected boolean checkState() {
        String problem = GeneratorPreferences.validFolder(getStringValue());
        if (problem == null) {
            clearErrorMessage();
        } else {
            showErrorMessage(problem);
        }
        return problem == null;
    }
}
