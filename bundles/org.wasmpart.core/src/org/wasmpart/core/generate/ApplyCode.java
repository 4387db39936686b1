package org.wasmpart.core.generate;

import java.util.stream.Collectors;

import org.wasmpart.core.protection.UnitParameters;

/**
 * What the programming function looks like on every unit wasmpart programs: which entries are the
 * modules' (the others belong to the platform, the RTOS and the runtime, and are never touched),
 * its prototype, and the guard that compiles it only for its architecture.
 */
final class ApplyCode {

    private ApplyCode() {
    }

    /** The modules' entries and the prototype of wasmpart_protection_apply. */
    static String declarations(UnitParameters unit, String what) {
        return """
                /* Entries below the first are locked or the RTOS's and the runtime's: never touched here. */
                #define WASMPART_PROTECTION_FIRST_ENTRY %s
                #define WASMPART_PROTECTION_DOMAIN_ENTRIES %s

                #ifndef WASMPART_TABLES_ONLY
                /*
                 * Programs the %s for one module (WASMPART_MODULE_<NAME>_INDEX): disables every
                 * entry modules use, then writes the module's own, so nothing of the previous module
                 * stays. Call it from privileged code with interrupts masked before running the module.
                 * An index out of range leaves all those entries disabled.
                 */
                void wasmpart_protection_apply(uint32_t module);
                #endif
                """.formatted(CText.count(unit.firstFree()), CText.count(unit.available()), what);
    }

    /**
     * The function's definition under its architecture's guard: with WASMPART_TABLES_ONLY it is
     * left out (the tables still compile anywhere); on another architecture it is an error, since
     * silently doing nothing would leave the module unprotected.
     */
    static String guarded(String condition, String what, String definition) {
        return """
                #if defined(WASMPART_TABLES_ONLY)
                /* Tables only: programming the %s is left to the integrator. */
                #elif %s

                %s
                #else
                #error "wasmpart_protection_apply programs the %s: build for its architecture, or define WASMPART_TABLES_ONLY"
                #endif
                """.formatted(what, condition, definition, what);
    }

    /**
     * The Cortex-M MPU's programming function, the same on ARMv6/7-M and ARMv8-M but for the
     * register that disables a region and the registers one entry writes.
     *
     * @param whyOff       why the MPU is off while regions change, a C comment's text
     * @param disable      the register whose 0 disables the selected region (RASR, RLAR)
     * @param writeEntry   the statements writing {@code domain->entries[i]}, one a line
     */
    static String cortexMApply(String whyOff, String disable, String writeEntry) {
        return """
                void wasmpart_protection_apply(uint32_t module)
                {
                    /* MPU_CTRL is put back as found: enabling the MPU (PRIVDEFENA) is start-up's choice. */
                    uint32_t ctrl = WASMPART_MPU_CTRL;
                    uint32_t i;

                    /* %s */
                    __asm__ volatile("dmb" ::: "memory");
                    WASMPART_MPU_CTRL = ctrl & ~UINT32_C(1);
                    for (i = 0u; i < WASMPART_PROTECTION_DOMAIN_ENTRIES; i++) {
                        WASMPART_MPU_RNR = WASMPART_PROTECTION_FIRST_ENTRY + i;
                        %s = 0u;
                    }
                    if (module < WASMPART_MODULE_COUNT) {
                        const wasmpart_domain_t *domain = &wasmpart_domains[module];
                        for (i = 0u; i < domain->count; i++) {
                %s
                        }
                    }
                    WASMPART_MPU_CTRL = ctrl;
                    __asm__ volatile("dsb\\n\\tisb" ::: "memory");
                }
                """.formatted(whyOff, disable, writeEntry.lines().map(l -> " ".repeat(12) + l)
                .collect(Collectors.joining("\n")));
    }
}
