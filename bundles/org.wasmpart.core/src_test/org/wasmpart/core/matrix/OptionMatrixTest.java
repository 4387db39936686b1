package org.wasmpart.core.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.BuiltInCatalog;
import org.wasmpart.model.Enforcement;

class OptionMatrixTest {

    private final BuiltInCatalog catalog = BuiltInCatalog.load();
    private final OptionMatrix matrix = OptionMatrix.of(catalog);

    private Feasibility cell(String board, String option) {
        OptionMatrix.Row row = matrix.rows().stream().filter(r -> r.board().getId().equals(board)).findFirst()
                .orElseThrow();
        return row.cells().get(matrix.options().indexOf(catalog.memoryOption(option).orElseThrow()));
    }

    @Test
    void nativePartitionsNeedFreeProtectionEntries() {
        assertTrue(cell("stm32f407vg", "mpu-partitions").feasible());
        assertEquals(Enforcement.HARDWARE, cell("stm32f407vg", "mpu-partitions").enforcement());
        Feasibility c3 = cell("esp32-c3", "mpu-partitions");
        assertFalse(c3.feasible());
        assertTrue(c3.reason().contains("locked"), c3.reason());
        Feasibility m0 = cell("stm32f030r8", "mpu-partitions");
        assertFalse(m0.feasible());
        assertTrue(m0.reason().contains("no protection unit"), m0.reason());
    }

    @Test
    void theSharedHeapIsEnforcedPerModuleOnlyWhereHardwareHelps() {
        assertEquals(Enforcement.HARDWARE, cell("stm32f407vg", "wamr-shared-heap").enforcement());
        Feasibility mmu = cell("stm32mp135", "wamr-shared-heap");
        assertTrue(mmu.feasible());
        assertEquals(Enforcement.NONE, mmu.enforcement(), mmu.summary());
        assertEquals(Enforcement.NONE, cell("esp32-c3", "wamr-shared-heap").enforcement());
    }

    @Test
    void proposalsAreNotAvailableAnywhere() {
        assertFalse(cell("stm32h743zi", "mmap-builtin").feasible());
    }

    @Test
    void theCommittedMatrixIsWhatTheCatalogGives() throws Exception {
        Path docs = Path.of("../../docs");
        assertEquals(Files.readString(docs.resolve("matrix.md")), MatrixDocument.markdown(matrix),
                "docs/matrix.md is stale: run ./wasmpart matrix > docs/matrix.md");
        assertEquals(Files.readString(docs.resolve("matrix.html")), MatrixDocument.html(matrix),
                "docs/matrix.html is stale: run ./wasmpart matrix --format html > docs/matrix.html");
    }
}
