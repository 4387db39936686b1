package org.wasmpart.core.generate;

import java.util.List;
import java.util.Map;

/**
 * The C macros WAMR's CMake build defines from the {@code WAMR_BUILD_*} settings, for a project
 * whose IDE must see WAMR's sources (and wasmpart's header) configured as the build configures
 * them. Read in WAMR at commit 646b5a9bc786 (bytecodealliance/wasm-micro-runtime, July 2026):
 * <ul>
 * <li>{@code build-scripts/config_common.cmake}: {@code WASM_ENABLE_FAST_INTERP} is 1 when both
 * {@code WAMR_BUILD_FAST_INTERP} and {@code WAMR_BUILD_INTERP} are 1, else 0;
 * {@code WASM_ENABLE_BULK_MEMORY} follows {@code WAMR_BUILD_BULK_MEMORY} (1 or 0);
 * {@code WASM_ENABLE_SHARED_HEAP} and {@code WASM_ENABLE_REF_TYPES} are defined as 1 when their
 * setting is 1 and not defined otherwise;</li>
 * <li>{@code core/iwasm/interpreter/iwasm_interp.cmake} and {@code core/iwasm/aot/iwasm_aot.cmake},
 * which {@code runtime_lib.cmake} includes only when {@code WAMR_BUILD_INTERP} or
 * {@code WAMR_BUILD_AOT} is 1, define {@code WASM_ENABLE_INTERP=1} and {@code WASM_ENABLE_AOT=1};</li>
 * <li>{@code core/config.h} defaults each of these macros to 0 when it is not defined.</li>
 * </ul>
 * So every setting maps to its macro with the setting's value: where WAMR leaves a macro
 * undefined, config.h makes it 0, which is what the macro here says.
 */
final class WamrMacros {

    /** Each setting {@link WamrBuild} can state, with WAMR's macro for it. */
    private static final Map<String, String> MACRO_OF = Map.of(
            "WAMR_BUILD_INTERP", "WASM_ENABLE_INTERP",
            "WAMR_BUILD_FAST_INTERP", "WASM_ENABLE_FAST_INTERP",
            "WAMR_BUILD_AOT", "WASM_ENABLE_AOT",
            "WAMR_BUILD_SHARED_HEAP", "WASM_ENABLE_SHARED_HEAP",
            "WAMR_BUILD_REF_TYPES", "WASM_ENABLE_REF_TYPES",
            "WAMR_BUILD_BULK_MEMORY", "WASM_ENABLE_BULK_MEMORY");

    private WamrMacros() {
    }

    /** The macros of the settings, in the settings' order. */
    static List<ProjectSettings.Macro> of(WamrBuild wamr) {
        return wamr.settings().stream().map(s -> new ProjectSettings.Macro(macro(s.name()),
                String.valueOf(s.name().equals("WAMR_BUILD_FAST_INTERP") ? fastInterpreter(wamr) : s.value())))
                .toList();
    }

    /** A setting without a known macro is a setting added to WamrBuild without looking it up in WAMR. */
    static String macro(String setting) {
        String macro = MACRO_OF.get(setting);
        if (macro == null) {
            throw new IllegalStateException("no WAMR macro is known for " + setting);
        }
        return macro;
    }

    private static int fastInterpreter(WamrBuild wamr) {
        return wamr.value("WAMR_BUILD_FAST_INTERP") == 1 && wamr.value("WAMR_BUILD_INTERP") == 1 ? 1 : 0;
    }
}
