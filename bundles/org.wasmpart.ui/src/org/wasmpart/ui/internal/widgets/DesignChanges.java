package org.wasmpart.ui.internal.widgets;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.wasmpart.model.Design;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Tells a widget on its UI thread that its design changed: once per burst of notifications, since
 * one command (a re-layout, an undo) can send hundreds, and the widget reads the design afresh
 * anyway. Watches the whole containment tree, so grants and subpartitions are seen too. A widget
 * on a hidden editor page is told once it is shown: reading a large design after every edit would
 * cost the UI thread for nothing. Removes itself when the widget is disposed.
 */
final class DesignChanges extends EContentAdapter {

    private final Control control;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** The design changed while the widget was hidden. */
    private boolean stale;

    private DesignChanges(Control control, Runnable refresh) {
        this.control = control;
        this.refresh = refresh;
    }

    /** Runs {@code refresh} on the control's UI thread after changes to the design, until the control is disposed. */
    static void watch(Design design, Control control, Runnable refresh) {
        DesignChanges changes = new DesignChanges(control, refresh);
        design.eAdapters().add(changes);
        control.addDisposeListener(e -> design.eAdapters().remove(changes));
        control.addListener(SWT.Show, e -> {
            if (changes.stale) {
                changes.stale = false;
                refresh.run();
            }
        });
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || control.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            pending.set(false);
            if (control.isDisposed()) {
                return;
            }
            // a widget whose shell is not open yet is being built: it reads the design as it is shown
            if (control.getShell().isVisible() && !control.isVisible()) {
                stale = true;
            } else {
                stale = false;
                refresh.run();
            }
        });
    }
}
