/* Vector table and reset for the Cortex-M QEMU test firmware (mps2-an385/an386/an500/an505). */
#include <stdint.h>
#include "harness.h"

extern uint32_t __stack_top[];
extern uint32_t __bss_start[];
extern uint32_t __bss_end[];

void Reset_Handler(void);
void HardFault_Handler(void);
void MemManage_Handler(void);
void BusFault_Handler(void);
void UsageFault_Handler(void);
void SecureFault_Handler(void);
void SVC_Handler(void);
void Default_Handler(void);

__attribute__((section(".vectors"), used)) static void (*const vectors[16])(void) = {
    (void (*)(void))__stack_top,
    Reset_Handler,
    Default_Handler,     /* NMI */
    HardFault_Handler,
    MemManage_Handler,
    BusFault_Handler,
    UsageFault_Handler,
    SecureFault_Handler, /* ARMv8-M only; reserved on ARMv7-M */
    0, 0, 0,
    SVC_Handler,
    Default_Handler,     /* debug monitor */
    0,
    Default_Handler,     /* PendSV */
    Default_Handler,     /* SysTick */
};

void Reset_Handler(void)
{
    uint32_t *p;
    /* QEMU loads every section where it runs; only .bss needs clearing. */
    for (p = __bss_start; p < __bss_end; p++) {
        *p = 0u;
    }
    harness_run();
}
