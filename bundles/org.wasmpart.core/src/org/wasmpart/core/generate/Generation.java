package org.wasmpart.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmpart.model.Design;

/**
 * Turns a valid design into the files that configure a build: the manifest (the source of truth,
 * schema in docs/GENERATED.md), C for the protection tables and the WAMR shared heaps, the
 * build settings for CMake, Make, Cargo and GNU ld, and an isolation report with a memory map.
 * The same design always gives the same bytes, so generated files can be committed and compared.
 */
public final class Generation {

    /** The manifest: board, unit, banks, modules, regions, entries and heaps as JSON. */
    public static final String MANIFEST = "wasmpart-manifest.json";
    /** Macros, table types and function declarations. */
    public static final String C_HEADER = "c/wasmpart_config.h";
    /** Tables, the programming function and the shared-heap set-up. */
    public static final String C_SOURCE = "c/wasmpart_config.c";
    /** WAMR_BUILD_* settings and each module's flags as CMake variables. */
    public static final String CMAKE = "build/wasmpart.cmake";
    /** The same settings as Make variables. */
    public static final String MAKE = "build/wasmpart.mk";
    /** Each module's and region's memory as a NOLOAD section at its address. */
    public static final String LINKER_SCRIPT = "build/wasmpart.ld";
    /** Who can reach what, through which grant and entries, and the waste: for security documentation. */
    public static final String ISOLATION_REPORT = "report/isolation.md";
    /** The banks drawn to scale with every memory, the waste and each module's entries. */
    public static final String MEMORY_MAP = "report/memory-map.svg";
    /** Where the Cargo configs of Rust modules go, one build/cargo-&lt;module&gt;.toml each. */
    public static final String BUILD_FOLDER = "build/";

    private Generation() {
    }

    /**
     * The generated files, in the order above, then a Cargo config per Rust module in the design's
     * order. The design must validate without errors; memories
     * without a base are placed by the layout on a copy (the design itself is not changed).
     *
     * @throws GenerationException with the validation errors, or saying why no layout fits or
     *                             what the generated files cannot express
     */
    public static List<GeneratedFile> generate(Design design) throws GenerationException {
        GenerationInput input = GenerationInput.of(design);
        List<GeneratedFile> files = new ArrayList<>(List.of(file(MANIFEST, Manifest.of(input)),
                file(C_HEADER, CHeader.of(input)), file(C_SOURCE, CSource.of(input)),
                file(CMAKE, CMakeFragment.of(input)), file(MAKE, MakeFragment.of(input)),
                file(LINKER_SCRIPT, LinkerScript.of(input)), file(ISOLATION_REPORT, IsolationReport.of(input)),
                file(MEMORY_MAP, MemoryMap.of(input))));
        for (ModuleBuild m : input.build().rustModules()) {
            files.add(file(BUILD_FOLDER + BuildVariables.cargoFile(input, m), CargoConfig.of(input, m)));
        }
        return List.copyOf(files);
    }

    /**
     * The memory map alone ({@link #MEMORY_MAP}), as {@link #generate} writes it, for a view that
     * exports it.
     *
     * @throws GenerationException as {@link #generate}
     */
    public static String memoryMap(Design design) throws GenerationException {
        return MemoryMap.of(GenerationInput.of(design));
    }

    private static GeneratedFile file(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
