/* One access from unprivileged Thread mode, then SVC back to privileged. */
    .syntax unified
    .thumb
    .text

/* uint32_t arm_access(uint32_t address, uint32_t write) */
    .global arm_access
    .type arm_access, %function
    .thumb_func
arm_access:
    push {r4, lr}
    movs r2, #0xA5
    mrs r3, control
    orr r3, r3, #1          /* nPRIV: Thread mode unprivileged */
    msr control, r3
    isb
    cbnz r1, 1f
    .global arm_access_load
arm_access_load:
    ldrb r2, [r0]           /* 16-bit encoding; the fault handler decodes the length anyway */
    b 2f
1:
    .global arm_access_store
arm_access_store:
    strb r2, [r0]
2:
    svc #0                  /* SVC_Handler clears nPRIV */
    movs r0, #0
    pop {r4, pc}
    .size arm_access, . - arm_access

    .global SVC_Handler
    .type SVC_Handler, %function
    .thumb_func
SVC_Handler:
    mrs r0, control
    bic r0, r0, #1
    msr control, r0
    bx lr
    .size SVC_Handler, . - SVC_Handler

/* Faults: pass the stacked frame and the kind to arm_fault, which returns through EXC_RETURN. */
    .macro fault_entry name, kind
    .global \name
    .type \name, %function
    .thumb_func
\name:
    tst lr, #4
    ite eq
    mrseq r0, msp
    mrsne r0, psp
    movs r1, #\kind
    b arm_fault
    .size \name, . - \name
    .endm

    fault_entry HardFault_Handler, 3
    fault_entry MemManage_Handler, 1
    fault_entry BusFault_Handler, 2
    fault_entry UsageFault_Handler, 4
    fault_entry SecureFault_Handler, 5
    fault_entry Default_Handler, 6
