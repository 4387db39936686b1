package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wasmpart.core.validation.ToolchainVersion;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;

/**
 * The flags that keep reference types out of a module, per toolchain kind and version, as FACTS
 * §5 and §8 give them. LLVM 19 turned reference types on by default (clang 19, wasi-sdk 25, Rust
 * 1.82), and call_indirect then carries an overlong table index that runtimes without reference
 * types reject. Only clang 19 was checked on a machine (FACTS §8: -mcpu=mvp and
 * -mno-reference-types both work); where the facts stop, the most conservative flag is chosen and
 * a note says so, never a silent guess.
 */
final class ToolchainFlags {

    /** Rust's MVP target (MVP + mutable-globals, core and alloc only), FACTS §5. */
    static final String RUST_MVP_TARGET = "wasm32v1-none";
    /** Verified with clang 19 (FACTS §8); turns off reference types and nothing else. */
    static final String NO_REFERENCE_TYPES = "-mno-reference-types";
    /** Turns off every post-MVP feature, whatever a newer LLVM's default CPU adds. */
    static final String MVP_CPU = "-mcpu=mvp";
    static final String RUST_MVP_CPU = "-Ctarget-cpu=mvp";
    /** std rebuilt for the MVP CPU: the prebuilt one has reference types from Rust 1.82 on. */
    static final List<String> BUILD_STD = List.of("panic_abort", "std");

    /**
     * @param target    the Rust target, when the design names one
     * @param rustflags for the module's crate
     * @param buildStd  crates to rebuild with -Zbuild-std (nightly only), empty when the prebuilt std will do
     */
    record Rust(Optional<String> target, List<String> rustflags, List<String> buildStd) {
    }

    private ToolchainFlags() {
    }

    /**
     * Compiler flags of a clang or wasi-sdk module.
     *
     * @param avoid whether the module must not carry reference types
     * @param notes receives what the flags rest on when the facts stop short of the version
     */
    static List<String> c(Toolchain toolchain, boolean avoid, List<String> notes) {
        if (!avoid) {
            return List.of();
        }
        ToolchainVersion v = ToolchainVersion.parse(toolchain.getVersion());
        if (!v.known()) {
            notes.add(toolchain.getKind().getLiteral() + " version unknown: " + MVP_CPU + ", the most conservative"
                    + " flag, since LLVM 19 and later turn reference types on by default");
            return List.of(MVP_CPU);
        }
        // the LLVM a version ships: clang's is its own, wasi-sdk 25 is the first on LLVM 19
        int first19 = toolchain.getKind() == ToolchainKind.CLANG ? 19 : 25;
        if (v.major() < first19) {
            return List.of();
        }
        List<String> flags;
        if (v.major() == first19) {
            flags = List.of(NO_REFERENCE_TYPES);
        } else {
            String known = toolchain.getKind() == ToolchainKind.CLANG ? "wasmpart checked clang 19 only"
                    : "wasmpart knows the LLVM of wasi-sdk 25 only (LLVM 19, the one checked)";
            notes.add(toolchain.getKind().getLiteral() + " " + toolchain.getVersion() + ": " + known + "; " + MVP_CPU
                    + " is the most conservative flag, as later LLVMs turn on more features by default");
            flags = List.of(MVP_CPU);
        }
        if (toolchain.getKind() == ToolchainKind.WASI_SDK) {
            notes.add("the flag covers code compiled with it; wasi-sdk's prebuilt libc must be built without"
                    + " reference types as well (wasi-sdk PR #527): check the linked module with"
                    + " wasm-validate --disable-reference-types");
        }
        return flags;
    }

    /** The Cargo settings of a Rust module. */
    static Rust rust(Toolchain toolchain, boolean avoid, List<String> notes) {
        Optional<String> target = Optional.ofNullable(toolchain.getTarget());
        if (!avoid) {
            return new Rust(target, List.of(), List.of());
        }
        if (target.filter(RUST_MVP_TARGET::equals).isPresent()) {
            notes.add(RUST_MVP_TARGET + " builds for the MVP CPU (plus mutable-globals); its first stable release"
                    + " is probably Rust 1.84 (unverified)");
            return new Rust(target, List.of(), List.of());
        }
        ToolchainVersion v = ToolchainVersion.parse(toolchain.getVersion());
        if (v.known() && !v.atLeast(1, 82)) {
            return new Rust(target, List.of(), List.of());
        }
        List<String> ownNotes = new ArrayList<>();
        if (!v.known()) {
            ownNotes.add("Rust version unknown: built as Rust 1.82 and later need it, whose LLVM 19 turns reference"
                    + " types on by default");
        }
        if (target.isEmpty()) {
            ownNotes.add("the module names no Rust target: give cargo one (--target or [build] target)");
        }
        List<String> buildStd = List.of();
        if (toolchain.getChannel() == ReleaseChannel.NIGHTLY) {
            buildStd = BUILD_STD;
        } else {
            ownNotes.add(RUST_MVP_CPU + " covers the crate's own code, but the prebuilt std of the "
                    + toolchain.getChannel().getLiteral() + " channel has reference types from Rust 1.82 on: use"
                    + " nightly with -Zbuild-std=panic_abort,std, or the target " + RUST_MVP_TARGET);
        }
        notes.addAll(ownNotes);
        return new Rust(target, List.of(RUST_MVP_CPU), buildStd);
    }
}
