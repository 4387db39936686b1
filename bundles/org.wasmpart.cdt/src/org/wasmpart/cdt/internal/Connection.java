package org.wasmpart.cdt.internal;

import java.util.List;

import org.eclipse.core.runtime.IPath;

/**
 * A CDT project's link to a design, as {@link ConnectionStore} keeps it.
 *
 * @param design      the design file's full path in the workspace (it may live in another project)
 * @param variables   the names of the environment variables the last update set, so that the next
 *                    one and a disconnection remove exactly those
 * @param fingerprint {@link CdtSettings#fingerprint()} of what the last update set
 */
record Connection(IPath design, List<String> variables, String fingerprint) {

    Connection {
        variables = List.copyOf(variables);
    }

    /** What connecting the project to the design with the settings stores. */
    static Connection of(IPath design, CdtSettings settings) {
        return new Connection(design, List.copyOf(settings.environment().keySet()), settings.fingerprint());
    }

    /**
     * Whether applying the settings of the design would set what this connection last set, so an
     * update on the design's change can leave the project alone. (Connect and Update apply anyway:
     * they also restore settings someone changed in the project.)
     */
    boolean alreadySets(IPath design, CdtSettings settings) {
        return this.design.equals(design) && fingerprint.equals(settings.fingerprint());
    }
}
