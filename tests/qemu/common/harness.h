/* The part of the QEMU protection test firmware every architecture shares. */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdint.h>

/* What one unprivileged access did. */
#define ACCESS_DONE 0u      /* no fault */
#define ACCESS_DENIED 1u    /* the protection unit refused it (MemManage / PMP access fault) */
#define ACCESS_BUS_ERROR 2u /* the protection unit let it through, the bus did not (ARM BusFault) */

/* Provided by each architecture. */
void platform_init(void);                               /* faults on, firmware's own entries, unit on */
uint32_t platform_access(uint32_t address, uint32_t write); /* one access from user/unprivileged mode */
void platform_puts(const char *text);
void platform_exit(uint32_t status) __attribute__((noreturn));

/* Provided here. */
void harness_run(void) __attribute__((noreturn));
void harness_hex(char *out, uint32_t value);             /* 8 hex digits and a NUL */
void harness_fail(const char *why, uint32_t value) __attribute__((noreturn));

void *memset(void *s, int c, unsigned int n);
void *memcpy(void *d, const void *s, unsigned int n);

#endif
