package org.wasmpart.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wasmpart.internal.core.LoadProblems;
import org.wasmpart.internal.core.ReferenceCheck;
import org.wasmpart.model.Design;

/**
 * Reads and writes {@code .wasmpart} designs. Reading either yields a design whose every
 * reference resolves, or fails with all problems found, each located in the file.
 */
public final class DesignIO {

    private DesignIO() {
    }

    public static Design load(Path file) throws DesignLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        return load(WasmpartResources.newResourceSet(), URI.createFileURI(absolute.toString()), file.toString());
    }

    /**
     * @param label how to name the file in problems (the path the user typed, a workspace path)
     */
    public static Design load(ResourceSet resourceSet, URI uri, String label) throws DesignLoadException {
        Resource resource = new XMIResourceFactoryImpl().createResource(uri);
        resourceSet.getResources().add(resource);
        List<Problem> problems = new ArrayList<>();
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            problems.addAll(LoadProblems.fromException(label, e));
        }
        problems.addAll(LoadProblems.fromDiagnostics(label, resource.getErrors()));
        if (problems.isEmpty()) {
            Design design = rootDesign(resource, label, problems);
            if (design != null) {
                problems.addAll(new ReferenceCheck(label, () -> textOf(resourceSet, uri)).check(design));
                if (problems.isEmpty()) {
                    return design;
                }
            }
        }
        throw new DesignLoadException(LoadProblems.distinct(problems));
    }

    /** Writes the design to its resource's URI. */
    public static void save(Design design) throws IOException {
        design.eResource().save(WasmpartResources.saveOptions());
    }

    /**
     * Writes a design that is not yet in a file, as it would be saved at {@code uri}, for
     * callers that store the bytes themselves (the Eclipse workspace).
     */
    public static void write(Design design, URI uri, OutputStream out) throws IOException {
        Resource resource = design.eResource();
        if (resource == null) {
            resource = new XMIResourceFactoryImpl().createResource(uri);
            WasmpartResources.newResourceSet().getResources().add(resource);
            resource.getContents().add(design);
        }
        resource.save(out, WasmpartResources.saveOptions());
    }

    /** Writes the design to another file, which becomes its resource's URI. */
    public static void saveAs(Design design, Path file) throws IOException {
        Resource resource = design.eResource();
        if (resource == null) {
            resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            WasmpartResources.newResourceSet().getResources().add(resource);
            resource.getContents().add(design);
        } else {
            resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        }
        save(design);
    }

    private static Design rootDesign(Resource resource, String label, List<Problem> problems) {
        if (resource.getContents().isEmpty()) {
            problems.add(new Problem(label, 0, 0, "the file holds no design"));
            return null;
        }
        EObject root = resource.getContents().get(0);
        if (root instanceof Design design) {
            return design;
        }
        problems.add(new Problem(label, 2, 0, "expected a wasmpart Design at the root, but found a "
                + root.eClass().getName()));
        return null;
    }

    private static String textOf(ResourceSet resourceSet, URI uri) {
        try (var in = resourceSet.getURIConverter().createInputStream(uri)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

}
