package org.wasmpart.core.generate;

/**
 * build/cargo-&lt;module&gt;.toml: a Rust module's Cargo settings (docs/GENERATED.md). One file per
 * module, not one per design: [unstable] build-std applies to every target a config builds for,
 * and rebuilding std fails for wasm32v1-none, which has none, so modules that differ in channel or
 * target cannot share a config. Use it with `cargo --config FILE` or as the crate's
 * .cargo/config.toml.
 */
final class CargoConfig {

    private CargoConfig() {
    }

    static String of(GenerationInput input, ModuleBuild module) {
        ToolchainFlags.Rust rust = module.rust().orElseThrow();
        StringBuilder s = new StringBuilder(Banner.hash(input));
        s.append("#\n# module ").append(input.symbols().name(module.module())).append(": ")
                .append(HashComment.of(module.toolchain().map(BuildVariables::describe).orElseThrow())).append('\n');
        module.notes().forEach(n -> s.append("# note: ").append(HashComment.of(n)).append('\n'));
        s.append("# use with cargo --config FILE, or as the crate's .cargo/config.toml\n");
        rust.target().ifPresent(t -> s.append("\n[build]\ntarget = \"").append(BuildText.word(t)).append("\"\n"));
        if (!rust.rustflags().isEmpty()) {
            // per target: Cargo joins these with the crate's own target flags, but ignores
            // build.rustflags when any target flags are set, so build.rustflags only without a target
            s.append(rust.target().map(t -> "\n[target.\"" + BuildText.word(t) + "\"]\n").orElse("\n[build]\n"))
                    .append("rustflags = ").append(BuildText.toml(rust.rustflags())).append('\n');
        }
        if (!rust.buildStd().isEmpty()) {
            s.append("\n[unstable]\nbuild-std = ").append(BuildText.toml(rust.buildStd())).append('\n');
        }
        return s.toString();
    }
}
