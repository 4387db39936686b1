package org.wasmpart.core.generate;

import java.util.List;

import org.wasmpart.model.WasmModule;

/**
 * The WAMR shared-heap set-up, against the API of WAMR's wasm_export.h (FACTS §2): heaps created
 * over the regions' memory, chained, and attached per module instance. It compiles only with
 * WASMPART_WITH_WAMR defined, so the tables build without WAMR's headers.
 */
final class WamrCode {

    private WamrCode() {
    }

    static String declarations(SharedHeaps heaps) {
        return """
                #ifdef WASMPART_WITH_WAMR
                #include "wasm_export.h"

                /* One WAMR shared heap per region a module reaches (wasmpart-manifest.json, sharedHeaps). */
                #define WASMPART_SHARED_HEAP_COUNT %s

                /*
                 * Creates every shared heap over its region's memory (pre-allocated: WAMR allocates
                 * nothing) and chains them. Call once, after the runtime is initialised and before
                 * any attach: WAMR chains only heaps no instance has attached.
                 */
                bool wasmpart_shared_heaps_create(void);

                /*
                 * Attaches to an instance of a module (WASMPART_MODULE_<NAME>_INDEX) the heap it
                 * shares, and with it the heaps chained behind. True when attached, or when the module
                 * shares no heap; false when the index is out of range or WAMR refuses.
                 */
                bool wasmpart_shared_heap_attach(uint32_t module, wasm_module_inst_t instance);
                #endif /* WASMPART_WITH_WAMR */
                """.formatted(CText.count(heaps.heaps().size()));
    }

    static String definitions(SharedHeaps heaps, List<WasmModule> modules, CSymbols symbols) {
        StringBuilder regions = new StringBuilder();
        for (SharedHeaps.Heap h : heaps.heaps()) {
            String macro = symbols.macro(h.region());
            regions.append("        { ").append(macro).append("_BASE, ").append(macro).append("_SIZE }, /* heap ")
                    .append(h.index()).append(": region ").append(CText.comment(symbols.name(h.region())))
                    .append(" */\n");
        }
        StringBuilder chains = new StringBuilder();
        if (!heaps.links().isEmpty()) {
            chains.append("    /* Tail first: each head goes in front of a body that is already a whole chain. */\n");
        }
        for (SharedHeaps.Link link : heaps.links()) {
            chains.append("""
                        if (wasm_runtime_chain_shared_heaps(wasmpart_shared_heaps[%d], wasmpart_shared_heaps[%d]) == NULL) {
                            return false;
                        }
                    """.formatted(link.head(), link.body()));
        }
        StringBuilder attached = new StringBuilder();
        for (WasmModule m : modules) {
            attached.append(attached.isEmpty() ? "" : ", ")
                    .append(heaps.attachedBy(m).map(SharedHeaps.Heap::index).orElse(-1));
        }
        return """
                #ifdef WASMPART_WITH_WAMR
                static wasm_shared_heap_t wasmpart_shared_heaps[WASMPART_SHARED_HEAP_COUNT];

                bool wasmpart_shared_heaps_create(void)
                {
                    static const struct {
                        uint32_t base;
                        uint32_t size;
                    } regions[WASMPART_SHARED_HEAP_COUNT] = {
                %s    };
                    uint32_t i;

                    for (i = 0u; i < WASMPART_SHARED_HEAP_COUNT; i++) {
                        SharedHeapInitArgs args = { 0 };

                        args.size = regions[i].size;
                        args.pre_allocated_addr = (void *)(uintptr_t)regions[i].base;
                        wasmpart_shared_heaps[i] = wasm_runtime_create_shared_heap(&args);
                        if (wasmpart_shared_heaps[i] == NULL) {
                            return false;
                        }
                    }
                %s    return true;
                }

                bool wasmpart_shared_heap_attach(uint32_t module, wasm_module_inst_t instance)
                {
                    /* By module: the heap it attaches (the first of those it sees), or -1 for none. */
                    static const int heap_of_module[WASMPART_MODULE_COUNT] = { %s };

                    if (module >= WASMPART_MODULE_COUNT) {
                        return false;
                    }
                    if (heap_of_module[module] < 0) {
                        return true;
                    }
                    return wasm_runtime_attach_shared_heap(instance, wasmpart_shared_heaps[heap_of_module[module]]);
                }
                #endif /* WASMPART_WITH_WAMR */
                """.formatted(regions, chains, attached);
    }
}
