package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.ui.internal.editor.DesignEditor;

/** The editor and its file: changes, deletes and moves underneath, and Save As. */
@ExtendWith(FailOnLoggedErrors.class)
class DesignEditorFileTest {

    private static final String CHANGED = "File Changed";
    private static final String DELETED = "File Deleted";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aCleanEditorShowsTheFileAsItIsNowWithoutAsking() throws Exception {
        DesignEditor editor = open("file-clean");
        try (DialogAnswer answer = DialogAnswer.press(CHANGED, "No")) {
            changeSecondSizeOnDisk(Workbench.fileOf(editor), "8 KiB");
            assertEquals(8192, editor.getDesign().getRegions().get(1).getSize());
            assertEquals(0, answer.asked().size(), "nothing to lose, nothing to ask");
        }
    }

    @Test
    void aDirtyEditorAsksAndKeepsItsEditsWhenTheUserSaysSoThenSavesThemWithoutAskingAgain() throws Exception {
        DesignEditor editor = open("file-keep");
        IFile file = Workbench.fileOf(editor);
        SharedRegion samples = editor.getDesign().getRegions().get(0);
        typeFirstSize(editor, "16K");
        try (DialogAnswer answer = DialogAnswer.press(CHANGED, "No")) {
            changeSecondSizeOnDisk(file, "32 KiB");
            assertEquals(1, answer.asked().size(), "the active dirty editor asks at once");
            assertTrue(answer.asked().get(0).contains("has been changed on the file system"), answer.asked()::toString);
            assertTrue(editor.isDirty());
            assertSame(samples, editor.getDesign().getRegions().get(0), "the edits are kept");
            assertEquals(2048, editor.getDesign().getRegions().get(1).getSize(), "the file's change is not taken");

            editor.doSave(null);
            assertEquals(1, answer.asked().size(), "the user already chose the editor's version");
        }
        assertFalse(editor.isDirty());
        assertTrue(Workbench.text(file).contains("size=\"16 KiB\""), "the editor's edit is saved");
        assertFalse(Workbench.text(file).contains("size=\"32 KiB\""), "over the change the user declined");
    }

    @Test
    void aDirtyEditorTakesTheFilesNewContentsWhenTheUserSaysSo() throws Exception {
        DesignEditor editor = open("file-take");
        IFile file = Workbench.fileOf(editor);
        typeFirstSize(editor, "16K");
        try (DialogAnswer answer = DialogAnswer.press(CHANGED, "Yes")) {
            changeSecondSizeOnDisk(file, "32 KiB");
            assertEquals(1, answer.asked().size());
        }
        assertFalse(editor.isDirty());
        assertEquals(32768, editor.getDesign().getRegions().get(1).getSize());
        assertEquals(4096, editor.getDesign().getRegions().get(0).getSize(), "the edit is gone, as the user chose");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
    }

    @Test
    void anInactiveDirtyEditorAsksWhenItIsActivatedAgain() throws Exception {
        DesignEditor editor = open("file-later");
        IFile file = Workbench.fileOf(editor);
        typeFirstSize(editor, "16K");
        IFile other = Workbench.copyExample(file.getProject(), "esp32c3-pmp-shared-heap.wasmpart");
        IDE.openEditor(Workbench.page(), other);
        Workbench.flush();
        try (DialogAnswer answer = DialogAnswer.press(CHANGED, "Yes")) {
            changeSecondSizeOnDisk(file, "32 KiB");
            assertEquals(0, answer.asked().size(), "no question while the user works in another editor");
            assertTrue(editor.isDirty());
            Workbench.page().activate(editor);
            Workbench.flush();
            assertEquals(1, answer.asked().size(), "asked once it is the active editor");
        }
        assertEquals(32768, editor.getDesign().getRegions().get(1).getSize());
    }

    @Test
    void aDeletedFileClosesACleanEditorAndADirtyOneSavesItBackWhenTheUserSaysSo() throws Exception {
        DesignEditor clean = open("file-deleted-clean");
        Workbench.fileOf(clean).delete(true, null);
        Workbench.flush();
        assertFalse(Arrays.asList(Workbench.page().getEditorReferences()).stream()
                .anyMatch(r -> r.getEditor(false) == clean), "nothing is lost by closing a clean editor");

        DesignEditor dirty = open("file-deleted-dirty");
        IFile file = Workbench.fileOf(dirty);
        typeFirstSize(dirty, "16K");
        try (DialogAnswer answer = DialogAnswer.press(DELETED, "Save")) {
            file.delete(true, null);
            Workbench.flush();
            assertEquals(1, answer.asked().size());
        }
        assertTrue(file.exists(), "saved back where it was");
        assertFalse(dirty.isDirty());
        assertTrue(Workbench.text(file).contains("size=\"16 KiB\""));
    }

    @Test
    void aMovedFileIsFollowedAndSavedAtItsNewPlace() throws Exception {
        DesignEditor editor = open("file-moved");
        IFile file = Workbench.fileOf(editor);
        file.move(file.getFullPath().removeLastSegments(1).append("renamed.wasmpart"), true, null);
        Workbench.flush();
        IFile renamed = file.getProject().getFile("renamed.wasmpart");
        assertEquals(renamed, Workbench.fileOf(editor));
        assertEquals("renamed.wasmpart", editor.getPartName());

        typeFirstSize(editor, "16K");
        editor.doSave(null);
        assertFalse(file.exists());
        assertTrue(Workbench.text(renamed).contains("size=\"16 KiB\""));
    }

    @Test
    void saveAsWritesACopyThatTheEditorThenEditsAndLeavesTheOriginalAlone() throws Exception {
        DesignEditor editor = open("file-save-as");
        IFile original = Workbench.fileOf(editor);
        String before = Workbench.text(original);
        typeFirstSize(editor, "16K");
        assertTrue(editor.isSaveAsAllowed());

        try (DialogAnswer answer = DialogAnswer.with("Save As", shell -> {
            DialogAnswer.fieldAfter(shell, "File name:").setText("copy");
            DialogAnswer.press(shell, "OK");
        })) {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.saveAs",
                    null);
            Workbench.flush();
            assertEquals(1, answer.asked().size(), "File > Save As opens the workbench's Save As dialog");
        }
        IFile copy = original.getProject().getFile("copy.wasmpart");
        assertTrue(copy.exists(), "the extension is added when the name has none");
        assertTrue(Workbench.text(copy).contains("size=\"16 KiB\""));
        assertEquals(before, Workbench.text(original), "the original is untouched");
        assertEquals(copy, Workbench.fileOf(editor));
        assertFalse(editor.isDirty());

        typeFirstSize(editor, "32K");
        editor.doSave(null);
        assertTrue(Workbench.text(copy).contains("size=\"32 KiB\""), "later saves go to the copy");
        assertEquals(before, Workbench.text(original));
    }

    private static DesignEditor open(String projectName) throws Exception {
        return Workbench.openExample(projectName, "stm32f4-sensor-hub.wasmpart");
    }

    /** Types a size for the first region into the Regions table, as a user would. */
    private static void typeFirstSize(DesignEditor editor, String size) {
        EditorDriver ui = new EditorDriver(editor);
        ui.type(ui.regions(), editor.getDesign().getRegions().get(0), EditorDriver.SIZE, size);
    }

    /** Changes the second region's size (2 KiB in the example) in the file, behind the editor's back. */
    private static void changeSecondSizeOnDisk(IFile file, String size) throws CoreException, IOException {
        write(file, Workbench.text(file).replace("size=\"2 KiB\"", "size=\"" + size + "\""));
    }

    private static void write(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Workbench.flush();
    }
}
