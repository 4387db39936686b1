package org.wasmpart.core.generate;

import java.util.List;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.PmsaV7Region;
import org.wasmpart.core.protection.UnitParameters;

/** ARMv6-M and ARMv7-M MPUs (PMSAv7): each region is an RBAR and an RASR write. */
record PmsaV7Code() implements ProtectionCode {

    private static final String WHAT = "ARMv6-M/ARMv7-M MPU";

    @Override
    public String title() {
        return WHAT + " (PMSAv7)";
    }

    @Override
    public List<String> fields() {
        return List.of("uint32_t rbar; /* MPU_RBAR with VALID and REGION set: the write selects the region */",
                "uint32_t rasr; /* MPU_RASR: size, subregions disabled, access, attributes, enable */");
    }

    @Override
    public String initializer(HardwareEntry entry) {
        PmsaV7Region r = (PmsaV7Region) entry;
        return "{ " + CText.constant(r.rbar()) + ", " + CText.constant(r.rasr()) + " }";
    }

    @Override
    public String declarations(UnitParameters unit) {
        return ApplyCode.declarations(unit, WHAT);
    }

    @Override
    public String definitions(UnitParameters unit) {
        return ApplyCode.guarded(
                "defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M' && (__ARM_ARCH == 6 || __ARM_ARCH == 7)",
                WHAT, """
                #define WASMPART_MPU_CTRL (*(volatile uint32_t *)0xE000ED94u)
                #define WASMPART_MPU_RNR (*(volatile uint32_t *)0xE000ED98u)
                #define WASMPART_MPU_RBAR (*(volatile uint32_t *)0xE000ED9Cu)
                #define WASMPART_MPU_RASR (*(volatile uint32_t *)0xE000EDA0u)

                """ + ApplyCode.cortexMApply(
                "The MPU is off while regions change, so no half-written region is enforced.",
                "WASMPART_MPU_RASR", """
                            WASMPART_MPU_RBAR = domain->entries[i].rbar;
                            WASMPART_MPU_RASR = domain->entries[i].rasr;"""));
    }
}
