package org.wasmpart.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
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

    /** Each file but the Cargo configs, in the order generation returns them. */
    private record Product(Artifact kind, String path, Function<GenerationInput, String> text) {
    }

    private static final List<Product> PRODUCTS = List.of(new Product(Artifact.MANIFEST, MANIFEST, Manifest::of),
            new Product(Artifact.C, C_HEADER, CHeader::of), new Product(Artifact.C, C_SOURCE, CSource::of),
            new Product(Artifact.CMAKE, CMAKE, CMakeFragment::of), new Product(Artifact.MAKE, MAKE, MakeFragment::of),
            new Product(Artifact.LINKER_SCRIPT, LINKER_SCRIPT, LinkerScript::of),
            new Product(Artifact.REPORT, ISOLATION_REPORT, IsolationReport::of),
            new Product(Artifact.REPORT, MEMORY_MAP, MemoryMap::of));

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
        return generate(design, GenerationOptions.defaults(), new BasicMonitor());
    }

    /**
     * The files of the kinds the options name, in the order of {@link #generate(Design)}. The
     * monitor is handed to the layout, the long part; once it is cancelled, generation stops at
     * the next step and returns no file.
     *
     * @throws GenerationException   as {@link #generate(Design)}
     * @throws CancellationException when the monitor was cancelled
     */
    public static List<GeneratedFile> generate(Design design, GenerationOptions options, Monitor monitor)
            throws GenerationException {
        checkCanceled(monitor);
        GenerationInput input = GenerationInput.of(design, options.referenceTypes(), monitor);
        List<GeneratedFile> files = new ArrayList<>();
        for (Product p : PRODUCTS) {
            if (options.artifacts().contains(p.kind())) {
                checkCanceled(monitor);
                files.add(file(p.path(), p.text().apply(input)));
            }
        }
        if (options.artifacts().contains(Artifact.CARGO)) {
            for (ModuleBuild m : input.build().rustModules()) {
                files.add(file(BUILD_FOLDER + BuildVariables.cargoFile(input, m), CargoConfig.of(input, m)));
            }
        }
        return List.copyOf(files);
    }

    static void checkCanceled(Monitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("generation was cancelled");
        }
    }

    /**
     * The memory map alone ({@link #MEMORY_MAP}), as {@link #generate} writes it, for a view that
     * exports it. The monitor is handed to the layout, as by {@link #generate(Design, GenerationOptions, Monitor)}.
     *
     * @throws GenerationException   as {@link #generate}
     * @throws CancellationException when the monitor was cancelled
     */
    public static String memoryMap(Design design, Monitor monitor) throws GenerationException {
        GenerationInput input = GenerationInput.of(design, ReferenceTypesPolicy.RUNTIME_PROFILE, monitor);
        checkCanceled(monitor);
        return MemoryMap.of(input);
    }

    private static GeneratedFile file(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
