package org.wasmpart.core.generate;

import java.util.List;
import java.util.Locale;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.PmpEntry;
import org.wasmpart.core.protection.UnitParameters;

/**
 * RISC-V PMP on RV32: each entry is a pmpaddr CSR and one byte of a pmpcfg CSR, four entries to
 * a pmpcfg. CSR numbers are immediates of csrr/csrw, so the code switches over the entry and
 * register numbers, with a case for each of the modules' entries only (CSRs a part lacks trap).
 */
record PmpCode() implements ProtectionCode {

    private static final String WHAT = "RISC-V PMP";

    @Override
    public String title() {
        return WHAT + " (RV32)";
    }

    @Override
    public List<String> fields() {
        return List.of("uint32_t index;   /* the entry: pmpaddr<index>, byte index % 4 of pmpcfg<index / 4> */",
                "uint32_t pmpaddr; /* address bits 33:2, NAPOT size in the low bits */",
                "uint8_t cfg;      /* the entry's pmpcfg byte: L, A, X, W, R */");
    }

    @Override
    public String initializer(HardwareEntry entry) {
        PmpEntry e = (PmpEntry) entry;
        return "{ " + CText.count(e.index()) + ", " + CText.constant(e.pmpaddr()) + ", "
                + String.format(Locale.ROOT, "0x%02Xu", e.cfg()) + " }";
    }

    @Override
    public String declarations(UnitParameters unit) {
        return ApplyCode.declarations(unit, WHAT);
    }

    @Override
    public String definitions(UnitParameters unit) {
        int first = unit.firstFree();
        int end = first + unit.available();
        StringBuilder addr = new StringBuilder();
        for (int i = first; i < end; i++) {
            addr.append("    case %du: WASMPART_CSR_WRITE(pmpaddr%d, value); break;\n".formatted(i, i));
        }
        StringBuilder read = new StringBuilder();
        StringBuilder write = new StringBuilder();
        for (int r = first / 4; r <= (end - 1) / 4; r++) {
            read.append("    case %du: WASMPART_CSR_READ(pmpcfg%d, value); break;\n".formatted(r, r));
            write.append("    case %du: WASMPART_CSR_WRITE(pmpcfg%d, value); break;\n".formatted(r, r));
        }
        return ApplyCode.guarded("defined(__riscv) && __riscv_xlen == 32", WHAT, """
                /* Zicsr is named for these instructions only, so -march need not include it. */
                #define WASMPART_CSR_WRITE(csr, value) \\
                    __asm__ volatile(".option push\\n\\t.option arch, +zicsr\\n\\tcsrw " #csr ", %%0\\n\\t.option pop" \\
                                     : : "r"(value) : "memory")
                #define WASMPART_CSR_READ(csr, value) \\
                    __asm__ volatile(".option push\\n\\t.option arch, +zicsr\\n\\tcsrr %%0, " #csr "\\n\\t.option pop" \\
                                     : "=r"(value))

                static void wasmpart_pmpaddr_write(uint32_t index, uint32_t value)
                {
                    switch (index) {
                %s    }
                }

                static uint32_t wasmpart_pmpcfg_read(uint32_t reg)
                {
                    uint32_t value = 0u;

                    switch (reg) {
                %s    }
                    return value;
                }

                static void wasmpart_pmpcfg_write(uint32_t reg, uint32_t value)
                {
                    switch (reg) {
                %s    }
                }

                /* Read-modify-write of the entry's byte: the other three entries of its pmpcfg stay. */
                static void wasmpart_pmpcfg_set(uint32_t index, uint8_t cfg)
                {
                    uint32_t shift = (index %% 4u) * 8u;
                    uint32_t value = wasmpart_pmpcfg_read(index / 4u);

                    value = (value & ~(UINT32_C(0xFF) << shift)) | ((uint32_t)cfg << shift);
                    wasmpart_pmpcfg_write(index / 4u, value);
                }

                /* M-mode code; the parts wasmpart knows have no virtual memory, so no SFENCE.VMA follows. */
                void wasmpart_protection_apply(uint32_t module)
                {
                    uint32_t i;

                    /* Every entry modules use goes OFF first, so no stale range matches meanwhile. */
                    for (i = 0u; i < WASMPART_PROTECTION_DOMAIN_ENTRIES; i++) {
                        wasmpart_pmpcfg_set(WASMPART_PROTECTION_FIRST_ENTRY + i, 0u);
                    }
                    if (module < WASMPART_MODULE_COUNT) {
                        const wasmpart_domain_t *domain = &wasmpart_domains[module];
                        /* Addresses before modes: a TOR entry's bottom is the previous pmpaddr. */
                        for (i = 0u; i < domain->count; i++) {
                            wasmpart_pmpaddr_write(domain->entries[i].index, domain->entries[i].pmpaddr);
                        }
                        for (i = 0u; i < domain->count; i++) {
                            wasmpart_pmpcfg_set(domain->entries[i].index, domain->entries[i].cfg);
                        }
                    }
                }
                """.formatted(addr, read, write));
    }
}
