package org.wasmpart.cdt.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IPath;

/**
 * Which designs suggest connecting their C/C++ project, and with what message: each design of a
 * C/C++ project that is connected to none, or to a design that no longer exists. A connected
 * project and a project that is no C/C++ project get no advice.
 */
final class ConnectionAdvice {

    /**
     * A project as the advice sees it.
     *
     * @param name            the project's name
     * @param cProject        whether it is a C/C++ project
     * @param connectedDesign the design it is connected to
     * @param connectedExists whether that design exists
     * @param designs         the designs in the project (outside the generator's output folder)
     */
    record ProjectState(String name, boolean cProject, Optional<IPath> connectedDesign, boolean connectedExists,
            List<IPath> designs) {
    }

    /** A marker on a design. */
    record Advice(IPath design, String message) {
    }

    private ConnectionAdvice() {
    }

    static List<Advice> of(ProjectState project) {
        if (!project.cProject() || project.connectedDesign().isPresent() && project.connectedExists()) {
            return List.of();
        }
        String message = project.connectedDesign()
                .map(gone -> "C/C++ project " + project.name() + " is connected to " + gone.makeRelative()
                        + ", which no longer exists: connect it to this design instead")
                .orElse("C/C++ project " + project.name() + " is connected to no wasmpart design: connect it to this"
                        + " one to give its builds the generated header's folder, WAMR's macros and the build variables");
        return project.designs().stream().map(d -> new Advice(d, message)).toList();
    }
}
