/*
 * RISC-V side of the QEMU protection test (virt): UART output, the test finisher, PMP set-up
 * around the generated entries and the check of each recorded access fault.
 */
#include <stdint.h>
#include "harness.h"
#include "wasmpart_config.h"

#define UART_THR (*(volatile uint8_t *)0x10000000u)
#define UART_LSR (*(volatile uint8_t *)0x10000005u)
#define FINISHER (*(volatile uint32_t *)0x00100000u)

#ifndef FIRMWARE_BASE
#error "FIRMWARE_BASE and FIRMWARE_SIZE_LOG2 come from the build"
#endif

uint32_t rv_access(uint32_t address, uint32_t write);
void rv_fatal(uint32_t cause, uint32_t pc, uint32_t value) __attribute__((noreturn));
extern const uint32_t rv_access_load[];
extern const uint32_t rv_access_store[];
extern volatile uint32_t fault_cause;
extern volatile uint32_t fault_value;
extern volatile uint32_t fault_pc;

void platform_puts(const char *text)
{
    for (; *text != '\0'; text++) {
        if (*text == '\n') {
            while ((UART_LSR & 0x20u) == 0u) {
            }
            UART_THR = '\r';
        }
        while ((UART_LSR & 0x20u) == 0u) {
        }
        UART_THR = (uint8_t)*text;
    }
}

void platform_exit(uint32_t status)
{
    /* virt's sifive_test finisher: 0x5555 passes, (code << 16) | 0x3333 fails with code. */
    FINISHER = status == 0u ? 0x5555u : (status << 16) | 0x3333u;
    for (;;) {
    }
}

void rv_fatal(uint32_t cause, uint32_t pc, uint32_t value)
{
    char text[9];
    platform_puts("trap in M-mode: mcause ");
    harness_hex(text, cause);
    platform_puts(text);
    platform_puts(" mtval ");
    harness_hex(text, value);
    platform_puts(text);
    platform_puts("\n");
    harness_fail("mepc", pc);
}

static uint32_t read_pmpaddr15(void)
{
    uint32_t value;
    __asm__ volatile("csrr %0, pmpaddr15" : "=r"(value));
    return value;
}

void platform_init(void)
{
    char text[9];
    uint32_t i;
    uint32_t probe;

    /* Granularity: write all ones to an entry's address while it is OFF and read it back
     * (G = number of trailing zeros, grain 2^(G+2)); entry 15 is the last of QEMU's 16. */
    __asm__ volatile("csrw pmpaddr15, %0" ::"r"(UINT32_MAX));
    probe = read_pmpaddr15();
    __asm__ volatile("csrw pmpaddr15, zero");
    platform_puts("pmpaddr15 after writing all ones 0x");
    harness_hex(text, probe);
    platform_puts(text);
    platform_puts("\n");
    if (WASMPART_PROTECTION_FIRST_ENTRY < 1u) {
        harness_fail("the design must reserve an entry for the firmware's own memory: first entry", WASMPART_PROTECTION_FIRST_ENTRY);
    }
    if (WASMPART_PROTECTION_FIRST_ENTRY + WASMPART_PROTECTION_DOMAIN_ENTRIES > 16u) {
        harness_fail("the generated entries exceed QEMU's 16 PMP entries", WASMPART_PROTECTION_FIRST_ENTRY + WASMPART_PROTECTION_DOMAIN_ENTRIES);
    }
    /* Entries below the first are reserved: entry 0 gives U-mode the firmware's memory (RWX,
     * NAPOT) so the probe routine can run; any others stay OFF. Entries 0..3 share pmpcfg0. */
    for (i = 1u; i < WASMPART_PROTECTION_FIRST_ENTRY && i < 4u; i++) {
        __asm__ volatile("csrc pmpcfg0, %0" ::"r"(UINT32_C(0xFF) << (8u * i)));
    }
    __asm__ volatile("csrw pmpaddr0, %0" ::"r"((FIRMWARE_BASE >> 2) | ((UINT32_C(1) << (FIRMWARE_SIZE_LOG2 - 3u)) - 1u)));
    __asm__ volatile("csrc pmpcfg0, %0" ::"r"(UINT32_C(0xFF)));
    __asm__ volatile("csrs pmpcfg0, %0" ::"r"(UINT32_C(0x1F))); /* NAPOT, X, W, R */
}

uint32_t platform_access(uint32_t address, uint32_t write)
{
    fault_cause = 0u;
    rv_access(address, write);
    if (fault_cause == 0u) {
        return ACCESS_DONE;
    }
    if (fault_cause != (write ? 7u : 5u) || fault_value != address
        || fault_pc != (uint32_t)(write ? rv_access_store : rv_access_load)) {
        platform_puts("unexpected trap from U-mode, mtval and mepc: ");
        {
            char text[9];
            harness_hex(text, fault_value);
            platform_puts(text);
            platform_puts(" ");
            harness_hex(text, fault_pc);
            platform_puts(text);
            platform_puts("\n");
        }
        harness_fail("mcause", fault_cause);
    }
    return ACCESS_DENIED;
}
