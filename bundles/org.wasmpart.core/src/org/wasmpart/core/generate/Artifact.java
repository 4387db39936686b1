package org.wasmpart.core.generate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file generation writes, for front ends that let the user choose which to keep up
 * to date (the Eclipse builder's preferences). The layout and validation behind them always run.
 */
public enum Artifact {
    MANIFEST("manifest", "Manifest (" + Generation.MANIFEST + ")"),
    C("c", "C configuration (" + Generation.C_HEADER + ", " + Generation.C_SOURCE + ")"),
    CMAKE("cmake", "CMake fragment (" + Generation.CMAKE + ")"),
    MAKE("make", "Make fragment (" + Generation.MAKE + ")"),
    CARGO("cargo", "Cargo configs of Rust modules (" + Generation.BUILD_FOLDER + "cargo-<module>.toml)"),
    LINKER_SCRIPT("linker", "GNU ld fragment (" + Generation.LINKER_SCRIPT + ")"),
    REPORT("report", "Isolation report and memory map (" + Generation.ISOLATION_REPORT + ", "
            + Generation.MEMORY_MAP + ")");

    private final String id;
    private final String label;

    Artifact(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable, for settings files: it never changes when the label does. */
    public String id() {
        return id;
    }

    /** For the user: what the kind is and which files it writes. */
    public String label() {
        return label;
    }

    public static Optional<Artifact> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
