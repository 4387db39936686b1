package org.wasmpart.ui.internal.markers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.Problem;
import org.wasmpart.core.SourceLines;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.core.validation.Severity;
import org.wasmpart.model.Design;

/**
 * The problem markers of a design file: a subtype of EMF's diagnostic marker that also carries the
 * diagnostic code, which quick fixes key on (never the message).
 */
public final class DesignMarkers {

    public static final String TYPE = "org.wasmpart.ui.problem";
    /** The {@code DiagnosticCode} id, e.g. {@code wasmpart.layout.outsideBank}; absent on load problems. */
    public static final String CODE = "code";
    /** The object's URI, EMF's attribute, so EMF tools can select it. */
    public static final String URI = EValidator.URI_ATTRIBUTE;

    private DesignMarkers() {
    }

    /** Where the file is for EMF, the same URI the editor loads it from. */
    static URI uriOf(IFile file) {
        return org.eclipse.emf.common.util.URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** Loads the design file as the editor, the builder and the CDT integration read it. */
    public static Design load(IFile file) throws DesignLoadException {
        return DesignIO.load(WasmpartResources.newResourceSet(), uriOf(file), file.getFullPath().makeRelative().toString());
    }

    /**
     * Loads and validates the file and replaces its markers with what that finds: the one place
     * that writes them, for the live updater and the builder alike.
     *
     * @return the design, when it loads and has no validation error; empty otherwise
     */
    public static Optional<Design> update(IFile file) throws CoreException {
        Design design;
        try {
            design = load(file);
        } catch (DesignLoadException e) {
            replace(file, e.problems(), List.of(), null);
            return Optional.empty();
        }
        List<Finding> findings = DesignValidator.standard().validate(design);
        replace(file, List.of(), findings, SourceLines.of(design.eResource()));
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Optional.empty()
                : Optional.of(design);
    }

    private static void replace(IFile file, List<Problem> problems, List<Finding> findings, SourceLines lines)
            throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Problem p : problems) {
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            m.setAttribute(IMarker.MESSAGE, p.message());
            if (p.line() > 0) {
                m.setAttribute(IMarker.LINE_NUMBER, p.line());
            }
        }
        for (Finding f : findings) {
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.SEVERITY, switch (f.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
            });
            m.setAttribute(IMarker.MESSAGE, f.message());
            m.setAttribute(CODE, f.code().id());
            m.setAttribute(URI, f.uri().toString());
            int line = lines.lineOf(f.object());
            if (line > 0) {
                m.setAttribute(IMarker.LINE_NUMBER, line);
            }
        }
    }

    /** The finding a marker stands for in a freshly validated design: same code, same object. */
    static Finding findingOf(Design design, IMarker marker) {
        String code = marker.getAttribute(CODE, null);
        String uri = marker.getAttribute(URI, null);
        if (code == null || uri == null) {
            return null;
        }
        for (Finding f : DesignValidator.standard().validate(design)) {
            if (f.code().id().equals(code) && f.uri().toString().equals(uri)) {
                return f;
            }
        }
        return null;
    }
}
