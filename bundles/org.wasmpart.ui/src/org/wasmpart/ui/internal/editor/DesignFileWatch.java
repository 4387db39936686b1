package org.wasmpart.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Keeps a design editor in step with its file as Eclipse's text editors do. A clean editor shows
 * the file as it is (reloads on change, closes on delete); a dirty one asks, when it is or next
 * becomes the active part, whether to take the file's new contents or keep its own edits, and
 * whether to save or close when its file was deleted, so no edit is lost without being asked.
 * A moved or renamed file is followed.
 */
final class DesignFileWatch implements IResourceChangeListener, IPartListener2 {

    private static final String CHANGED_TITLE = "File Changed";
    private static final String DELETED_TITLE = "File Deleted";

    private static final int YES = 0;
    private static final int NO = 1;
    private static final int SAVE = 0;
    private static final int CLOSE = 1;

    private final DesignEditor editor;
    /** The file stamp whose contents the user chose not to take: not asked about again, nor on save. */
    private long declined = IResource.NULL_STAMP;
    private boolean asking;

    DesignFileWatch(DesignEditor editor) {
        this.editor = editor;
    }

    void start() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        editor.getSite().getPage().addPartListener(this);
    }

    void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        editor.getSite().getPage().removePartListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile file = editor.file();
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        boolean moved = delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0;
        boolean relevant = delta.getKind() == IResourceDelta.REMOVED
                || (delta.getKind() == IResourceDelta.CHANGED
                        && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0);
        if (!relevant) {
            return;
        }
        editor.getSite().getShell().getDisplay().asyncExec(() -> {
            if (editor.isClosed() || !file.equals(editor.file())) {
                return;
            }
            if (moved) {
                editor.follow(file.getWorkspace().getRoot().getFile(delta.getMovedToPath()));
            } else if (!editor.isDirty() || editor.getSite().getPage().getActivePart() == editor) {
                check();
            }
        });
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == editor) {
            check();
        }
    }

    /** Brings the editor in step with its file, asking first when that would lose unsaved edits. */
    private void check() {
        IFile file = editor.file();
        if (asking || editor.isClosed()) {
            return;
        }
        asking = true;
        try {
            if (!file.exists()) {
                int answer = editor.isDirty() ? ask(DELETED_TITLE, "The file " + file.getFullPath().makeRelative()
                        + " has been deleted from the file system. Do you want to save your changes or close the"
                        + " editor without saving?", "&Save", "&Close") : CLOSE;
                // dismissing the question keeps the editor and its edits: it asks again when next activated
                if (answer == SAVE) {
                    editor.doSave(null);
                } else if (answer == CLOSE) {
                    editor.close();
                }
            } else if (file.getModificationStamp() != editor.loadedStamp()
                    && file.getModificationStamp() != declined) {
                int answer = editor.isDirty() ? ask(CHANGED_TITLE, "The file " + file.getFullPath().makeRelative()
                        + " has been changed on the file system. Do you want to replace the editor contents with"
                        + " these changes?", "&Yes", "&No") : YES;
                if (answer == YES) {
                    editor.revert();
                } else if (answer == NO) {
                    declined = file.getModificationStamp();
                }
            }
        } finally {
            asking = false;
        }
    }

    /**
     * Whether saving may write over the file: asks when it changed on disk since it was loaded
     * and the user has not already chosen to keep the editor's edits over that change.
     */
    boolean mayOverwrite() {
        IFile file = editor.file();
        if (!file.exists() || file.getModificationStamp() == editor.loadedStamp()
                || file.getModificationStamp() == declined) {
            return true;
        }
        return ask(CHANGED_TITLE, "The file " + file.getFullPath().makeRelative() + " has been changed on the file"
                + " system. Do you want to overwrite the changes made on the file system?", "&Yes", "&No") == YES;
    }

    /** The index of the button pressed, or -1 when the question was dismissed. */
    private int ask(String title, String message, String first, String second) {
        return new MessageDialog(editor.getSite().getShell(), title, null, message, MessageDialog.QUESTION, 0, first,
                second).open();
    }
}
