/*
 * Programs each module's generated entries in turn (wasmpart_protection_apply), probes every
 * address in the expectations table (written by expect.py from the design's declared grants, not
 * from the generated entries) with one read and one write from unprivileged/user mode, and
 * compares what happened with what the design declares.
 */
#include "harness.h"
#include "wasmpart_config.h"
#include "expect.h"

void *memset(void *s, int c, unsigned int n)
{
    unsigned char *p = s;
    while (n--) {
        *p++ = (unsigned char)c;
    }
    return s;
}

void *memcpy(void *d, const void *s, unsigned int n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--) {
        *p++ = *q++;
    }
    return d;
}

void harness_hex(char *out, uint32_t value)
{
    static const char digits[] = "0123456789ABCDEF";
    int i;
    for (i = 7; i >= 0; i--) {
        out[i] = digits[value & 0xFu];
        value >>= 4;
    }
    out[8] = '\0';
}

static void put_hex(uint32_t value)
{
    char text[9];
    harness_hex(text, value);
    platform_puts("0x");
    platform_puts(text);
}

static void put_dec(uint32_t value)
{
    char text[11];
    int i = 10;
    text[i] = '\0';
    do {
        text[--i] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value != 0u);
    platform_puts(&text[i]);
}

void harness_fail(const char *why, uint32_t value)
{
    platform_puts("HARNESS ERROR: ");
    platform_puts(why);
    platform_puts(" ");
    put_hex(value);
    platform_puts("\n");
    platform_exit(3u);
}

static const char *const outcome[] = {"ok", "denied", "bus-error"};

/* One access; returns 1 when the outcome disagrees with the declared permission. */
static uint32_t check(const probe_t *probe, uint32_t write)
{
    uint32_t allowed = write ? probe->level == PROBE_READ_WRITE : probe->level != PROBE_NONE;
    uint32_t got = platform_access(probe->address, write);
    /* A bus error means the protection unit let the access through. */
    uint32_t passed = got != ACCESS_DENIED;
    uint32_t mismatch = passed != allowed;

    platform_puts(mismatch ? "MISMATCH " : "probe ");
    platform_puts(write ? "W " : "R ");
    put_hex(probe->address);
    platform_puts(allowed ? " expect allowed" : " expect denied ");
    platform_puts(" got ");
    platform_puts(outcome[got]);
    platform_puts("  ");
    platform_puts(probe->what);
    platform_puts("\n");
    return mismatch;
}

void harness_run(void)
{
    uint32_t i;
    uint32_t mismatches = 0u;
    uint32_t module = UINT32_MAX;

    platform_init();
    for (i = 0u; i < PROBE_COUNT; i++) {
        const probe_t *probe = &probes[i];
        if (probe->module != module) {
            module = probe->module;
            platform_puts("module ");
            put_dec(module);
            platform_puts(": ");
            put_dec(wasmpart_domains[module].count);
            platform_puts(" entries\n");
            wasmpart_protection_apply(module);
        }
        mismatches += check(probe, 0u);
        mismatches += check(probe, 1u);
    }
    put_dec(PROBE_COUNT * 2u);
    platform_puts(" accesses, ");
    put_dec(mismatches);
    platform_puts(mismatches == 0u ? " mismatches: PASS\n" : " mismatches: FAIL\n");
    platform_exit(mismatches == 0u ? 0u : 1u);
}
