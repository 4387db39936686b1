package org.wasmpart.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test during which anything logged an error: a workbench that logs errors is broken. */
public final class FailOnLoggedErrors implements BeforeEachCallback, AfterEachCallback {

    private final List<IStatus> errors = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
        Platform.addLogListener(listener);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Platform.removeLogListener(listener);
        if (!errors.isEmpty()) {
            StringBuilder b = new StringBuilder("errors were logged during the test:");
            for (IStatus s : errors) {
                b.append("\n  ").append(s.getPlugin()).append(": ").append(s.getMessage());
                if (s.getException() != null) {
                    b.append(" (").append(s.getException()).append(')');
                }
            }
            throw new AssertionError(b.toString());
        }
    }
}
