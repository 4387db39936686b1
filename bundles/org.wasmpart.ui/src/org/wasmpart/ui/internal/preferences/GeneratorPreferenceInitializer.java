package org.wasmpart.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.wasmpart.core.generate.Artifact;

/** The defaults both preference pages show and restore: every file, into "generated". */
public final class GeneratorPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(GeneratorPreferences.QUALIFIER);
        defaults.put(GeneratorPreferences.OUTPUT_FOLDER, GeneratorPreferences.DEFAULT_OUTPUT_FOLDER);
        defaults.put(GeneratorPreferences.REFERENCE_TYPES, GeneratorPreferences.DEFAULT_REFERENCE_TYPES.id());
        defaults.putBoolean(GeneratorPreferences.OVERWRITE_EDITED, false);
        defaults.putBoolean(GeneratorPreferences.PROJECT_SPECIFIC, false);
        for (Artifact kind : Artifact.values()) {
            defaults.putBoolean(GeneratorPreferences.artifactKey(kind), true);
        }
    }
}
