/*
 * Cortex-M side of the QEMU protection test: semihosting, MPU set-up around the generated
 * entries, one access from unprivileged Thread mode, and the fault handler that records a fault
 * and skips the faulting instruction.
 */
#include <stdint.h>
#include "harness.h"
#include "wasmpart_config.h"

#define SCB_SHCSR (*(volatile uint32_t *)0xE000ED24u)
#define SCB_CFSR (*(volatile uint32_t *)0xE000ED28u)
#define SCB_HFSR (*(volatile uint32_t *)0xE000ED2Cu)
#define SCB_MMFAR (*(volatile uint32_t *)0xE000ED34u)
#define SCB_BFAR (*(volatile uint32_t *)0xE000ED38u)
#define MPU_TYPE (*(volatile uint32_t *)0xE000ED90u)
#define MPU_CTRL (*(volatile uint32_t *)0xE000ED94u)
#define MPU_RNR (*(volatile uint32_t *)0xE000ED98u)
#define MPU_RBAR (*(volatile uint32_t *)0xE000ED9Cu)
#define MPU_RASR_RLAR (*(volatile uint32_t *)0xE000EDA0u)

/* The firmware's own memory (code, data, stack: the linker script's RAM), given by the build. */
#ifndef FIRMWARE_BASE
#error "FIRMWARE_BASE and FIRMWARE_SIZE_LOG2 come from the build"
#endif

uint32_t arm_access(uint32_t address, uint32_t write);
extern const uint16_t arm_access_load[];
extern const uint16_t arm_access_store[];
void arm_fault(uint32_t *frame, uint32_t kind);

static volatile uint32_t fault_kind;
static volatile uint32_t fault_status;
static volatile uint32_t fault_address;

static uint32_t semihost(uint32_t op, const void *arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void platform_puts(const char *text)
{
    semihost(0x04u, text); /* SYS_WRITE0 */
}

void platform_exit(uint32_t status)
{
    /* SYS_EXIT_EXTENDED with ADP_Stopped_ApplicationExit: QEMU exits with this status. */
    static uint32_t block[2];
    block[0] = 0x20026u;
    block[1] = status;
    semihost(0x20u, block);
    for (;;) {
    }
}

void arm_fault(uint32_t *frame, uint32_t kind)
{
    uint32_t pc = frame[6];
    uint32_t cfsr = SCB_CFSR;

    if (pc != (uint32_t)arm_access_load && pc != (uint32_t)arm_access_store) {
        char text[9];
        platform_puts("fault outside a probe, kind ");
        harness_hex(text, kind);
        platform_puts(text);
        platform_puts(" HFSR ");
        harness_hex(text, SCB_HFSR);
        platform_puts(text);
        platform_puts(" PC ");
        harness_hex(text, pc);
        platform_puts(text);
        platform_puts("\n");
        harness_fail("CFSR", cfsr);
    }
    fault_kind = kind;
    fault_status = cfsr;
    fault_address = (kind == 1u) ? SCB_MMFAR : SCB_BFAR;
    SCB_CFSR = cfsr; /* write-one-to-clear */
    SCB_HFSR = SCB_HFSR;
    /* Skip the load or store: 32-bit Thumb encodings start with 0b11101, 0b11110 or 0b11111. */
    frame[6] = pc + ((*(const uint16_t *)pc & 0xF800u) >= 0xE800u ? 4u : 2u);
}

void platform_init(void)
{
    uint32_t regions = (MPU_TYPE >> 8) & 0xFFu;
    uint32_t i;
    char text[9];

    harness_hex(text, MPU_TYPE);
    platform_puts("MPU_TYPE 0x");
    platform_puts(text);
    platform_puts("\n");
    if (WASMPART_PROTECTION_FIRST_ENTRY < 1u) {
        harness_fail("the design must reserve an entry for the firmware's own memory: first entry", WASMPART_PROTECTION_FIRST_ENTRY);
    }
    if (WASMPART_PROTECTION_FIRST_ENTRY + WASMPART_PROTECTION_DOMAIN_ENTRIES > regions) {
        harness_fail("the generated entries exceed the regions this CPU has", regions);
    }
    SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18); /* MemManage, BusFault, UsageFault */
    MPU_CTRL = 0u;
    for (i = 0u; i < WASMPART_PROTECTION_FIRST_ENTRY; i++) {
        MPU_RNR = i;
        MPU_RASR_RLAR = 0u;
    }
    /* Entry 0: the firmware's memory, full access and executable for unprivileged code (the
     * probe routine runs there, and exception entry stacks on its stack with its rights). */
    MPU_RNR = 0u;
#if defined(__ARM_ARCH_8M_MAIN__) || defined(__ARM_ARCH_8M_BASE__)
    wasmpart_mpu_set_attributes();
    MPU_RBAR = FIRMWARE_BASE | (1u << 1);                                           /* AP=01 RW any, SH=0, XN=0 */
    MPU_RASR_RLAR = ((FIRMWARE_BASE + (1u << FIRMWARE_SIZE_LOG2) - 1u) & ~0x1Fu) | 1u; /* AttrIndx 0, EN */
#else
    MPU_RBAR = FIRMWARE_BASE;
    MPU_RASR_RLAR = (3u << 24) | (1u << 19) | (1u << 17) | (1u << 16) | ((FIRMWARE_SIZE_LOG2 - 1u) << 1) | 1u;
#endif
    MPU_CTRL = (1u << 2) | 1u; /* PRIVDEFENA | ENABLE: privileged code keeps the default map */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
}

uint32_t platform_access(uint32_t address, uint32_t write)
{
#ifndef PROBE_KEEP_QEMU_TLB
    /* A real MPU checks every access; QEMU caches its verdicts in a soft TLB of 1 KiB pages, and
     * QEMU 7.2 caches a whole page when a lower region serves an address inside a higher
     * region's disabled subregion, although the higher region covers other bytes of the page
     * (docs/QEMU.md). Writing MPU_CTRL (same value) makes QEMU flush that TLB, so every probe
     * sees the MPU as the hardware would. Build with -DPROBE_KEEP_QEMU_TLB to see the stale page. */
    MPU_CTRL = MPU_CTRL;
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
    fault_kind = 0u;
    arm_access(address, write);
    switch (fault_kind) {
    case 0u:
        return ACCESS_DONE;
    case 1u:
        if ((fault_status & 0x82u) != 0x82u || fault_address != address) {
            harness_fail("MemManage without a valid data-access address, CFSR", fault_status);
        }
        return ACCESS_DENIED;
    case 2u:
        return ACCESS_BUS_ERROR;
    default:
        harness_fail("unexpected fault kind", fault_kind);
    }
}
