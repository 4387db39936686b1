package org.wasmpart.core.matrix;

import org.wasmpart.model.Enforcement;

/**
 * Whether one way of sharing works on one core's protection hardware, who enforces per-module
 * permissions, and what is left of the hardware for it.
 *
 * @param feasible    whether the option can be used there at all
 * @param enforcement who enforces per-module R/RW on shared memory: the hardware, the runtime
 *                    (software) or nobody
 * @param freeEntries protection entries not locked by the platform (-1: unbounded, an MMU)
 * @param reason      why, in a few words
 */
public record Feasibility(boolean feasible, Enforcement enforcement, int freeEntries, String reason) {

    /** A short cell text: mark, enforcement, reason. */
    public String summary() {
        if (!feasible) {
            return "no: " + reason;
        }
        return switch (enforcement) {
            case HARDWARE -> "yes, hardware" + (freeEntries >= 0 ? " (" + freeEntries + " entries)" : " (pages)");
            case SOFTWARE -> "yes, software: " + reason;
            case NONE -> "partly: " + reason;
        };
    }
}
