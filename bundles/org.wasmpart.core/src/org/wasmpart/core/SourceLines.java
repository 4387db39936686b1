package org.wasmpart.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wasmpart.model.Grant;
import org.wasmpart.model.Identified;

/**
 * Finds the line of a design object in its file, so that problems found after loading point at
 * the text like compiler errors do. Objects are found by their id; a grant by its target within
 * its module; anything else by its container.
 */
public final class SourceLines {

    private final String[] lines;

    private SourceLines(String text) {
        this.lines = text.split("\n", -1);
    }

    /** The lines of the file the resource was loaded from; no lines when it cannot be read. */
    public static SourceLines of(Resource resource) {
        try (InputStream in = resource.getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
            return new SourceLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new SourceLines("");
        }
    }

    /** 1-based line of the object's element, or 0 when it cannot be found. */
    public int lineOf(EObject object) {
        if (object instanceof Identified i && i.getId() != null) {
            return find("id=\"" + i.getId() + "\"", 0);
        }
        if (object instanceof Grant g && g.getModule() != null && g.getTarget() != null) {
            int module = lineOf(g.getModule());
            int line = find("target=\"#" + g.getTarget().getId() + "\"", Math.max(0, module - 1));
            return line > 0 ? line : module;
        }
        return object.eContainer() == null ? 0 : lineOf(object.eContainer());
    }

    private int find(String needle, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
