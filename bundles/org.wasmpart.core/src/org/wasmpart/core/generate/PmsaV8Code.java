package org.wasmpart.core.generate;

import java.util.List;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.PmsaV8Region;
import org.wasmpart.core.protection.UnitParameters;

/**
 * ARMv8-M MPUs (PMSAv8): each region is an RNR, RBAR and RLAR write; RLAR.AttrIndx refers to
 * the attributes wasmpart's encoder assumes in MAIR0 ({@link PmsaV8Region#MAIR0}).
 */
record PmsaV8Code() implements ProtectionCode {

    private static final String WHAT = "ARMv8-M MPU";

    @Override
    public String title() {
        return WHAT + " (PMSAv8)";
    }

    @Override
    public List<String> fields() {
        return List.of("uint32_t rnr;  /* MPU_RNR: the region number */",
                "uint32_t rbar; /* MPU_RBAR: base, shareability, access, execute never */",
                "uint32_t rlar; /* MPU_RLAR: limit, attribute index, enable */");
    }

    @Override
    public String initializer(HardwareEntry entry) {
        PmsaV8Region r = (PmsaV8Region) entry;
        return "{ " + CText.count(r.index()) + ", " + CText.constant(r.rbar()) + ", " + CText.constant(r.rlar()) + " }";
    }

    @Override
    public String declarations(UnitParameters unit) {
        return """
                /*
                 * MAIR0 as the regions' attribute indices expect it: 0 normal write-back read/write-allocate,
                 * 1 normal write-through, 2 normal non-cacheable, 3 device nGnRE. MAIR1 is not used.
                 */
                #define WASMPART_MPU_MAIR0_VALUE %s

                """.formatted(CText.constant(PmsaV8Region.MAIR0)) + ApplyCode.declarations(unit, WHAT) + """

                #ifndef WASMPART_TABLES_ONLY
                /*
                 * Writes WASMPART_MPU_MAIR0_VALUE to MPU_MAIR0, once at start-up. An RTOS that programs
                 * MAIR0 itself owns it instead: its attributes 0..3 must then mean the same.
                 */
                void wasmpart_mpu_set_attributes(void);
                #endif
                """;
    }

    @Override
    public String definitions(UnitParameters unit) {
        return ApplyCode.guarded("defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M' && __ARM_ARCH == 8",
                WHAT, """
                #define WASMPART_MPU_CTRL (*(volatile uint32_t *)0xE000ED94u)
                #define WASMPART_MPU_RNR (*(volatile uint32_t *)0xE000ED98u)
                #define WASMPART_MPU_RBAR (*(volatile uint32_t *)0xE000ED9Cu)
                #define WASMPART_MPU_RLAR (*(volatile uint32_t *)0xE000EDA0u)
                #define WASMPART_MPU_MAIR0 (*(volatile uint32_t *)0xE000EDC0u)

                void wasmpart_mpu_set_attributes(void)
                {
                    WASMPART_MPU_MAIR0 = WASMPART_MPU_MAIR0_VALUE;
                    __asm__ volatile("dsb\\n\\tisb" ::: "memory");
                }

                """ + ApplyCode.cortexMApply(
                "The MPU is off while regions change: overlapping regions fault on PMSAv8.",
                "WASMPART_MPU_RLAR", """
                            WASMPART_MPU_RNR = domain->entries[i].rnr;
                            WASMPART_MPU_RBAR = domain->entries[i].rbar;
                            WASMPART_MPU_RLAR = domain->entries[i].rlar;"""));
    }
}
