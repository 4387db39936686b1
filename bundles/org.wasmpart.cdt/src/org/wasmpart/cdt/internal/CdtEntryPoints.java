package org.wasmpart.cdt.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.cdt.core.CCorePlugin;
import org.eclipse.cdt.core.envvar.IContributedEnvironment;
import org.eclipse.cdt.core.envvar.IEnvironmentVariableManager;
import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvider;
import org.eclipse.cdt.core.language.settings.providers.LanguageSettingsManager;
import org.eclipse.cdt.core.model.CoreModel;
import org.eclipse.cdt.core.settings.model.ICProjectDescription;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * The one place that calls CDT's static entry points. Never run here: CDT is not available as a
 * runtime on the registries this project builds from (docs/CDT.md).
 */
final class CdtEntryPoints implements CdtAccess {

    static final CdtAccess INSTANCE = new CdtEntryPoints();

    private CdtEntryPoints() {
    }

    @Override
    public boolean isCProject(IProject project) {
        return CoreModel.hasCNature(project);
    }

    @Override
    public ICProjectDescription writableDescription(IProject project) {
        return CoreModel.getDefault().getProjectDescription(project, true);
    }

    @Override
    public void save(IProject project, ICProjectDescription description) throws CoreException {
        CoreModel.getDefault().setProjectDescription(project, description);
    }

    /** A copy of the extension (its id, name and languages from plugin.xml), its entries kept in the project. */
    @Override
    public DesignLanguageSettingsProvider newProvider() {
        ILanguageSettingsProvider copy = LanguageSettingsManager
                .getExtensionProviderCopy(DesignLanguageSettingsProvider.ID, false);
        if (!(copy instanceof DesignLanguageSettingsProvider provider)) {
            throw new IllegalStateException("CDT knows no language settings provider " + DesignLanguageSettingsProvider.ID
                    + " of this bundle: " + copy);
        }
        // in .settings/language.settings.xml, shared with the project like the connection itself
        LanguageSettingsManager.setStoringEntriesInProjectArea(provider, true);
        return provider;
    }

    /**
     * CCorePlugin.getDefault().getBuildEnvironmentManager(), public API of CDT's CCorePlugin, called
     * by name: the CCorePlugin of the jar this bundle compiles against (io.joern:eclipse-cdt-core)
     * is cut down to its logging methods, while the interfaces it returns are complete.
     */
    @Override
    public IContributedEnvironment environment() {
        try {
            Object plugin = CCorePlugin.class.getMethod("getDefault").invoke(null);
            Object manager = plugin.getClass().getMethod("getBuildEnvironmentManager").invoke(plugin);
            return ((IEnvironmentVariableManager) manager).getContributedEnvironment();
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CDT's build environment cannot be reached through CCorePlugin", e);
        }
    }
}
