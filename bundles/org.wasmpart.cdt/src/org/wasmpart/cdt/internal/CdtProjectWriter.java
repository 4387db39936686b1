package org.wasmpart.cdt.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.cdt.core.envvar.IContributedEnvironment;
import org.eclipse.cdt.core.envvar.IEnvironmentVariable;
import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvider;
import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvidersKeeper;
import org.eclipse.cdt.core.settings.model.ICConfigurationDescription;
import org.eclipse.cdt.core.settings.model.ICProjectDescription;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/**
 * Writes {@link CdtSettings} into every configuration of a CDT project, and takes them out again:
 * a provider of {@link DesignLanguageSettingsProvider}'s kind holding the entries in each
 * configuration's list of language settings providers, and the variables in each configuration's
 * environment. Every change is made on one writable project description, which CDT takes over when
 * it is saved at the end.
 */
final class CdtProjectWriter {

    private final CdtAccess cdt;

    CdtProjectWriter(CdtAccess cdt) {
        this.cdt = cdt;
    }

    /**
     * Sets the settings, replacing the provider an earlier connection added (in its place in the
     * list) and removing the variables it set that these settings no longer have.
     *
     * @param previousVariables the names of the variables the project's connection set before
     */
    void apply(IProject project, CdtSettings settings, Collection<String> previousVariables) throws CoreException {
        ICProjectDescription description = description(project);
        IContributedEnvironment environment = cdt.environment();
        for (ICConfigurationDescription cfg : description.getConfigurations()) {
            ILanguageSettingsProvidersKeeper keeper = keeper(project, cfg);
            DesignLanguageSettingsProvider provider = cdt.newProvider();
            // null configuration: the entries are the provider's, and it belongs to this configuration only
            provider.setSettingEntries(null, null, null, settings.entries());
            keeper.setLanguageSettingProviders(withProvider(keeper.getLanguageSettingProviders(), provider));
            for (String stale : previousVariables) {
                if (!settings.environment().containsKey(stale)) {
                    environment.removeVariable(stale, cfg);
                }
            }
            settings.environment().forEach((name, value) -> environment.addVariable(name, value,
                    IEnvironmentVariable.ENVVAR_REPLACE, null, cfg));
        }
        cdt.save(project, description);
    }

    /** Takes the provider out of every configuration and removes the variables the connection set. */
    void remove(IProject project, Collection<String> variables) throws CoreException {
        ICProjectDescription description = description(project);
        IContributedEnvironment environment = cdt.environment();
        for (ICConfigurationDescription cfg : description.getConfigurations()) {
            ILanguageSettingsProvidersKeeper keeper = keeper(project, cfg);
            keeper.setLanguageSettingProviders(keeper.getLanguageSettingProviders().stream()
                    .filter(p -> !DesignLanguageSettingsProvider.ID.equals(p.getId())).toList());
            for (String name : variables) {
                environment.removeVariable(name, cfg);
            }
        }
        cdt.save(project, description);
    }

    private ICProjectDescription description(IProject project) throws CoreException {
        ICProjectDescription description = cdt.writableDescription(project);
        if (description == null) {
            throw new CoreException(Status.error(project.getName() + " is no C/C++ project"));
        }
        return description;
    }

    /** CDT 8.1 and later keep providers in every configuration; older project kinds cannot hold ours. */
    private static ILanguageSettingsProvidersKeeper keeper(IProject project, ICConfigurationDescription cfg)
            throws CoreException {
        if (cfg instanceof ILanguageSettingsProvidersKeeper keeper) {
            return keeper;
        }
        throw new CoreException(Status.error("configuration " + cfg.getName() + " of " + project.getName()
                + " keeps no language settings providers, so wasmpart cannot give it the generated settings"));
    }

    private static List<ILanguageSettingsProvider> withProvider(List<ILanguageSettingsProvider> providers,
            DesignLanguageSettingsProvider provider) {
        List<ILanguageSettingsProvider> result = new ArrayList<>(providers);
        for (int i = 0; i < result.size(); i++) {
            if (DesignLanguageSettingsProvider.ID.equals(result.get(i).getId())) {
                result.set(i, provider);
                return result;
            }
        }
        result.add(provider);
        return result;
    }
}
