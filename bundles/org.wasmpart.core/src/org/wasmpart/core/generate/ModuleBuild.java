package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wasmpart.model.Design;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;

/**
 * How one module is built: its compiler flags (clang, wasi-sdk) or Cargo settings (Rust), the
 * wamrc options of an AOT runtime, and the notes where wasmpart could not be sure.
 *
 * @param module       the module
 * @param toolchain    the module's toolchain, when it names its kind
 * @param compileFlags for clang and wasi-sdk modules; empty for others
 * @param rust         for Rust modules
 * @param wamrcFlags   for a WAMR AOT runtime; empty otherwise
 * @param notes        what the flags rest on where the facts stop, or what the user must still do
 */
record ModuleBuild(WasmModule module, Optional<Toolchain> toolchain, List<String> compileFlags,
        Optional<ToolchainFlags.Rust> rust, List<String> wamrcFlags, List<String> notes) {

    static ModuleBuild of(WasmModule module, Design design, Optional<WamrBuild> wamr, Optional<SharedHeaps> heaps,
            ReferenceTypesPolicy policy) throws GenerationException {
        boolean required = module.getDisabledFeatures().contains(WasmFeature.REFERENCE_TYPES)
                || design.getRuntime() == null
                || !design.getRuntime().getFeatures().contains(WasmFeature.REFERENCE_TYPES);
        boolean avoid = required || policy == ReferenceTypesPolicy.EVERY_MODULE;
        List<String> notes = new ArrayList<>();
        if (avoid && !required) {
            notes.add("reference types kept out although the runtime has them: generated for every module");
        }
        List<String> compileFlags = List.of();
        Optional<ToolchainFlags.Rust> rust = Optional.empty();
        Toolchain t = module.getToolchain();
        Optional<Toolchain> toolchain = Optional.ofNullable(t).filter(Toolchain::isSetKind);
        if (toolchain.isEmpty()) {
            if (avoid) {
                notes.add("the module names no toolchain, so wasmpart cannot say which flag keeps reference types"
                        + " out: check it with wasm-validate --disable-reference-types");
            }
        } else {
            switch (t.getKind()) {
                case CLANG, WASI_SDK -> compileFlags = ToolchainFlags.c(t, avoid, notes);
                case RUST -> rust = Optional.of(checked(module, ToolchainFlags.rust(t, avoid, notes)));
                default -> {
                    if (avoid) {
                        notes.add("wasmpart knows no flag that keeps reference types out of " + t.getKind().getLiteral()
                                + " output: check the module with wasm-validate --disable-reference-types");
                    }
                }
            }
        }
        List<String> wamrcFlags = wamr.filter(WamrBuild::aot).map(w -> w.wamrcFlags(module, heaps)).orElse(List.of());
        return new ModuleBuild(module, toolchain, compileFlags, rust, wamrcFlags, List.copyOf(notes));
    }

    /** Whether the module is built with clang or wasi-sdk, whose flags the fragments carry. */
    boolean cFamily() {
        return toolchain.map(t -> t.getKind() == ToolchainKind.CLANG || t.getKind() == ToolchainKind.WASI_SDK)
                .orElse(false);
    }

    /**
     * A Rust target goes into Cargo, CMake and Make files as a word; anything but the characters
     * of a target triple could change what those files say, so it stops generation instead.
     */
    private static ToolchainFlags.Rust checked(WasmModule module, ToolchainFlags.Rust rust) throws GenerationException {
        if (rust.target().isPresent() && !rust.target().get().matches("[A-Za-z0-9_.-]+")) {
            throw new GenerationException("module " + label(module) + " names the Rust target \""
                    + rust.target().get() + "\", which is no target triple (letters, digits, '_', '.', '-')");
        }
        return rust;
    }
}
