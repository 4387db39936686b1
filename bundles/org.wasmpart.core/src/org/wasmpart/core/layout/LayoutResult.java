package org.wasmpart.core.layout;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.model.WasmModule;

/**
 * What the layout decided and what it costs, with the lower bounds it is measured against.
 *
 * @param placements     one per memory the layout placed, in placement order
 * @param unplaced       memories that found no room, with why
 * @param waste          total bytes spent on rounding and alignment
 * @param wasteBound     no layout can waste less: every size rounded up to the granule
 * @param entries        per module, the protection entries its access needs after the layout
 *                       (-1 when it cannot be encoded)
 * @param entryBound     per module, a lower bound on its entries: one per distinct access it has
 */
public record LayoutResult(List<Placement> placements, Map<EObject, String> unplaced, long waste, long wasteBound,
        Map<WasmModule, Integer> entries, Map<WasmModule, Integer> entryBound) {
}
