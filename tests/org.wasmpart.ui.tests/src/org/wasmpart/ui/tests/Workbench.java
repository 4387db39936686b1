package org.wasmpart.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Small helpers to drive the real workbench from a test running on the UI thread. */
final class Workbench {

    private Workbench() {
    }

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

    /**
     * Saves what the workbench window shows as a PNG under target/screenshots, for people to look
     * at what a test saw (CI keeps target/ on failure).
     */
    static void screenshot(String name) {
        screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** Saves what a shell shows as target/screenshots/{name}.png. */
    static void screenshot(org.eclipse.swt.widgets.Shell shell, String name) {
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width,
                bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            loader.save(dir.resolve(name + ".png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        flush();
        org.eclipse.swt.graphics.Point origin = control.toDisplay(0, 0);
        org.eclipse.swt.graphics.Point size = control.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(control.getDisplay(),
                Math.max(1, size.x), Math.max(1, size.y));
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            loader.save(dir.resolve(name + ".png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
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
