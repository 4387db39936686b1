package org.wasmpart.core.layout;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

/**
 * Where the layout puts one memory: a region or a module's private memory.
 *
 * @param owner the region or the module
 * @param bank  the bank it lands in
 * @param base  its base address
 * @param size  its size after rounding (at least what was asked)
 * @param waste bytes the layout spends on it: rounding of the size plus the free gap below it,
 *              down to the memory placed before it in its free stretch (or the stretch's start)
 */
public record Placement(EObject owner, MemoryBank bank, long base, long size, long waste) {

    /**
     * Gives a module or region (the planned one, or its copy) this bank, base and size, marked as
     * chosen by the layout (so a re-layout may move it); a module's stack takes what rounding adds
     * to its private memory, as stacks are what a module can always use more of.
     */
    static void write(EObject target, Placement p, MemoryBank bank) {
        switch (target) {
            case WasmModule m -> {
                m.setStack(m.getStack() + p.size() - ModuleAccess.privateSize(m));
                m.setBase(p.base());
                m.setBank(bank);
                m.setLaidOut(true);
            }
            case SharedRegion r -> {
                r.setBase(p.base());
                r.setSize(p.size());
                r.setBank(bank);
                r.setLaidOut(true);
            }
            default -> throw new IllegalStateException(target.toString());
        }
    }

    /** Takes a module's or region's base away, and with it the layout's claim on it. */
    static void forget(EObject target) {
        switch (target) {
            case WasmModule m -> {
                m.unsetBase();
                m.setLaidOut(false);
            }
            case SharedRegion r -> {
                r.unsetBase();
                r.setLaidOut(false);
            }
            default -> throw new IllegalStateException(target.toString());
        }
    }
}
