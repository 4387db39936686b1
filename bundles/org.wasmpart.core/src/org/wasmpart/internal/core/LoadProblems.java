package org.wasmpart.internal.core;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;
import org.wasmpart.core.Problem;
import org.wasmpart.model.WasmpartPackage;

/** Turns what EMF and the XML parser report into located problems a user can act on. */
public final class LoadProblems {

    /** EMF appends "(uri, line, column)" to some messages; the location is reported separately. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$");

    private LoadProblems() {
    }

    public static List<Problem> fromException(String label, Exception e) {
        Throwable t = e;
        while (t instanceof Resource.IOWrappedException || t instanceof org.eclipse.emf.common.util.WrappedException) {
            if (t.getCause() == null) {
                break;
            }
            t = t.getCause();
        }
        if (t instanceof SAXParseException sax) {
            return List.of(new Problem(label, sax.getLineNumber(), sax.getColumnNumber(),
                    "malformed XML: " + sax.getMessage()));
        }
        if (t instanceof FileNotFoundException || t instanceof NoSuchFileException) {
            return List.of(new Problem(label, 0, 0, "cannot read the file: it does not exist"));
        }
        if (t instanceof Resource.Diagnostic) {
            // already reported through Resource.getErrors()
            return List.of();
        }
        if (t instanceof IOException io) {
            return List.of(new Problem(label, 0, 0, "cannot read the file: " + io.getMessage()));
        }
        return List.of(new Problem(label, 0, 0, "cannot read the file: " + t));
    }

    public static List<Problem> fromDiagnostics(String label, List<Resource.Diagnostic> diagnostics) {
        List<Problem> problems = new ArrayList<>();
        for (Resource.Diagnostic d : diagnostics) {
            problems.add(new Problem(label, d.getLine(), d.getColumn(), explain(d)));
        }
        return problems;
    }

    public static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static String explain(Resource.Diagnostic d) {
        if (d instanceof Exception e && e.getCause() instanceof SAXParseException sax) {
            return "malformed XML: " + sax.getMessage();
        }
        if (d instanceof PackageNotFoundException p) {
            return "not a wasmpart file: unknown namespace '" + p.uri() + "' (expected "
                    + WasmpartPackage.eNS_URI + ")";
        }
        if (d instanceof FeatureNotFoundException f) {
            return "unknown attribute or element '" + f.getName() + "'";
        }
        if (d instanceof ClassNotFoundException c) {
            return "unknown type '" + c.getName() + "'";
        }
        if (d instanceof IllegalValueException v) {
            String why = rootMessage(v);
            return "invalid value '" + v.getValue() + "' for '" + v.getFeature().getName() + "'"
                    + (why == null ? "" : ": " + why);
        }
        if (d instanceof UnresolvedReferenceException u) {
            return "dangling reference: '" + u.getReference() + "' names no object in this file (for '"
                    + u.getFeature().getName() + "')";
        }
        return strip(d.getMessage());
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null) {
            return null;
        }
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof NumberFormatException) {
            return "not a number";
        }
        return strip(cause.getMessage());
    }

    private static String strip(String message) {
        if (message == null) {
            return "unreadable content";
        }
        Matcher m = LOCATION_SUFFIX.matcher(message);
        return m.find() ? message.substring(0, m.start()) : message;
    }
}
