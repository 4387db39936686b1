package org.wasmpart.cdt.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Keeps each project's {@link Connection} in its project settings ({@code .settings/org.wasmpart.cdt.prefs}),
 * so it survives restarts and travels with the project like CDT's own settings.
 */
final class ConnectionStore {

    /** The preference node, and the name of the file under .settings. */
    static final String QUALIFIER = "org.wasmpart.cdt";
    private static final String DESIGN = "design";
    private static final String VARIABLES = "variables";
    private static final String FINGERPRINT = "fingerprint";

    private ConnectionStore() {
    }

    static Optional<Connection> of(IProject project) {
        IEclipsePreferences node = node(project);
        String design = node.get(DESIGN, "");
        if (design.isEmpty()) {
            return Optional.empty();
        }
        String variables = node.get(VARIABLES, "");
        return Optional.of(new Connection(IPath.fromPortableString(design),
                variables.isEmpty() ? List.of() : Arrays.asList(variables.split(" ")), node.get(FINGERPRINT, "")));
    }

    static void set(IProject project, Connection connection) throws CoreException {
        IEclipsePreferences node = node(project);
        node.put(DESIGN, connection.design().toPortableString());
        // variable names are C macro stems: no spaces
        node.put(VARIABLES, String.join(" ", connection.variables()));
        node.put(FINGERPRINT, connection.fingerprint());
        flush(project, node);
    }

    static void clear(IProject project) throws CoreException {
        IEclipsePreferences node = node(project);
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw failed(project, e);
        }
        flush(project, node);
    }

    private static IEclipsePreferences node(IProject project) {
        return new ProjectScope(project).getNode(QUALIFIER);
    }

    private static void flush(IProject project, IEclipsePreferences node) throws CoreException {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw failed(project, e);
        }
    }

    private static CoreException failed(IProject project, BackingStoreException e) {
        return new CoreException(Status.error("Could not store the wasmpart connection of " + project.getName(), e));
    }
}
