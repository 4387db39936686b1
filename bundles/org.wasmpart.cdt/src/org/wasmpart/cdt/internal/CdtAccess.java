package org.wasmpart.cdt.internal;

import org.eclipse.cdt.core.envvar.IContributedEnvironment;
import org.eclipse.cdt.core.settings.model.ICProjectDescription;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * The few things the adapter asks of CDT's static entry points, behind an interface so that the
 * classes using them can be tested against recording fakes. {@link CdtEntryPoints} is the only
 * implementation that calls CDT.
 */
interface CdtAccess {

    /** Whether the project has the C nature (C and C++ projects both have it). */
    boolean isCProject(IProject project);

    /** The project's description to change, or null when it is no CDT project. */
    ICProjectDescription writableDescription(IProject project);

    /** Makes the changed description the project's, which CDT then persists. */
    void save(IProject project, ICProjectDescription description) throws CoreException;

    /** A new provider of this bundle's extension, to be owned by one configuration. */
    DesignLanguageSettingsProvider newProvider();

    /** The environment variables users (and we) set per configuration. */
    IContributedEnvironment environment();
}
