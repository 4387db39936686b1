package org.wasmpart.ui.internal.preferences;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.wasmpart.core.generate.Artifact;
import org.wasmpart.core.generate.GenerationOptions;
import org.wasmpart.core.generate.ReferenceTypesPolicy;

/**
 * The generator's settings: the keys, their defaults, and where a project's values come from.
 * Like JDT's, a project either has settings of its own ({@code .settings/org.wasmpart.ui.prefs},
 * shared with the project) and then takes every value from them, or follows the workspace.
 */
public final class GeneratorPreferences {

    /** The node of every scope, and the file name under a project's .settings. */
    public static final String QUALIFIER = "org.wasmpart.ui";
    /** Where a project keeps its own generator settings, relative to the project. */
    public static final IPath PROJECT_SETTINGS = IPath.fromPortableString(".settings/" + QUALIFIER + ".prefs");
    /** Project scope only: the project's own values replace the workspace's. */
    public static final String PROJECT_SPECIFIC = "generator.projectSpecific";
    /** Project-relative folder; each design writes into a folder of its own below it. */
    public static final String OUTPUT_FOLDER = "generator.outputFolder";
    /** {@link ReferenceTypesPolicy#id()}. */
    public static final String REFERENCE_TYPES = "generator.referenceTypes";
    /** Whether a generated file edited by hand is overwritten. */
    public static final String OVERWRITE_EDITED = "generator.overwriteEdited";
    private static final String ARTIFACT_PREFIX = "generator.artifact.";

    public static final String DEFAULT_OUTPUT_FOLDER = "generated";
    public static final ReferenceTypesPolicy DEFAULT_REFERENCE_TYPES = ReferenceTypesPolicy.RUNTIME_PROFILE;

    private GeneratorPreferences() {
    }

    /** Whether the builder writes files of this kind: a key per kind, so each is one check box. */
    public static String artifactKey(Artifact kind) {
        return ARTIFACT_PREFIX + kind.id();
    }

    /** Whether the project has settings of its own. */
    public static boolean projectSpecific(IProject project) {
        return new ProjectScope(project).getNode(QUALIFIER).getBoolean(PROJECT_SPECIFIC, false);
    }

    /** The settings that hold for the project now. */
    public static GeneratorSettings of(IProject project) {
        return projectSpecific(project) ? read(new ProjectScope(project)) : ofWorkspace();
    }

    /** The workspace's settings, which every project without settings of its own follows. */
    public static GeneratorSettings ofWorkspace() {
        return read(InstanceScope.INSTANCE);
    }

    private static GeneratorSettings read(IScopeContext scope) {
        IScopeContext[] scopes = { scope, DefaultScope.INSTANCE };
        IPreferencesService service = Platform.getPreferencesService();
        Set<Artifact> kinds = EnumSet.noneOf(Artifact.class);
        for (Artifact kind : Artifact.values()) {
            if (service.getBoolean(QUALIFIER, artifactKey(kind), true, scopes)) {
                kinds.add(kind);
            }
        }
        ReferenceTypesPolicy policy = ReferenceTypesPolicy
                .byId(service.getString(QUALIFIER, REFERENCE_TYPES, DEFAULT_REFERENCE_TYPES.id(), scopes))
                .orElse(DEFAULT_REFERENCE_TYPES);
        String folder = service.getString(QUALIFIER, OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER, scopes);
        return new GeneratorSettings(validFolder(folder) == null ? IPath.fromPortableString(folder.strip())
                : IPath.fromPortableString(DEFAULT_OUTPUT_FOLDER), new GenerationOptions(kinds, policy),
                service.getBoolean(QUALIFIER, OVERWRITE_EDITED, false, scopes));
    }

    /** Why a text is no output folder, or null when it is one: relative, inside the project. */
    public static String validFolder(String text) {
        String folder = text.strip();
        if (folder.isEmpty()) {
            return "Name a folder of the project, e.g. " + DEFAULT_OUTPUT_FOLDER;
        }
        IPath path = IPath.fromPortableString(folder);
        if (path.isAbsolute() || path.getDevice() != null) {
            return "The output folder must be relative to the project";
        }
        for (String segment : path.segments()) {
            if (segment.equals("..") || segment.equals(".")) {
                return "The output folder must stay inside the project (no '.' or '..')";
            }
        }
        return null;
    }
}
