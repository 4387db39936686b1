package org.wasmpart.core.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;

/**
 * The manifest's "build" object: what the CMake and Make fragments and the Cargo configs set, for
 * tools that read JSON (schema in docs/GENERATED.md). A flag list that applies is written even
 * when empty, which says that no flag is needed; one that does not apply is absent.
 */
final class BuildManifest {

    private BuildManifest() {
    }

    static Map<String, Object> of(GenerationInput input) {
        Map<String, Object> build = new LinkedHashMap<>();
        input.build().wamr().ifPresent(w -> {
            Map<String, Object> wamr = new LinkedHashMap<>();
            Map<String, Object> settings = new LinkedHashMap<>();
            w.settings().forEach(s -> settings.put(s.name(), s.value()));
            wamr.put("settings", settings);
            if (!w.notes().isEmpty()) {
                wamr.put("notes", List.copyOf(w.notes()));
            }
            build.put("wamr", wamr);
        });
        List<Object> modules = new ArrayList<>();
        for (ModuleBuild m : input.build().modules()) {
            modules.add(module(input, m));
        }
        build.put("modules", modules);
        return build;
    }

    private static Map<String, Object> module(GenerationInput input, ModuleBuild m) {
        Map<String, Object> module = new LinkedHashMap<>();
        module.put("id", m.module().getId());
        module.put("cName", input.symbols().name(m.module()));
        m.toolchain().ifPresent(t -> module.put("toolchain", toolchain(t)));
        if (m.cFamily()) {
            module.put("compileFlags", List.copyOf(m.compileFlags()));
        }
        m.rust().ifPresent(r -> {
            r.target().ifPresent(t -> module.put("rustTarget", t));
            module.put("rustflags", List.copyOf(r.rustflags()));
            if (!r.buildStd().isEmpty()) {
                module.put("buildStd", List.copyOf(r.buildStd()));
            }
            module.put("cargoConfig", Generation.BUILD_FOLDER + BuildVariables.cargoFile(input, m));
        });
        if (input.build().wamr().filter(WamrBuild::aot).isPresent()) {
            module.put("wamrcFlags", List.copyOf(m.wamrcFlags()));
        }
        if (!m.notes().isEmpty()) {
            module.put("notes", List.copyOf(m.notes()));
        }
        return module;
    }

    private static Map<String, Object> toolchain(Toolchain t) {
        Map<String, Object> toolchain = new LinkedHashMap<>();
        toolchain.put("kind", t.getKind().getLiteral());
        if (t.getVersion() != null) {
            toolchain.put("version", t.getVersion());
        }
        if (t.getKind() == ToolchainKind.RUST) {
            toolchain.put("channel", t.getChannel().getLiteral());
        }
        return toolchain;
    }
}
