package org.wasmpart.cdt.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.eclipse.cdt.core.settings.model.CIncludePathEntry;
import org.eclipse.cdt.core.settings.model.CMacroEntry;
import org.eclipse.cdt.core.settings.model.ICLanguageSettingEntry;
import org.eclipse.cdt.core.settings.model.ICSettingEntry;
import org.wasmpart.core.generate.ProjectSettings;

/**
 * A design's {@link ProjectSettings} as CDT takes them: include paths and macros as language
 * settings entries, the fragments' variables as environment variables of each configuration (which
 * CDT also offers as build variables, {@code ${NAME}}). What to set is the core's; this only maps it.
 *
 * @param entries     include paths (workspace paths) then macros, in the settings' order
 * @param environment variable names and values, in the fragments' order
 */
record CdtSettings(List<ICLanguageSettingEntry> entries, SequencedMap<String, String> environment) {

    CdtSettings {
        entries = List.copyOf(entries);
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
    }

    static CdtSettings of(ProjectSettings settings, GeneratedFolder folder) {
        List<ICLanguageSettingEntry> entries = new ArrayList<>();
        for (String include : settings.includeFolders()) {
            entries.add(new CIncludePathEntry(folder.workspacePath().append(include), ICSettingEntry.VALUE_WORKSPACE_PATH));
        }
        for (ProjectSettings.Macro m : settings.macros()) {
            entries.add(new CMacroEntry(m.name(), m.value(), ICSettingEntry.NONE));
        }
        SequencedMap<String, String> environment = new LinkedHashMap<>();
        for (ProjectSettings.Variable v : settings.variables()) {
            environment.put(v.name(), switch (v) {
                case ProjectSettings.Variable.Text t -> t.value();
                case ProjectSettings.Variable.FilePath f -> folder.location().append(f.path()).toString();
            });
        }
        return new CdtSettings(entries, environment);
    }

    /**
     * SHA-256 over everything these settings set, so that an update which would set the same can
     * leave the project description alone (saving it makes CDT look at the project again).
     */
    String fingerprint() {
        StringBuilder s = new StringBuilder();
        entries.forEach(e -> s.append(e).append('\n'));
        environment.forEach((name, value) -> s.append(name).append('=').append(value).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
