package org.wasmpart.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.DesignLoadException;
import org.wasmpart.core.Designs;
import org.wasmpart.core.WasmpartResources;
import org.wasmpart.model.Design;

/**
 * One of the repository's examples/ designs, which the build packs into this bundle's examples/
 * folder (pom.xml), for New > Examples.
 *
 * @param fileName e.g. {@code stm32f4-sensor-hub-bare-metal.wasmpart}
 * @param entry    where the bundle holds it
 */
public record BundledExample(String fileName, URL entry) {

    static final String FOLDER = "examples";

    /** The bundled examples, by file name. */
    public static List<BundledExample> all() {
        Bundle bundle = FrameworkUtil.getBundle(BundledExample.class);
        List<BundledExample> examples = new ArrayList<>();
        var entries = bundle.findEntries(FOLDER, "*.wasmpart", false);
        for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = url.getPath();
            examples.add(new BundledExample(path.substring(path.lastIndexOf('/') + 1), url));
        }
        examples.sort(Comparator.comparing(BundledExample::fileName));
        return List.copyOf(examples);
    }

    /** The file name without .wasmpart: the default project name. */
    public String name() {
        return fileName.substring(0, fileName.length() - ".wasmpart".length());
    }

    /** What the design says it shows, and its board; or why it could not be read. */
    public String description() {
        try {
            Design design = DesignIO.load(WasmpartResources.newResourceSet(), URI.createURI(entry.toString()),
                    fileName);
            String board = design.getBoard() == null ? "no board" : "board: " + Designs.label(design.getBoard());
            return (design.getDescription() == null ? "" : design.getDescription() + " ") + "(" + board + ")";
        } catch (DesignLoadException e) {
            return "This example cannot be read: " + e.getMessage();
        }
    }

    public byte[] content() throws IOException {
        try (InputStream in = entry.openStream()) {
            return in.readAllBytes();
        }
    }
}
