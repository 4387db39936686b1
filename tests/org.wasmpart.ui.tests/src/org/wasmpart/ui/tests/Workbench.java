package org.wasmpart.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.wasmpart.ui.internal.editor.DesignEditor;

/** Small helpers to drive the real workbench from a test running on the UI thread. */
final class Workbench {

    private Workbench() {
    }

    private static final long SPIN_TIMEOUT_MS = 120_000;

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static IProject newProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    static IFile copyExample(IProject project, String example) throws IOException, CoreException {
        Path source = Path.of("../../examples", example);
        IFile file = project.getFile(example);
        file.create(new ByteArrayInputStream(Files.readAllBytes(source)), IResource.FORCE, null);
        return file;
    }

    /** A new project holding a copy of the example, open in the design editor and settled. */
    static DesignEditor openExample(String projectName, String example) throws IOException, CoreException {
        IFile file = copyExample(newProject(projectName), example);
        DesignEditor editor = (DesignEditor) IDE.openEditor(page(), file);
        flush();
        return editor;
    }

    /** The file the editor edits now (it follows moves and Save As). */
    static IFile fileOf(DesignEditor editor) {
        return ((IFileEditorInput) editor.getEditorInput()).getFile();
    }

    /**
     * Saves what the workbench window shows as a PNG under target/screenshots, for people to look
     * at what a test saw (CI keeps target/ on failure).
     */
    static void screenshot(String name) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            save(image, name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Saves what one control shows (an editor page) as target/screenshots/NAME.png, copied from
     * the screen where the control is.
     */
    static void screenshot(org.eclipse.swt.widgets.Control control, String name) {
        // paint what changed last (a new page, a table's new input) before copying the screen
        flush();
        control.redraw();
        control.update();
        paintsDone(control.getDisplay());
        org.eclipse.swt.graphics.Point origin = control.toDisplay(0, 0);
        org.eclipse.swt.graphics.Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            save(image, name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Saves a shell as it paints itself, as target/screenshots/{name}.png: drawn by the shell rather
     * than copied from the screen, which may be covered.
     */
    static void screenshot(Shell shell, String name) {
        paintsDone(shell.getDisplay());
        Rectangle area = shell.getClientArea();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            if (!shell.print(gc)) {
                throw new IllegalStateException("the shell cannot paint itself into an image here");
            }
            save(image, name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Runs the event loop for a moment: GTK paints what was redrawn on its next frame, not when
     * the events are dispatched, and a shell prints what it last painted.
     */
    private static void paintsDone(Display display) {
        boolean[] done = { false };
        display.timerExec(200, () -> done[0] = true);
        while (!done[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static void save(Image image, String name) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workspace file's text, as stored. */
    static String text(IFile file) throws CoreException, IOException {
        try (java.io.InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs the event loop until the condition holds, failing after two minutes; the UI thread is
     * never blocked waiting, so jobs that wait for it (the editor's analysis) can finish.
     */
    static void spinUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + SPIN_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + SPIN_TIMEOUT_MS + " ms waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
    }

    /** Runs the event loop until nothing is pending, so that the UI settles. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }
}
