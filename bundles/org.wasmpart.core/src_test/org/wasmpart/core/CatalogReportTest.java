package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.RuntimeProfile;

class CatalogReportTest {

    private final BuiltInCatalog catalog = BuiltInCatalog.load();

    @Test
    void aRuntimeProfileShowsItsFactsWithTheirSources() {
        RuntimeProfile runtime = catalog.runtimes().get(0);
        String text = CatalogReport.sourced(runtime);
        assertTrue(text.startsWith(Designs.label(runtime) + " [" + runtime.getId() + "]\n"), text);
        assertTrue(text.contains("  runtime = "), text);
        assertTrue(text.contains("source"), text);
    }

    @Test
    void aMemoryOptionMarksFactsNoSourceConfirms() {
        for (MemoryOption option : catalog.memoryOptions()) {
            String text = CatalogReport.sourced(option);
            boolean unconfirmed = option.getSources().stream().anyMatch(s -> !s.isVerified());
            assertTrue(!unconfirmed || text.contains("source (unverified)"), text);
            assertTrue(text.contains("maturity = " + option.getMaturity().getLiteral()), text);
        }
    }
}
