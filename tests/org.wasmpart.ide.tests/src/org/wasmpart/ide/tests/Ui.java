package org.wasmpart.ide.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The product check's way to the UI from its own thread: it runs code on the UI thread and waits
 * between polls off it, so that the workbench keeps dispatching events as it would for a user.
 */
final class Ui {

    private static final Duration POLL = Duration.ofMillis(200);
    /** GTK paints what was redrawn on its next frame, after the events that asked for it. */
    private static final Duration PAINT = Duration.ofMillis(500);

    private final Display display;

    Ui(Display display) {
        this.display = display;
    }

    <T> T call(Callable<T> code) throws Exception {
        Object[] result = new Object[1];
        Exception[] error = new Exception[1];
        display.syncExec(() -> {
            try {
                result[0] = code.call();
            } catch (Exception e) {
                error[0] = e;
            }
        });
        if (error[0] != null) {
            throw error[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /**
     * Polls the condition on the UI thread until it holds.
     *
     * @throws AssertionError after the time-out, saying what it waited for
     */
    void await(Duration timeout, Callable<Boolean> condition, Supplier<String> waitedFor) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!call(condition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + call(waitedFor::get));
            }
            Thread.sleep(POLL);
        }
    }

    /** Saves what the workbench window shows as a PNG, copied from the screen where the window is. */
    void screenshot(Path png) throws Exception {
        Shell shell = call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        call(() -> {
            shell.redraw();
            shell.update();
            return null;
        });
        Thread.sleep(PAINT);
        call(() -> {
            // from the window's top (its menu bar is outside the client area) to the client area's
            // bottom: under Xvfb no window manager draws the trim GTK leaves below it
            Rectangle bounds = shell.getBounds();
            Rectangle area = shell.getClientArea();
            int bottom = shell.toDisplay(area.x, area.y).y + area.height;
            Image image = new Image(display, bounds.width, bottom - bounds.y);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(png.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
    }
}
