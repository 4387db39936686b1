package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.wasmpart.model.Architecture;
import org.wasmpart.model.Board;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.Core;
import org.wasmpart.model.Identified;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.OverlapRule;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SecurityState;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.util.Quantities;

class CatalogConsistencyTest {

    private final BuiltInCatalog catalog = BuiltInCatalog.load();

    @Test
    void everyFactHasASource() {
        List<String> missing = new ArrayList<>();
        for (Sourced s : sourced()) {
            for (EAttribute a : s.eClass().getEAllAttributes()) {
                if (!CatalogReport.isDescriptive(a) && s.eIsSet(a) && Facts.sourcesOf(s, a.getName()).isEmpty()) {
                    missing.add(id(s) + "." + a.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "facts without a source");
    }

    @Test
    void everySourceIsSpecificAndNamesRealFacts() {
        List<String> bad = new ArrayList<>();
        for (Sourced s : sourced()) {
            for (Source src : s.getSources()) {
                if (src.getUrl() == null || !src.getUrl().matches("https?://[^\\s]+")) {
                    bad.add(id(s) + ": url " + src.getUrl());
                }
                if (src.getSection() == null || src.getSection().isBlank()) {
                    bad.add(id(s) + ": no section for " + src.getUrl());
                }
                if (!src.isVerified() && (src.getNote() == null || src.getNote().isBlank())) {
                    bad.add(id(s) + ": unverified without a note saying why");
                }
                for (String fact : src.getFacts()) {
                    EStructuralFeature f = s.eClass().getEStructuralFeature(fact);
                    if (f == null) {
                        bad.add(id(s) + ": source names unknown fact '" + fact + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void idsAreUniqueAcrossTheCatalog() {
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (Catalog c : catalog.catalogs()) {
            for (TreeIterator<EObject> it = c.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified i && !seen.add(i.getId())) {
                    dup.add(i.getId());
                }
            }
        }
        assertEquals(List.of(), dup);
    }

    @Test
    void banksFitTheAddressSpaceAndDoNotOverlap() {
        for (Board b : catalog.boards()) {
            List<MemoryBank> banks = new ArrayList<>(b.getBanks());
            assertFalse(banks.isEmpty(), b.getId() + " has no memory banks");
            banks.sort((x, y) -> Long.compare(x.getBase(), y.getBase()));
            for (int i = 0; i < banks.size(); i++) {
                MemoryBank m = banks.get(i);
                assertTrue(m.getSize() > 0, m.getId());
                assertTrue(m.getBase() + m.getSize() <= Quantities.ADDRESS_SPACE, m.getId() + " passes 4 GiB");
                if (i > 0) {
                    MemoryBank prev = banks.get(i - 1);
                    assertTrue(prev.getBase() + prev.getSize() <= m.getBase(), prev.getId() + " overlaps " + m.getId());
                }
            }
        }
    }

    @Test
    void protectionFactsAgreeWithTheUnitKind() {
        for (Board b : catalog.boards()) {
            for (Core core : b.getCores()) {
                for (ProtectionUnit pu : core.getProtectionUnits()) {
                    String where = pu.getId();
                    assertTrue(pu.getKind() == ProtectionKind.PMP || !pu.isSetTorSupported(),
                            where + ": only PMP has TOR matching to leave out");
                    switch (pu.getKind()) {
                        case PMSA_V7 -> {
                            boolean v6 = core.getArchitecture() == Architecture.ARMV6M;
                            assertTrue(v6 || core.getArchitecture() == Architecture.ARMV7M
                                    || core.getArchitecture() == Architecture.ARMV7EM, where);
                            assertTrue(v6 ? pu.getEntryCount() == 8 : Set.of(8, 16).contains(pu.getEntryCount()), where);
                            assertEquals(v6 ? 256 : 32, pu.getMinRegionSize(), where);
                            assertEquals(8, pu.getSubregions(), where);
                            assertEquals(OverlapRule.HIGHEST_NUMBER_WINS, pu.getOverlap(), where);
                        }
                        case PMSA_V8 -> {
                            assertTrue(core.getArchitecture() == Architecture.ARMV8M_MAINLINE
                                    || core.getArchitecture() == Architecture.ARMV8M_BASELINE, where);
                            assertTrue(Set.of(4, 8, 12, 16).contains(pu.getEntryCount()), where);
                            assertEquals(32, pu.getGranularity(), where);
                            assertEquals(0, pu.getSubregions(), where);
                            assertEquals(OverlapRule.FAULT, pu.getOverlap(), where);
                        }
                        case PMP -> {
                            assertTrue(core.getArchitecture() == Architecture.RV32
                                    || core.getArchitecture() == Architecture.RV64, where);
                            assertTrue(pu.getEntryCount() >= 1 && pu.getEntryCount() <= 64, where);
                            assertTrue(pu.getLockedEntries() >= 0 && pu.getLockedEntries() <= pu.getEntryCount(), where);
                            long g = pu.getGranularity();
                            assertTrue(g >= 4 && Long.bitCount(g) == 1, where + " granularity " + g);
                            assertTrue(!pu.isNa4() || g == 4, where + ": NA4 needs a 4-byte grain (G = 0)");
                            assertEquals(OverlapRule.LOWEST_NUMBER_WINS, pu.getOverlap(), where);
                        }
                        case MMU -> {
                            assertTrue(pu.getPageSize() >= 1024 && Long.bitCount(pu.getPageSize()) == 1, where);
                        }
                        case NONE -> assertEquals(0, pu.getEntryCount(), where);
                    }
                }
            }
        }
    }

    @Test
    void theCatalogCoversEveryKindOfProtection() {
        assertTrue(catalog.boards().size() >= 12, "at least 12 boards");
        require("an ARMv6-M part with an MPU", pu(Architecture.ARMV6M, ProtectionKind.PMSA_V7));
        require("an ARMv6-M part without MPU", core -> core.getArchitecture() == Architecture.ARMV6M
                && core.getProtectionUnits().stream().allMatch(p -> p.getKind() == ProtectionKind.NONE));
        require("an ARMv7-M part with 8 regions", core -> units(core).anyMatch(p -> p.getKind() == ProtectionKind.PMSA_V7
                && p.getEntryCount() == 8 && core.getArchitecture() != Architecture.ARMV6M));
        require("an ARMv7-M part with 16 regions", core -> units(core)
                .anyMatch(p -> p.getKind() == ProtectionKind.PMSA_V7 && p.getEntryCount() == 16));
        require("an ARMv8-M part with separate secure and non-secure MPUs", core -> units(core)
                .anyMatch(p -> p.getSecurityState() == SecurityState.SECURE)
                && units(core).anyMatch(p -> p.getSecurityState() == SecurityState.NON_SECURE));
        require("a RISC-V part with bootloader-locked PMP entries",
                core -> units(core).anyMatch(p -> p.getKind() == ProtectionKind.PMP && p.getLockedEntries() > 0));
        require("an MMU-class part", pu(null, ProtectionKind.MMU));
        require("a part with no protection", core -> core.getProtectionUnits().isEmpty()
                || units(core).allMatch(p -> p.getKind() == ProtectionKind.NONE));
    }

    @Test
    void profilesRuntimesAndOptionsNamedInTheDesignAreThere() {
        for (String id : List.of("zephyr", "freertos-mpu", "bare-metal", "wamr")) {
            assertTrue(catalog.profile(id).isPresent(), "profile " + id);
        }
        for (String id : List.of("isolated-only", "mmap-builtin", "multi-memory", "wamr-shared-heap", "top-down-copy",
                "top-down-masking", "capability-cheri", "mpu-partitions")) {
            assertTrue(catalog.memoryOption(id).isPresent(), "memory option " + id);
        }
        assertFalse(catalog.runtimes().isEmpty());
        assertNotNull(catalog.runtime("wamr-2.x-interp").orElse(null));
    }

    private void require(String what, Predicate<Core> test) {
        assertTrue(catalog.boards().stream().flatMap(b -> b.getCores().stream()).anyMatch(test), "catalog lacks " + what);
    }

    private static Predicate<Core> pu(Architecture arch, ProtectionKind kind) {
        return core -> (arch == null || core.getArchitecture() == arch) && units(core).anyMatch(p -> p.getKind() == kind);
    }

    private static java.util.stream.Stream<ProtectionUnit> units(Core core) {
        return core.getProtectionUnits().stream();
    }

    private List<Sourced> sourced() {
        List<Sourced> all = new ArrayList<>();
        for (Catalog c : catalog.catalogs()) {
            for (TreeIterator<EObject> it = c.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Sourced s) {
                    all.add(s);
                }
            }
        }
        return all;
    }

    private static String id(Sourced s) {
        return s instanceof Identified i ? i.getId() : s.eClass().getName();
    }
}
