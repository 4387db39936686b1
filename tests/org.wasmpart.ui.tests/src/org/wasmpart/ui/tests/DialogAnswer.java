package org.wasmpart.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers modal dialogs as a user would: while armed, every dialog with the given title that
 * opens is handled by the given action (which types and presses buttons) and recorded, so a
 * test can say what was asked. A modal dialog runs its own event loop, so the answer comes from
 * a timer running inside that loop.
 */
final class DialogAnswer implements AutoCloseable {

    private final String title;
    private final Consumer<Shell> action;
    private final List<String> asked = new ArrayList<>();
    private boolean armed = true;

    private DialogAnswer(String title, Consumer<Shell> action) {
        this.title = title;
        this.action = action;
        Display.getCurrent().timerExec(20, this::poll);
    }

    /** Presses the button labelled {@code button} (without its mnemonic) in each such dialog. */
    static DialogAnswer press(String title, String button) {
        return new DialogAnswer(title, shell -> press(shell, button));
    }

    static DialogAnswer with(String title, Consumer<Shell> action) {
        return new DialogAnswer(title, action);
    }

    /** The messages of the dialogs answered so far. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void close() {
        armed = false;
    }

    private void poll() {
        if (!armed) {
            return;
        }
        Display display = Display.getCurrent();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                asked.add(texts(shell));
                action.accept(shell);
            }
        }
        display.timerExec(20, this::poll);
    }

    static void press(Shell shell, String label) {
        Button button = find(shell, Button.class, b -> b.getText().replace("&", "").equals(label))
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The text field right after the label with the given text, as dialogs lay out their fields. */
    static Text fieldAfter(Shell shell, String label) {
        Label found = find(shell, Label.class, l -> l.getText().replace("&", "").equals(label))
                .orElseThrow(() -> new AssertionError("no label " + label + " in " + shell.getText()));
        Control[] siblings = found.getParent().getChildren();
        for (int i = List.of(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (siblings[i] instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text field after the label " + label + " in " + shell.getText());
    }

    private static String texts(Composite composite) {
        StringBuilder b = new StringBuilder();
        for (Control c : composite.getChildren()) {
            if (c instanceof Label l) {
                b.append(l.getText()).append('\n');
            } else if (c instanceof Composite child) {
                b.append(texts(child));
            }
        }
        return b.toString();
    }

    private static <T extends Control> Optional<T> find(Composite in, Class<T> type, Predicate<T> wanted) {
        for (Control c : in.getChildren()) {
            if (type.isInstance(c) && wanted.test(type.cast(c))) {
                return Optional.of(type.cast(c));
            }
            Optional<T> inside = c instanceof Composite child ? find(child, type, wanted) : Optional.empty();
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
