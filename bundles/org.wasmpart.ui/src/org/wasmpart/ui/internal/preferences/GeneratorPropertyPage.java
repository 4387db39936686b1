package org.wasmpart.ui.internal.preferences;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Project > Properties > wasmpart: settings of the project's own, stored in
 * {@code .settings/org.wasmpart.ui.prefs} so they travel with the project. Saving them changes a
 * file of the project, which makes the builder regenerate every design.
 */
public final class GeneratorPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {

    private IAdaptable element;
    private BooleanFieldEditor projectSpecific;
    private List<FieldEditor> settings;

    public GeneratorPropertyPage() {
        super(GRID);
        setDescription("Settings of this project's own replace the workspace's (Window > Preferences > wasmpart).");
    }

    @Override
    public IAdaptable getElement() {
        return element;
    }

    @Override
    public void setElement(IAdaptable element) {
        this.element = element;
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(new ProjectScope(Adapters.adapt(element, IProject.class)),
                GeneratorPreferences.QUALIFIER);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        projectSpecific = new BooleanFieldEditor(GeneratorPreferences.PROJECT_SPECIFIC,
                "Enable project-&specific settings", parent);
        addField(projectSpecific);
        settings = GeneratorFieldEditors.create(parent);
        settings.forEach(this::addField);
    }

    @Override
    protected void initialize() {
        super.initialize();
        enableSettings(projectSpecific.getBooleanValue());
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getSource() == projectSpecific) {
            enableSettings(projectSpecific.getBooleanValue());
        }
    }

    private void enableSettings(boolean enabled) {
        for (FieldEditor editor : settings) {
            editor.setEnabled(enabled, getFieldEditorParent());
        }
    }
}
