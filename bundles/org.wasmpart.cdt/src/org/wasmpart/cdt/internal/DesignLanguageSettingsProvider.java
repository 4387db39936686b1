package org.wasmpart.cdt.internal;

import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsEditableProvider;
import org.eclipse.cdt.core.language.settings.providers.LanguageSettingsSerializableProvider;

/**
 * The language settings provider a connected project's configurations hold: the include folder of
 * the design's generated header and WAMR's macros, set when the project is connected or updated.
 * It keeps its entries as CDT's own user-entries provider does (LanguageSettingsGenericProvider, a
 * final class): CDT stores them with the project and reads them back by this class's name, which
 * plugin.xml registers. Editable, because only such providers can be owned by one configuration
 * instead of shared by the workspace; an edit lasts until the next update.
 */
public final class DesignLanguageSettingsProvider extends LanguageSettingsSerializableProvider
        implements ILanguageSettingsEditableProvider {

    /** The extension's id in plugin.xml. */
    public static final String ID = "org.wasmpart.cdt.designSettings";

    @Override
    public DesignLanguageSettingsProvider clone() throws CloneNotSupportedException {
        return (DesignLanguageSettingsProvider) super.clone();
    }

    @Override
    public DesignLanguageSettingsProvider cloneShallow() throws CloneNotSupportedException {
        return (DesignLanguageSettingsProvider) super.cloneShallow();
    }
}
