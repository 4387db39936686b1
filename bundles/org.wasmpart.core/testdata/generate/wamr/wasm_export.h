/*
 * Not WAMR's header: the declarations of WAMR's core/iwasm/include/wasm_export.h that wasmpart's
 * generated shared-heap code calls, with the names and types FACTS.md §2 gives (WAMR 646b5a9), so
 * scripts/compile-generated.sh can compile that code without a WAMR checkout. A build against
 * WAMR uses WAMR's own wasm_export.h instead.
 */
#ifndef WASMPART_TEST_WASM_EXPORT_H
#define WASMPART_TEST_WASM_EXPORT_H

#include <stdbool.h>
#include <stdint.h>

struct WASMModuleInstanceCommon;
typedef struct WASMModuleInstanceCommon *wasm_module_inst_t;

struct WASMSharedHeap;
typedef struct WASMSharedHeap *wasm_shared_heap_t;

typedef struct SharedHeapInitArgs {
    uint32_t size;
    void *pre_allocated_addr;
} SharedHeapInitArgs;

wasm_shared_heap_t wasm_runtime_create_shared_heap(SharedHeapInitArgs *init_args);
wasm_shared_heap_t wasm_runtime_chain_shared_heaps(wasm_shared_heap_t head, wasm_shared_heap_t body);
bool wasm_runtime_attach_shared_heap(wasm_module_inst_t module_inst, wasm_shared_heap_t shared_heap);

#endif
