package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.ui.internal.editor.DesignEditor;

@ExtendWith(FailOnLoggedErrors.class)
class DesignEditorTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void anExampleOpensInTheDesignEditorAndShowsTheDesign() throws Exception {
        IProject project = Workbench.newProject("editor-test");
        IFile file = Workbench.copyExample(project, "stm32f4-sensor-hub.wasmpart");

        IEditorPart part = IDE.openEditor(Workbench.page(), file);
        Workbench.flush();

        DesignEditor editor = assertInstanceOf(DesignEditor.class, part, "the .wasmpart content type opens our editor");
        assertNotNull(editor.getDesign(), () -> "problems: " + editor.getProblems());
        assertEquals("stm32f407vg", editor.getDesign().getBoard().getId());

        TreeItem[] top = editor.getTreeViewer().getTree().getItems();
        assertEquals(3, top.length);
        assertTrue(top[0].getText().startsWith("Board STM32F407"), top[0].getText());
        assertTrue(top[1].getText().startsWith("Modules (" + editor.getDesign().getModules().size() + ")"),
                top[1].getText());
        assertEquals(editor.getDesign().getModules().size(), top[1].getItemCount());
        assertTrue(editor.getDetailsText().contains("Grants"), editor.getDetailsText());
        assertTrue(editor.getDetailsText().contains("0x20000000"), editor.getDetailsText());
        editor.getValidation().join();
        Workbench.flush();
        assertTrue(editor.getDetailsText().contains("wasmpart.protection.layoutPending"), editor.getDetailsText());
        Workbench.screenshot("design-editor");
    }

    @Test
    void aBrokenFileOpensWithItsLocatedProblems() throws Exception {
        IProject project = Workbench.newProject("editor-broken");
        IFile file = project.getFile("truncated.wasmpart");
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wasmpart:Design xmlns:wasmpart=\"https://wasmpart.org/model/1.0\"\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

        DesignEditor editor = assertInstanceOf(DesignEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.flush();

        assertNull(editor.getDesign());
        assertTrue(editor.getDetailsText().contains("editor-broken/truncated.wasmpart:"), editor.getDetailsText());
        assertTrue(editor.getDetailsText().contains("malformed XML"), editor.getDetailsText());
    }
}
