package org.wasmpart.core.layout;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.model.MemoryBank;

/**
 * Where the layout puts one memory: a region or a module's private memory.
 *
 * @param owner the region or the module
 * @param bank  the bank it lands in
 * @param base  its base address
 * @param size  its size after rounding (at least what was asked)
 * @param waste bytes the layout spends on it: rounding of the size plus the alignment gap before it
 */
public record Placement(EObject owner, MemoryBank bank, long base, long size, long waste) {
}
