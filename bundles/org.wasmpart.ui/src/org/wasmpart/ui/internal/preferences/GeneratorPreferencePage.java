package org.wasmpart.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > wasmpart: what the builder generates in projects without settings of their own. */
public final class GeneratorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneratorPreferencePage() {
        super(GRID);
        setDescription("The wasmpart builder regenerates each design's files when the design is saved. These"
                + " settings apply to every project that has no project-specific settings; changes take effect"
                + " on the next build.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, GeneratorPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        GeneratorFieldEditors.create(getFieldEditorParent()).forEach(this::addField);
    }
}
