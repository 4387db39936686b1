package org.wasmpart.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.core.generate.Artifact;
import org.wasmpart.core.generate.ReferenceTypesPolicy;

/** The generator's settings as field editors, the same on the workspace page and a project's. */
final class GeneratorFieldEditors {

    private GeneratorFieldEditors() {
    }

    static List<FieldEditor> create(Composite parent) {
        List<FieldEditor> editors = new ArrayList<>();
        editors.add(new OutputFolderFieldEditor(parent));
        for (Artifact kind : Artifact.values()) {
            editors.add(new BooleanFieldEditor(GeneratorPreferences.artifactKey(kind), "Generate " + kind.label(),
                    parent));
        }
        String[][] policies = Arrays.stream(ReferenceTypesPolicy.values())
                .map(p -> new String[] { p.label(), p.id() }).toArray(String[][]::new);
        editors.add(new RadioGroupFieldEditor(GeneratorPreferences.REFERENCE_TYPES,
                "Flags that keep &reference types out of modules", 1, policies, parent, true));
        editors.add(new BooleanFieldEditor(GeneratorPreferences.OVERWRITE_EDITED,
                "Overwrite generated files &edited by hand (otherwise they are kept and a warning says so)", parent));
        return editors;
    }
}
