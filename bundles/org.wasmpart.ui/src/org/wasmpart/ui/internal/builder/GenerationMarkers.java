package org.wasmpart.ui.internal.builder;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.wasmpart.core.generate.WrittenFile;

/**
 * What generation could not do, as problem markers of their own type (validation keeps its
 * markers, written by {@code DesignMarkers}): on the design when it was not generated, on a
 * generated file when that was left as it is.
 */
public final class GenerationMarkers {

    public static final String TYPE = "org.wasmpart.ui.generation";
    /** On a file left alone: the workspace path of the design it was generated from. */
    public static final String DESIGN = "design";

    private GenerationMarkers() {
    }

    /** Removes what the last generation of the design reported, on it and in its output folder. */
    static void clear(IFile design, IFolder output) throws CoreException {
        design.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (output.exists()) {
            output.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        }
    }

    static void notGenerated(IFile design, IFolder output, String why) throws CoreException {
        IMarker m = design.createMarker(TYPE);
        m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
        m.setAttribute(IMarker.MESSAGE, "Not generated: " + why + "; the files in " + output.getFullPath()
                + " are those of the last version that generated");
    }

    static void failed(IFile design, String message) throws CoreException {
        IMarker m = design.createMarker(TYPE);
        m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        m.setAttribute(IMarker.MESSAGE, "Not generated: " + message);
    }

    /** A generated file the design now gives other bytes for, kept because someone else wrote it. */
    static void leftAlone(IFile design, IFile file, WrittenFile.Outcome outcome) throws CoreException {
        IMarker m = file.createMarker(TYPE);
        m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
        m.setAttribute(IMarker.MESSAGE, file.getProjectRelativePath() + " " + outcome.description() + " from "
                + design.getFullPath() + ": delete it, or turn on 'Overwrite generated files edited by hand' in"
                + " the wasmpart settings, to regenerate it");
        m.setAttribute(DESIGN, design.getFullPath().toString());
    }
}
