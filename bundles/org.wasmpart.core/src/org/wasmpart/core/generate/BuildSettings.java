package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wasmpart.model.Design;
import org.wasmpart.model.WasmModule;

/**
 * What the build files say, worked out once so the CMake and Make fragments, the Cargo configs
 * and the manifest cannot disagree: WAMR's build settings and each module's flags.
 *
 * @param wamr    for a WAMR runtime profile
 * @param modules in the design's order
 */
record BuildSettings(Optional<WamrBuild> wamr, List<ModuleBuild> modules) {

    static BuildSettings of(Design design, Optional<SharedHeaps> heaps, ReferenceTypesPolicy referenceTypes)
            throws GenerationException {
        Optional<WamrBuild> wamr = WamrBuild.of(design);
        List<ModuleBuild> modules = new ArrayList<>();
        for (WasmModule m : design.getModules()) {
            modules.add(ModuleBuild.of(m, design, wamr, heaps, referenceTypes));
        }
        return new BuildSettings(wamr, List.copyOf(modules));
    }

    /** The Rust modules, each of which gets its own Cargo config. */
    List<ModuleBuild> rustModules() {
        return modules.stream().filter(m -> m.rust().isPresent()).toList();
    }

}
