package org.wasmpart.core.generate;

import java.util.List;

import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.protection.MmuMapping;
import org.wasmpart.core.protection.UnitParameters;

/**
 * MMUs: the tables hold each module's identity mappings as small-page descriptors. Writing them
 * into page tables, switching address spaces and invalidating TLBs is the operating system's
 * job, so there is no programming function.
 */
record MmuCode() implements ProtectionCode {

    @Override
    public String title() {
        return "MMU (ARMv7-A short-descriptor small pages)";
    }

    @Override
    public List<String> fields() {
        return List.of("uint32_t base;       /* first byte, mapped to itself */",
                "uint32_t pages;      /* how many pages */",
                "uint32_t descriptor; /* small-page descriptor of the first page; each next page adds the page size */");
    }

    @Override
    public String initializer(HardwareEntry entry) {
        MmuMapping m = (MmuMapping) entry;
        return "{ " + CText.constant(m.base()) + ", " + CText.count(m.pages()) + ", "
                + CText.constant(m.firstDescriptor()) + " }";
    }

    @Override
    public String declarations(UnitParameters unit) {
        return """
                /*
                 * No programming function: installing these mappings in the page tables (and the TLB
                 * maintenance that goes with it) is the operating system's.
                 */
                """;
    }

    @Override
    public String definitions(UnitParameters unit) {
        return "";
    }
}
