package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Monitor;
import org.wasmpart.model.Design;

/**
 * What a C/C++ project building against a design's generated files must be told when it does not
 * include the CMake or Make fragment, as an IDE's project settings do (the CDT adapter): the folders
 * to add to its include path, the macros its sources are compiled with, and the fragments' variables.
 * Worked out from the same input as generation with the same options, so it names only files those
 * options generate and says what the fragments say.
 *
 * @param includeFolders folders to add to the include path, relative to the design's output folder
 *                       ({@code c}, where {@value Generation#C_HEADER} is), when the C is generated
 * @param macros         WAMR's configuration macros as WAMR's build defines them from the
 *                       fragments' {@code WAMR_BUILD_*} settings ({@link WamrMacros}); none for
 *                       another runtime
 * @param variables      every variable of the CMake and Make fragments, in their order, with the
 *                       Make fragment's value
 */
public record ProjectSettings(List<String> includeFolders, List<Macro> macros, List<Variable> variables) {

    public ProjectSettings {
        includeFolders = List.copyOf(includeFolders);
        macros = List.copyOf(macros);
        variables = List.copyOf(variables);
    }

    /** A preprocessor macro, {@code -Dname=value}. */
    public record Macro(String name, String value) {
    }

    /** A variable of the build fragments. */
    public sealed interface Variable permits Variable.Text, Variable.FilePath {

        String name();

        /** Words separated by single spaces, as the Make fragment's value (empty for no word). */
        record Text(String name, String value) implements Variable {
        }

        /** A generated file's path, relative to the design's output folder: the IDE knows where that is. */
        record FilePath(String name, String path) implements Variable {
        }
    }

    /**
     * The settings for the files the options generate from the design. The monitor goes to the
     * layout, as in {@link Generation#generate(Design, GenerationOptions, Monitor)}.
     *
     * @throws GenerationException   when the design does not generate, as from generation
     * @throws java.util.concurrent.CancellationException when the monitor was cancelled
     */
    public static ProjectSettings of(Design design, GenerationOptions options, Monitor monitor)
            throws GenerationException {
        Generation.checkCanceled(monitor);
        GenerationInput input = GenerationInput.of(design, options.referenceTypes(), monitor);
        Set<Artifact> generated = options.artifacts();
        List<String> includeFolders = generated.contains(Artifact.C)
                ? List.of(Generation.C_HEADER.substring(0, Generation.C_HEADER.lastIndexOf('/')))
                : List.of();
        List<Variable> variables = new ArrayList<>();
        for (BuildVariables.Line line : BuildVariables.of(input)) {
            switch (line) {
                case BuildVariables.Comment c -> {
                    // for readers of the fragments only
                }
                case BuildVariables.Variable v -> variables.add(new Variable.Text(v.name(), BuildText.make(v.words())));
                case BuildVariables.BesideFile f -> {
                    if (generated.contains(f.kind())) {
                        variables.add(new Variable.FilePath(f.name(), Generation.BUILD_FOLDER + f.file()));
                    }
                }
            }
        }
        return new ProjectSettings(includeFolders, input.build().wamr().map(WamrMacros::of).orElse(List.of()),
                variables);
    }
}
