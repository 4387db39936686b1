package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wasmpart.model.Design;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;

/**
 * The flags per toolchain kind and version are the ones FACTS §5 and §8 give: LLVM 19 (clang 19,
 * wasi-sdk 25, Rust 1.82) turned reference types on by default; clang 19 was checked with
 * -mno-reference-types and -mcpu=mvp; past the facts the most conservative flag and a note.
 */
class ToolchainFlagsTest {

    /** kind | version | channel | target | runtime has reference types | flags | build-std | a note says */
    @ParameterizedTest(name = "{0} {1} {2} {3}, runtime reference types {4}: [{5}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // before LLVM 19 nothing turns reference types on
        "clang    | 18.1.8 | null    | null          | false | ''                   | ''              | ''",
        "clang    | 19.1.7 | null    | null          | false | -mno-reference-types | ''              | ''",
        "clang    | 20.1.0 | null    | null          | false | -mcpu=mvp            | ''              | checked clang 19 only",
        "clang    | null   | null    | null          | false | -mcpu=mvp            | ''              | version unknown",
        "clang    | 19.1.7 | null    | null          | true  | ''                   | ''              | ''",
        "wasi-sdk | 24     | null    | null          | false | ''                   | ''              | ''",
        "wasi-sdk | 25     | null    | null          | false | -mno-reference-types | ''              | prebuilt libc",
        "wasi-sdk | 26     | null    | null          | false | -mcpu=mvp            | ''              | LLVM of wasi-sdk 25 only",
        "wasi-sdk | latest | null    | null          | false | -mcpu=mvp            | ''              | version unknown",
        "wasi-sdk | 25     | null    | null          | true  | ''                   | ''              | ''",
        "rust     | 1.81.0 | stable  | wasm32-wasip1 | false | ''                   | ''              | ''",
        "rust     | 1.82.0 | nightly | wasm32-wasip1 | false | -Ctarget-cpu=mvp     | panic_abort std | ''",
        "rust     | 1.84.0 | stable  | wasm32v1-none | false | ''                   | ''              | probably Rust 1.84",
        "rust     | 1.84.0 | beta    | wasm32-wasip1 | false | -Ctarget-cpu=mvp     | ''              | prebuilt std",
        "rust     | null   | nightly | wasm32-wasip1 | false | -Ctarget-cpu=mvp     | panic_abort std | Rust version unknown",
        "rust     | 1.85.0 | nightly | null          | false | -Ctarget-cpu=mvp     | panic_abort std | names no Rust target",
        "rust     | 1.84.0 | stable  | wasm32-wasip1 | true  | ''                   | ''              | ''",
    })
    void flagsAreTheFactsForTheToolchain(String kind, String version, String channel, String target,
            boolean runtimeHasReferenceTypes, String flags, String buildStd, String note) throws Exception {
        ModuleBuild build = build(toolchain(kind, version, channel, target), runtimeHasReferenceTypes);
        List<String> emitted = build.rust().map(ToolchainFlags.Rust::rustflags).orElse(build.compileFlags());
        assertEquals(words(flags), emitted);
        assertEquals(words(buildStd), build.rust().map(ToolchainFlags.Rust::buildStd).orElse(List.of()));
        if (note.isEmpty()) {
            assertEquals(List.of(), build.notes());
        } else {
            assertTrue(build.notes().stream().anyMatch(n -> n.contains(note)), () -> "no note says '" + note
                    + "': " + build.notes());
        }
    }

    @Test
    void aModuleThatDisablesReferenceTypesGetsTheFlagOnARuntimeThatHasThem() throws Exception {
        WasmModule module = module(toolchain("clang", "19.1.7", null, null));
        module.getDisabledFeatures().add(WasmFeature.REFERENCE_TYPES);
        assertEquals(List.of("-mno-reference-types"),
                ModuleBuild.of(module, design(module, true), Optional.empty(), Optional.empty(),
                ReferenceTypesPolicy.RUNTIME_PROFILE).compileFlags());
    }

    @Test
    void toolchainsWithoutFactsGetNoFlagButANote() throws Exception {
        for (ToolchainKind kind : List.of(ToolchainKind.TINYGO, ToolchainKind.ASSEMBLYSCRIPT, ToolchainKind.EMSCRIPTEN,
                ToolchainKind.ZIG)) {
            ModuleBuild build = build(toolchain(kind.getLiteral(), "1", null, null), false);
            assertEquals(List.of(), build.compileFlags(), kind.getLiteral());
            assertTrue(build.rust().isEmpty());
            assertTrue(build.notes().get(0).contains("knows no flag"), build.notes().toString());
        }
        WasmModule bare = module(null);
        ModuleBuild build = ModuleBuild.of(bare, design(bare, false), Optional.empty(), Optional.empty(),
                ReferenceTypesPolicy.RUNTIME_PROFILE);
        assertTrue(build.notes().get(0).contains("names no toolchain"), build.notes().toString());
    }

    private static ModuleBuild build(Toolchain toolchain, boolean runtimeHasReferenceTypes) throws Exception {
        WasmModule module = module(toolchain);
        return ModuleBuild.of(module, design(module, runtimeHasReferenceTypes), Optional.empty(), Optional.empty(),
                ReferenceTypesPolicy.RUNTIME_PROFILE);
    }

    private static Toolchain toolchain(String kind, String version, String channel, String target) {
        Toolchain t = WasmpartFactory.eINSTANCE.createToolchain();
        t.setKind(ToolchainKind.get(kind));
        t.setVersion(version);
        if (channel != null) {
            t.setChannel(ReleaseChannel.get(channel));
        }
        t.setTarget(target);
        return t;
    }

    private static WasmModule module(Toolchain toolchain) {
        WasmModule m = WasmpartFactory.eINSTANCE.createWasmModule();
        m.setId("m");
        m.setName("m");
        m.setToolchain(toolchain);
        return m;
    }

    private static Design design(WasmModule module, boolean runtimeHasReferenceTypes) {
        Design d = WasmpartFactory.eINSTANCE.createDesign();
        RuntimeProfile runtime = WasmpartFactory.eINSTANCE.createRuntimeProfile();
        if (runtimeHasReferenceTypes) {
            runtime.getFeatures().add(WasmFeature.REFERENCE_TYPES);
        }
        d.setRuntime(runtime);
        d.getModules().add(module);
        return d;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" +"));
    }
}
