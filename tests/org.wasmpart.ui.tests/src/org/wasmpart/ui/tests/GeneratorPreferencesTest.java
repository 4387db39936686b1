package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.core.generate.Artifact;
import org.wasmpart.core.generate.Generation;
import org.wasmpart.core.generate.ReferenceTypesPolicy;
import org.wasmpart.ui.internal.builder.GenerateJob;
import org.wasmpart.ui.internal.builder.WasmpartNature;
import org.wasmpart.ui.internal.preferences.GeneratorPreferencePage;
import org.wasmpart.ui.internal.preferences.GeneratorPreferences;
import org.wasmpart.ui.internal.preferences.GeneratorPropertyPage;
import org.wasmpart.ui.internal.preferences.GeneratorSettings;

/** The workspace preference page and the project property page, driven through their widgets. */
@ExtendWith(FailOnLoggedErrors.class)
class GeneratorPreferencesTest {

    private static final String PROPERTY_PAGE = "org.wasmpart.ui.properties.generator";
    private static final String PREFERENCE_PAGE = "org.wasmpart.ui.preferences.generator";
    private static final String EXAMPLE = "stm32f4-sensor-hub-bare-metal.wasmpart";
    private static final String DESIGN_FOLDER = "stm32f4-sensor-hub-bare-metal";

    @Test
    void thePropertyPageStoresProjectSpecificSettingsInTheProject() throws Exception {
        IProject project = Workbench.newProject("preferences-project");
        WasmpartNature.add(project, null);
        assertEquals("generated", GeneratorPreferences.of(project).outputFolder().toString());

        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(shell(), project, PROPERTY_PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertInstanceOf(GeneratorPropertyPage.class, dialog.getSelectedPage());
            Text folder = find(dialog.getShell(), Text.class, t -> t.getText().equals("generated"));
            assertFalse(folder.isEnabled(), "the project follows the workspace until it has settings of its own");
            click(find(dialog.getShell(), Button.class, b -> b.getText().contains("project-&specific")));
            assertTrue(folder.isEnabled());
            type(folder, "firmware/generated");
            click(find(dialog.getShell(), Button.class,
                    b -> b.getText().equals(ReferenceTypesPolicy.EVERY_MODULE.label())));
            click(find(dialog.getShell(), Button.class, b -> b.getText().equals("Apply and Close")));
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
        }
        assertTrue(project.getFile(".settings/" + GeneratorPreferences.QUALIFIER + ".prefs").exists());
        assertTrue(new ProjectScope(project).getNode(GeneratorPreferences.QUALIFIER)
                .getBoolean(GeneratorPreferences.PROJECT_SPECIFIC, false));
        GeneratorSettings settings = GeneratorPreferences.of(project);
        assertEquals("firmware/generated", settings.outputFolder().toString());
        assertEquals(ReferenceTypesPolicy.EVERY_MODULE, settings.options().referenceTypes());
        assertEquals(EnumSet.allOf(Artifact.class), settings.options().artifacts(), "the boxes kept their defaults");
        assertFalse(settings.overwriteEdited());
    }

    @Test
    void theWorkspacePageRefusesAnOutputFolderOutsideTheProject() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell(), PREFERENCE_PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            GeneratorPreferencePage page = assertInstanceOf(GeneratorPreferencePage.class, dialog.getSelectedPage());
            Text folder = find(dialog.getShell(), Text.class, t -> t.getText().equals("generated"));
            assertTrue(page.isValid());
            type(folder, "../elsewhere");
            assertFalse(page.isValid());
            assertNotNull(page.getErrorMessage());
            assertTrue(page.getErrorMessage().contains("inside the project"), page.getErrorMessage());
            type(folder, "generated");
            assertTrue(page.isValid());
        } finally {
            dialog.close();
        }
    }

    @Test
    void changingTheWorkspaceSettingsRegeneratesTheProjectsThatFollowThem() throws Exception {
        IProject following = Workbench.newProject("preferences-following");
        WasmpartNature.add(following, null);
        Workbench.copyExample(following, EXAMPLE);
        IProject own = Workbench.newProject("preferences-own");
        WasmpartNature.add(own, null);
        Workbench.copyExample(own, EXAMPLE);
        IEclipsePreferences ownSettings = new ProjectScope(own).getNode(GeneratorPreferences.QUALIFIER);
        ownSettings.putBoolean(GeneratorPreferences.PROJECT_SPECIFIC, true);
        ownSettings.flush();
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        assertTrue(following.getFile("generated/" + DESIGN_FOLDER + "/" + Generation.MANIFEST).exists());

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell(), PREFERENCE_PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            type(find(dialog.getShell(), Text.class, t -> t.getText().equals("generated")), "workspace-generated");
            click(find(dialog.getShell(), Button.class, b -> b.getText().equals("Apply and Close")));
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
            Job.getJobManager().join(GenerateJob.FAMILY, null);
            IEclipsePreferences workspace = InstanceScope.INSTANCE.getNode(GeneratorPreferences.QUALIFIER);
            workspace.remove(GeneratorPreferences.OUTPUT_FOLDER);
            workspace.flush();
        }
        assertTrue(following.getFile("workspace-generated/" + DESIGN_FOLDER + "/" + Generation.MANIFEST).exists(),
                "the project without settings of its own was regenerated into the new folder");
        assertFalse(own.getFolder("workspace-generated").exists(), "the project with its own settings was not");
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** As typing does: the field editor validates when a key is released. */
    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.KeyUp, new Event());
        Workbench.flush();
    }

    private static void click(Button button) {
        button.setSelection(!button.getSelection() || (button.getStyle() & SWT.RADIO) != 0);
        button.notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
    }

    private static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        assertEquals(1, found.size(), "exactly one " + type.getSimpleName() + " should match, found " + found);
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }
}
