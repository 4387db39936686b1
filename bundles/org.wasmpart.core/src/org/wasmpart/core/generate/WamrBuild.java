package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wasmpart.model.Design;
import org.wasmpart.model.ExecutionMode;
import org.wasmpart.model.RuntimeKind;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;

/**
 * How WAMR must be built, and its AOT compiler run, for a design on a WAMR runtime profile. Each
 * setting is stated even where WAMR's default agrees, since the defaults differ between WAMR's
 * own build files (FACTS §2: REF_TYPES is 0 in core/config.h but 1 in the top-level CMakeLists.txt;
 * BULK_MEMORY is 1 in config_common.cmake although the docs say off).
 *
 * @param settings the WAMR_BUILD_* variables, in the order to write them
 * @param aot      whether modules are compiled ahead of time with wamrc
 * @param notes    what the design leaves to the user
 */
record WamrBuild(List<WamrBuild.Setting> settings, boolean aot, List<String> notes) {

    /** WAMR has two JITs, and which one is no fact of the runtime profile. */
    private static final String CHOOSE_MODE = "set WAMR_BUILD_INTERP, _AOT, _JIT or _FAST_JIT yourself"
            + " (the fast JIT cannot use shared heaps)";

    /** One WAMR_BUILD_* variable, with why it has that value. */
    record Setting(String name, int value, String why) {
    }

    /** The settings of a design whose runtime is WAMR; empty for other runtimes. */
    static Optional<WamrBuild> of(Design design) {
        RuntimeProfile runtime = design.getRuntime();
        if (runtime == null || runtime.getRuntime() != RuntimeKind.WAMR) {
            return Optional.empty();
        }
        List<Setting> settings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (runtime.isSetExecutionMode()) {
            executionMode(runtime.getExecutionMode(), settings, notes);
        } else {
            notes.add("the runtime profile sets no execution mode: " + CHOOSE_MODE);
        }
        if (SharedHeaps.used(design)) {
            settings.add(new Setting("WAMR_BUILD_SHARED_HEAP", 1, "the memory option is the WAMR shared heap"));
        }
        boolean refTypes = runtime.getFeatures().contains(WasmFeature.REFERENCE_TYPES);
        settings.add(new Setting("WAMR_BUILD_REF_TYPES", refTypes ? 1 : 0, refTypes
                ? "the runtime profile has reference types"
                : "the runtime profile has no reference types, and the modules are built without them"));
        boolean bulkMemory = runtime.getFeatures().contains(WasmFeature.BULK_MEMORY);
        settings.add(new Setting("WAMR_BUILD_BULK_MEMORY", bulkMemory ? 1 : 0, "the runtime profile "
                + (bulkMemory ? "has" : "has no") + " bulk memory"));
        return Optional.of(new WamrBuild(List.copyOf(settings),
                runtime.isSetExecutionMode() && runtime.getExecutionMode() == ExecutionMode.AOT, List.copyOf(notes)));
    }

    private static void executionMode(ExecutionMode mode, List<Setting> settings, List<String> notes) {
        switch (mode) {
            case INTERPRETER -> {
                settings.add(new Setting("WAMR_BUILD_INTERP", 1, "the classic interpreter runs the modules"));
                settings.add(new Setting("WAMR_BUILD_FAST_INTERP", 0, "the classic one, not the fast interpreter"));
                settings.add(new Setting("WAMR_BUILD_AOT", 0, "no ahead-of-time compiled modules"));
            }
            case FAST_INTERPRETER -> {
                settings.add(new Setting("WAMR_BUILD_INTERP", 1, "the fast interpreter runs the modules"));
                settings.add(new Setting("WAMR_BUILD_FAST_INTERP", 1, "the fast interpreter runs the modules"));
                settings.add(new Setting("WAMR_BUILD_AOT", 0, "no ahead-of-time compiled modules"));
            }
            case AOT -> {
                settings.add(new Setting("WAMR_BUILD_INTERP", 0, "modules run compiled ahead of time only"));
                settings.add(new Setting("WAMR_BUILD_AOT", 1, "modules are compiled with wamrc"));
            }
            case JIT -> notes.add("the runtime profile runs modules with a JIT: " + CHOOSE_MODE);
        }
    }

    /** The value a setting has here. */
    int value(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value();
    }

    /**
     * The wamrc options a module's AOT file needs. wamrc compiles with reference types and bulk
     * memory unless told not to, and marks the file so; a runtime built without them refuses it
     * (WAMR wamr-compiler/main.c, core/iwasm/aot/aot_loader.c check_feature_flags). A module that
     * attaches a heap gets the shared-heap checks, the chain's when more heaps follow it.
     */
    List<String> wamrcFlags(WasmModule module, Optional<SharedHeaps> heaps) {
        List<String> flags = new ArrayList<>();
        if (value("WAMR_BUILD_REF_TYPES") == 0) {
            flags.add("--disable-ref-types");
        }
        if (value("WAMR_BUILD_BULK_MEMORY") == 0) {
            flags.add("--disable-bulk-memory");
        }
        heaps.flatMap(h -> h.attachedBy(module))
                .ifPresent(h -> flags.add(h.next() >= 0 ? "--enable-shared-chain" : "--enable-shared-heap"));
        return List.copyOf(flags);
    }
}
