package org.wasmpart.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.wasmpart.model.Design;

/**
 * Turns a valid design into the files that configure a build: the manifest (the source of truth,
 * schema in docs/GENERATED.md) and C for the protection tables and the WAMR shared heaps. The
 * same design always gives the same bytes, so generated files can be committed and compared.
 */
public final class Generation {

    /** The manifest: board, unit, banks, modules, regions, entries and heaps as JSON. */
    public static final String MANIFEST = "wasmpart-manifest.json";
    /** Macros, table types and function declarations. */
    public static final String C_HEADER = "c/wasmpart_config.h";
    /** Tables, the programming function and the shared-heap set-up. */
    public static final String C_SOURCE = "c/wasmpart_config.c";

    private Generation() {
    }

    /**
     * The generated files, in the order above. The design must validate without errors; memories
     * without a base are placed by the layout on a copy (the design itself is not changed).
     *
     * @throws GenerationException with the validation errors, or saying why no layout fits or
     *                             what the generated files cannot express
     */
    public static List<GeneratedFile> generate(Design design) throws GenerationException {
        GenerationInput input = GenerationInput.of(design);
        return List.of(file(MANIFEST, Manifest.of(input)), file(C_HEADER, CHeader.of(input)),
                file(C_SOURCE, CSource.of(input)));
    }

    private static GeneratedFile file(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
