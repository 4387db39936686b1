package org.wasmpart.cdt.internal;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IProject;

/** {@code org.wasmpart.cdt.connected}: whether a project is connected to a design, for the menus. */
public final class ConnectionTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof IProject project && project.isOpen() && ConnectionStore.of(project).isPresent();
    }
}
