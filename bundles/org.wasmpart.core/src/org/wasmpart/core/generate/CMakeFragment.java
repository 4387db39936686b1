package org.wasmpart.core.generate;

/**
 * build/wasmpart.cmake: the build settings for CMake (docs/GENERATED.md). Plain variables, not
 * cache entries: include() it before WAMR's runtime_lib.cmake and it wins over a stale cache or a
 * -D on the command line, so WAMR is built as the design was validated.
 */
final class CMakeFragment {

    private CMakeFragment() {
    }

    static String of(GenerationInput input) {
        StringBuilder s = new StringBuilder(Banner.hash(input));
        s.append("""
                #
                # include() this file before WAMR's build-scripts/runtime_lib.cmake. Flags are CMake
                # lists: target_compile_options(app PRIVATE ${WASMPART_MODULE_<NAME>_CFLAGS}).

                """);
        for (BuildVariables.Line line : BuildVariables.of(input)) {
            switch (line) {
                case BuildVariables.Comment c -> s.append(c.text().isEmpty() ? "" : "# " + HashComment.of(c.text()))
                        .append('\n');
                case BuildVariables.Variable v -> s.append("set(").append(BuildText.word(v.name())).append(' ')
                        .append(BuildText.cmake(v.words())).append(')')
                        .append(v.why().isEmpty() ? "" : "  # " + HashComment.of(v.why())).append('\n');
                case BuildVariables.BesideFile f -> s.append("set(").append(BuildText.word(f.name()))
                        .append(" \"${CMAKE_CURRENT_LIST_DIR}/").append(BuildText.word(f.file())).append("\")\n");
            }
        }
        return s.toString();
    }
}
