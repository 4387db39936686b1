package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;

/**
 * The variables the CMake and the Make fragment both set, in order, with the comments between
 * them: the same settings in two syntaxes. Variable names are the C macro stems
 * (WASMPART_MODULE_&lt;NAME&gt;_...), so they come from {@link org.wasmpart.core.CNames} as well.
 */
final class BuildVariables {

    /** One line of a fragment. */
    sealed interface Line permits Comment, Variable, BesideFile {
    }

    /** A comment line, or an empty line when the text is empty; filtered when written. */
    record Comment(String text) implements Line {
    }

    /** A variable holding words, with why it has them (empty when it goes without saying). */
    record Variable(String name, List<String> words, String why) implements Line {
    }

    /** A variable holding the path of a generated file beside the fragment, a file of the given kind. */
    record BesideFile(String name, String file, Artifact kind) implements Line {
    }

    private BuildVariables() {
    }

    static List<Line> of(GenerationInput input) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Variable("WASMPART_DESIGN_SHA256", List.of(input.sha256()), ""));
        lines.add(new Variable("WASMPART_MODULES", input.build().modules().stream()
                .map(m -> input.symbols().name(m.module())).toList(), "C names, in the design's order"));
        input.build().wamr().ifPresent(wamr -> {
            lines.add(new Comment(""));
            lines.add(new Comment("WAMR, as the runtime profile " + label(input.design().getRuntime()) + " needs"));
            wamr.notes().forEach(n -> lines.add(new Comment("note: " + n)));
            wamr.settings().forEach(s -> lines.add(new Variable(s.name(), List.of(String.valueOf(s.value())), s.why())));
        });
        int index = 0;
        for (ModuleBuild m : input.build().modules()) {
            String stem = input.symbols().macro(m.module());
            lines.add(new Comment(""));
            lines.add(new Comment("module " + input.symbols().name(m.module()) + " (index " + index++ + "): "
                    + m.toolchain().map(BuildVariables::describe).orElse("no toolchain named")));
            m.notes().forEach(n -> lines.add(new Comment("note: " + n)));
            m.toolchain().ifPresent(t -> lines.add(new Variable(stem + "_TOOLCHAIN", List.of(t.getKind().getLiteral()), "")));
            if (m.cFamily()) {
                lines.add(new Variable(stem + "_CFLAGS", m.compileFlags(), ""));
            }
            m.rust().ifPresent(r -> {
                r.target().ifPresent(t -> lines.add(new Variable(stem + "_RUST_TARGET", List.of(t), "")));
                lines.add(new Variable(stem + "_RUSTFLAGS", r.rustflags(), ""));
                lines.add(new Variable(stem + "_CARGO_FLAGS", r.buildStd().isEmpty() ? List.of()
                        : List.of("-Zbuild-std=" + String.join(",", r.buildStd())), "-Z flags of nightly cargo, to rebuild std"));
                lines.add(new BesideFile(stem + "_CARGO_CONFIG", cargoFile(input, m), Artifact.CARGO));
            });
            if (input.build().wamr().filter(WamrBuild::aot).isPresent()) {
                lines.add(new Variable(stem + "_WAMRC_FLAGS", m.wamrcFlags(), ""));
            }
        }
        return lines;
    }

    /** The module's Cargo config, beside the fragments: cargo-&lt;name&gt;.toml. */
    static String cargoFile(GenerationInput input, ModuleBuild m) {
        return "cargo-" + input.symbols().name(m.module()).toLowerCase(Locale.ROOT) + ".toml";
    }

    /** "clang 19.1.7", "rust 1.84.0 stable for wasm32v1-none"; filtered as comment text when written. */
    static String describe(Toolchain t) {
        String s = t.getKind().getLiteral() + " " + (t.getVersion() == null ? "(version unknown)" : t.getVersion());
        if (t.getKind() == ToolchainKind.RUST) {
            s += " " + t.getChannel().getLiteral() + (t.getTarget() == null ? "" : " for " + t.getTarget());
        }
        return s;
    }
}
