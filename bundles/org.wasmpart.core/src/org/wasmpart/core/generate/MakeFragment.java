package org.wasmpart.core.generate;

/**
 * build/wasmpart.mk: the settings of the CMake fragment as Make variables (docs/GENERATED.md).
 * Simple (:=) assignments, so nothing is expanded later; the first one records the fragment's own
 * folder while it is the last file Make read, for the paths of the files beside it.
 */
final class MakeFragment {

    private MakeFragment() {
    }

    static String of(GenerationInput input) {
        StringBuilder s = new StringBuilder(Banner.hash(input));
        s.append("""
                #
                # include this file from a Makefile; flags are words: $(WASMPART_MODULE_<NAME>_CFLAGS).

                WASMPART_BUILD_DIR := $(dir $(lastword $(MAKEFILE_LIST)))
                """);
        for (BuildVariables.Line line : BuildVariables.of(input)) {
            switch (line) {
                case BuildVariables.Comment c -> s.append(c.text().isEmpty() ? "" : "# " + HashComment.of(c.text()))
                        .append('\n');
                case BuildVariables.Variable v -> {
                    if (!v.why().isEmpty()) {
                        // a comment after a value would leave the spaces before it in the value
                        s.append("# ").append(HashComment.of(v.why())).append('\n');
                    }
                    s.append(BuildText.word(v.name())).append(" :=").append(v.words().isEmpty() ? "" : " ")
                            .append(BuildText.make(v.words())).append('\n');
                }
                case BuildVariables.BesideFile f -> s.append(BuildText.word(f.name())).append(" := $(WASMPART_BUILD_DIR)")
                        .append(BuildText.word(f.file())).append('\n');
            }
        }
        return s.toString();
    }
}
