package org.wasmpart.ui.internal.preferences;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.statushandlers.StatusManager;
import org.wasmpart.ui.internal.builder.GenerateJob;

/** Window > Preferences > wasmpart: what the builder generates in projects without settings of their own. */
public final class GeneratorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneratorPreferencePage() {
        super(GRID);
        setDescription("The wasmpart builder regenerates each design's files when the design is saved. These"
                + " settings apply to every project that has no project-specific settings; changing them"
                + " regenerates those projects' designs.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, GeneratorPreferences.QUALIFIER));
    }

    /** Regenerates the projects that follow these settings when they change. */
    @Override
    public boolean performOk() {
        GeneratorSettings before = GeneratorPreferences.ofWorkspace();
        if (!super.performOk()) {
            return false;
        }
        if (!GeneratorPreferences.ofWorkspace().equals(before)) {
            try {
                GenerateJob job = GenerateJob.forWorkspaceSettings();
                if (!job.designs().isEmpty()) {
                    job.schedule();
                }
            } catch (CoreException e) {
                StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
            }
        }
        return true;
    }

    @Override
    protected void createFieldEditors() {
        GeneratorFieldEditors.create(getFieldEditorParent()).forEach(this::addField);
    }
}
