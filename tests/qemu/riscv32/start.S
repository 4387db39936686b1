/*
 * RISC-V QEMU test firmware (qemu-system-riscv32 -M virt -bios none): M-mode start, the trap
 * handler, and one access from U-mode.
 */
    .option norvc           /* every instruction 4 bytes: the fault handler skips mepc by 4 */
    .section .text.start, "ax"
    .global _start
_start:
    la sp, __stack_top
    la t0, trap_entry
    csrw mtvec, t0
    la t0, trap_scratch
    csrw mscratch, t0
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:  call harness_run
3:  j 3b

    .text
/* uint32_t rv_access(uint32_t address, uint32_t write): M-mode saves its context, mret to U. */
    .global rv_access
rv_access:
    addi sp, sp, -64
    sw ra, 0(sp)
    sw s0, 4(sp)
    sw s1, 8(sp)
    sw s2, 12(sp)
    sw s3, 16(sp)
    sw s4, 20(sp)
    sw s5, 24(sp)
    sw s6, 28(sp)
    sw s7, 32(sp)
    sw s8, 36(sp)
    sw s9, 40(sp)
    sw s10, 44(sp)
    sw s11, 48(sp)
    sw gp, 52(sp)
    sw tp, 56(sp)
    la t0, m_saved_sp
    sw sp, 0(t0)
    li t0, 0x1800           /* mstatus.MPP = U */
    csrc mstatus, t0
    la t0, rv_user
    csrw mepc, t0
    li t1, 0xA5
    mret

/* U-mode: the access, then ecall back to M. */
rv_user:
    bnez a1, 1f
    .global rv_access_load
rv_access_load:
    lb t1, 0(a0)
    j 2f
1:
    .global rv_access_store
rv_access_store:
    sb t1, 0(a0)
2:  ecall

/* Direct mode: every trap lands here. */
    .balign 4
trap_entry:
    csrrw t0, mscratch, t0  /* t0 = scratch, mscratch = interrupted t0 */
    sw t1, 0(t0)
    sw t2, 4(t0)
    sw a0, 8(t0)
    sw a1, 12(t0)
    sw ra, 16(t0)
    csrr t1, mstatus
    li t2, 0x1800
    and t1, t1, t2
    bnez t1, trap_fatal     /* a trap from M-mode: the firmware itself failed */
    csrr t1, mcause
    li t2, 8
    beq t1, t2, trap_ecall
    /* Anything else from U-mode: record it; rv_trap checks it is the probe's access fault. */
    csrr a0, mcause
    csrr a1, mtval
    csrr t2, mepc
    la t1, fault_cause
    sw a0, 0(t1)
    la t1, fault_value
    sw a1, 0(t1)
    la t1, fault_pc
    sw t2, 0(t1)
    addi t2, t2, 4
    csrw mepc, t2
    lw t1, 0(t0)
    lw t2, 4(t0)
    lw a0, 8(t0)
    lw a1, 12(t0)
    lw ra, 16(t0)
    csrrw t0, mscratch, t0
    mret

trap_ecall:                 /* back to rv_access's caller, in M-mode */
    csrrw t0, mscratch, t0
    la t0, m_saved_sp
    lw sp, 0(t0)
    lw ra, 0(sp)
    lw s0, 4(sp)
    lw s1, 8(sp)
    lw s2, 12(sp)
    lw s3, 16(sp)
    lw s4, 20(sp)
    lw s5, 24(sp)
    lw s6, 28(sp)
    lw s7, 32(sp)
    lw s8, 36(sp)
    lw s9, 40(sp)
    lw s10, 44(sp)
    lw s11, 48(sp)
    lw gp, 52(sp)
    lw tp, 56(sp)
    addi sp, sp, 64
    li a0, 0
    ret

trap_fatal:
    la sp, __stack_top
    csrr a0, mcause
    csrr a1, mepc
    csrr a2, mtval
    call rv_fatal
4:  j 4b

    .bss
    .balign 4
trap_scratch: .space 32
m_saved_sp: .space 4
    .global fault_cause, fault_value, fault_pc
fault_cause: .space 4
fault_value: .space 4
fault_pc: .space 4
