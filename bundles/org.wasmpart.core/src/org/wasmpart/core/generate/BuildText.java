package org.wasmpart.core.generate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values in the CMake, Make and TOML build files. They are words of a small set of characters:
 * flags wasmpart chooses, C names, toolchain kinds and Rust targets (checked by
 * {@link ModuleBuild}). None of quote, backslash, '$', '#', ';', whitespace or a line break can
 * then reach a file where it would mean something, so the words are written without escaping;
 * a word outside the set is a bug in wasmpart and stops generation.
 */
final class BuildText {

    private static final String SAFE = "[A-Za-z0-9_.,=+:/-]+";

    private BuildText() {
    }

    static String word(String text) {
        if (!text.matches(SAFE)) {
            throw new IllegalStateException("not a safe word for a build file: " + text);
        }
        return text;
    }

    /** A CMake list as arguments of set(): "a" "b", or "" for none (set() with no value would unset it). */
    static String cmake(List<String> words) {
        return words.isEmpty() ? "\"\"" : words.stream().map(w -> '"' + word(w) + '"').collect(Collectors.joining(" "));
    }

    /** A Make value: the words separated by spaces. */
    static String make(List<String> words) {
        return words.stream().map(BuildText::word).collect(Collectors.joining(" "));
    }

    /** A TOML array of strings. */
    static String toml(List<String> words) {
        return words.stream().map(w -> '"' + word(w) + '"').collect(Collectors.joining(", ", "[", "]"));
    }
}
