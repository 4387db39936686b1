package org.wasmpart.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoFailureException;
import org.wasmpart.core.WasmpartResources;

/** The designs a build names: files as given, folders searched for *.wasmpart, each once, in a fixed order. */
final class DesignFiles {

    private static final String SUFFIX = "." + WasmpartResources.DESIGN_EXTENSION;

    private DesignFiles() {
    }

    /**
     * @param optional a path that may be missing without failing the build (the default folder)
     */
    static List<Path> find(List<Path> paths, Path optional) throws IOException, MojoFailureException {
        List<Path> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(SUFFIX))
                            .sorted().forEach(found::add);
                }
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else if (!p.equals(optional)) {
                throw new MojoFailureException("wasmpart: design " + p + " does not exist");
            }
        }
        List<Path> designs = found.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        checkDistinctNames(designs);
        return designs;
    }

    /** Each design's output folder is named after its file, so two files of one name would share it. */
    static String name(Path design) {
        String file = design.getFileName().toString();
        return file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
    }

    private static void checkDistinctNames(List<Path> designs) throws MojoFailureException {
        Map<String, Path> byName = new HashMap<>();
        for (Path d : designs) {
            Path other = byName.putIfAbsent(name(d), d);
            if (other != null) {
                throw new MojoFailureException("wasmpart: " + other + " and " + d
                        + " would both generate into the folder " + name(d) + "; rename one, or use two executions"
                        + " with different outputDirectory");
            }
        }
    }
}
