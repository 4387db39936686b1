package org.wasmpart.core.validation;

import static org.wasmpart.core.Designs.label;

import java.util.List;
import java.util.Map;

import org.wasmpart.model.Design;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage.Literals;

/**
 * Reference types: LLVM 19 turned them on by default (clang 19, wasi-sdk 25, Rust 1.82), which
 * makes call_indirect use an overlong table index that runtimes built without reference types
 * reject ("zero byte expected" in WAMR). Rust stable cannot rebuild its std without them.
 */
final class ToolchainCheck extends FeatureCheck {

    /** Rust's MVP-only target: no reference types, no std. */
    static final String RUST_MVP_TARGET = "wasm32v1-none";

    ToolchainCheck() {
        super(Literals.WASM_MODULE__TOOLCHAIN,
                Literals.TOOLCHAIN__KIND,
                Literals.TOOLCHAIN__VERSION,
                Literals.TOOLCHAIN__CHANNEL,
                Literals.TOOLCHAIN__TARGET,
                Literals.TOOLCHAIN__FLAGS,
                Literals.WASM_MODULE__DISABLED_FEATURES);
    }

    @Override
    public void check(ValidationContext context, List<Finding> findings) {
        Design design = context.design();
        if (design.getRuntime() == null || design.getRuntime().getFeatures().contains(WasmFeature.REFERENCE_TYPES)) {
            return;
        }
        String runtime = label(design.getRuntime());
        for (WasmModule m : design.getModules()) {
            Toolchain t = m.getToolchain();
            if (t == null || !emitsReferenceTypesByDefault(t)) {
                continue;
            }
            if (t.getKind() == ToolchainKind.RUST && t.getChannel() == ReleaseChannel.STABLE
                    && !RUST_MVP_TARGET.equals(t.getTarget())) {
                findings.add(Finding.of(DiagnosticCode.RUST_STABLE_STD_REFERENCE_TYPES, m, "module " + label(m)
                        + " uses Rust " + t.getVersion() + " stable for " + (t.getTarget() == null ? "a std target (none is set)"
                                : t.getTarget()) + ", whose prebuilt std has"
                        + " reference types, which " + runtime + " cannot load: target " + RUST_MVP_TARGET
                        + " (no std), or use nightly with -Zbuild-std=panic_abort,std and -Ctarget-cpu=mvp",
                        Map.of("module", m.getId(), "target", String.valueOf(t.getTarget()))));
            } else if (!disablesReferenceTypes(m)) {
                String flag = t.getKind() == ToolchainKind.RUST ? "-Ctarget-cpu=mvp" : "-mcpu=mvp";
                findings.add(Finding.of(DiagnosticCode.REFERENCE_TYPES_MISMATCH, m, "module " + label(m) + " is built"
                        + " with " + t.getKind().getLiteral() + " " + t.getVersion() + ", which emits reference types"
                        + " by default, but " + runtime + " has them off and will reject the module: add " + flag
                        + " (or -mno-reference-types) to its flags, or enable reference types in the runtime",
                        Map.of("module", m.getId(), "flag", flag)));
            }
        }
    }

    static boolean emitsReferenceTypesByDefault(Toolchain t) {
        ToolchainVersion v = ToolchainVersion.parse(t.getVersion());
        return switch (t.getKind()) {
            case CLANG -> v.atLeast(19, 0);
            case WASI_SDK -> v.atLeast(25, 0);
            case RUST -> v.atLeast(1, 82) && !RUST_MVP_TARGET.equals(t.getTarget());
            default -> false;
        };
    }

    static boolean disablesReferenceTypes(WasmModule m) {
        if (m.getDisabledFeatures().contains(WasmFeature.REFERENCE_TYPES)) {
            return true;
        }
        String flags = m.getToolchain().getFlags() == null ? "" : m.getToolchain().getFlags();
        return flags.contains("-mcpu=mvp") || flags.contains("-mno-reference-types")
                || flags.contains("-Ctarget-cpu=mvp") || flags.contains("-mcpu=lime1");
    }
}
