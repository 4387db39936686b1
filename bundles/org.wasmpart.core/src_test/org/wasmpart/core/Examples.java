package org.wasmpart.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled example designs, found from the bundle's folder in the source tree. */
final class Examples {

    private Examples() {
    }

    static Path folder() {
        Path p = Path.of(System.getProperty("wasmpart.examples", "../../examples"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".wasmpart")).sorted().toList();
        }
    }
}
