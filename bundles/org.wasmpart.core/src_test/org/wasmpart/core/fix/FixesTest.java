package org.wasmpart.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;

/** Each fix removes the finding it names, and undo gives back the design byte for byte. */
class FixesTest {

    @TempDir
    Path dir;

    private static String design(String board, String option, String runtime, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                    id="t" board="wasmpart:/catalog/boards#%s" runtime="wasmpart:/catalog/runtimes#%s"
                    memoryOption="wasmpart:/catalog/options#%s">
                %s
                </wasmpart:Design>
                """.formatted(board, runtime, option, body);
    }

    private static String f4(String body) {
        return design("stm32f407vg", "mpu-partitions", "wamr-2.x-interp", body);
    }

    /** A design with the finding each fixable code names. */
    private static String broken(DiagnosticCode code) {
        return switch (code) {
            case ENTRY_MISALIGNED -> design("nrf5340-app", "mpu-partitions", "wamr-2.x-interp",
                    "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\"><grants target=\"#r\" permission=\"R\"/></modules>"
                            + "<regions id=\"r\" size=\"1000\" base=\"0x20010010\" bank=\"wasmpart:/catalog/boards#nrf5340-app.ram\"/>");
            case SHARED_HEAP_PAGE -> design("stm32f407vg", "wamr-shared-heap", "wamr-2.x-aot-shared-heap",
                    "<regions id=\"r\" size=\"6 KiB\"/>");
            case NAME_NOT_C_IDENTIFIER -> f4("<modules id=\"m\" name=\"uplink-task\"/>");
            case WRITABLE_EXECUTABLE -> f4("<modules id=\"m\"><grants target=\"#r\" permission=\"RWX\"/></modules><regions id=\"r\" size=\"1 KiB\"/>");
            case DISCIPLINE_TWO_WRITERS -> f4("<modules id=\"a\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                    + "<modules id=\"b\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                    + "<regions id=\"r\" size=\"4 KiB\"><discipline kind=\"exclusive-writer\" writer=\"#a\"/></regions>");
            case DISCIPLINE_CONSUMER_WRITES_DATA -> f4("<modules id=\"p\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                    + "<modules id=\"c\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                    + "<regions id=\"r\" size=\"4 KiB\"><discipline kind=\"spsc-ring\" producer=\"#p\" consumer=\"#c\"/></regions>");
            case REFERENCE_TYPES_MISMATCH -> f4("<modules id=\"m\"><toolchain kind=\"wasi-sdk\" version=\"25\"/></modules>");
            case RUST_STABLE_STD_REFERENCE_TYPES -> f4("<modules id=\"m\"><toolchain kind=\"rust\" version=\"1.84.0\" target=\"wasm32-wasip1\"/></modules>");
            case REGION_OUTSIDE_BANK -> f4("<regions id=\"r\" size=\"1 KiB\" base=\"0x30000000\"/>");
            case REGION_OVERLAP -> f4("<regions id=\"a\" size=\"2 KiB\" base=\"0x2001C000\"/><regions id=\"b\" size=\"1 KiB\" base=\"0x2001C400\"/>");
            default -> throw new IllegalArgumentException(code.toString());
        };
    }

    @ParameterizedTest
    @EnumSource(names = { "ENTRY_MISALIGNED", "SHARED_HEAP_PAGE", "NAME_NOT_C_IDENTIFIER", "WRITABLE_EXECUTABLE",
            "DISCIPLINE_TWO_WRITERS", "DISCIPLINE_CONSUMER_WRITES_DATA", "REFERENCE_TYPES_MISMATCH",
            "RUST_STABLE_STD_REFERENCE_TYPES", "REGION_OUTSIDE_BANK", "REGION_OVERLAP" })
    void theFirstFixResolvesItsFindingAndUndoRestoresTheDesign(DiagnosticCode code) throws Exception {
        Design design = load(broken(code));
        String before = text(design);
        Finding finding = find(design, code);
        List<Fix> fixes = Fixes.forFinding(finding);
        assertFalse(fixes.isEmpty(), "no fix for " + code);
        Fix fix = fixes.get(0);
        assertTrue(fix.resolves().contains(code), fix.label());

        BasicCommandStack stack = new BasicCommandStack();
        Command command = fix.command().get();
        assertTrue(command.canExecute(), fix.label());
        stack.execute(command);
        assertFalse(codes(design).contains(code), () -> fix.label() + " left " + code);

        stack.undo();
        assertEquals(before, text(design), "undo of '" + fix.label() + "' must restore the design exactly");
        stack.redo();
        assertFalse(codes(design).contains(code), "redo");
    }

    @Test
    void splitThenMergeGivesTheSameDesignBack() throws Exception {
        Design design = load(f4("<modules id=\"m\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                + "<regions id=\"r\" name=\"r\" size=\"4 KiB\" base=\"0x2001C000\">"
                + "<subpartitions id=\"r.hi\" name=\"hi\" offset=\"3 KiB\" size=\"1 KiB\"/></regions>"));
        String before = text(design);
        BasicCommandStack stack = new BasicCommandStack();
        SharedRegion r = design.getRegions().get(0);
        stack.execute(Fixes.split(r, 2048).command().get());

        assertEquals(2, design.getRegions().size());
        SharedRegion second = design.getRegions().get(1);
        assertEquals(0x2001C800L, second.getBase());
        assertEquals(2048, second.getSize());
        assertEquals(1024, second.getSubpartitions().get(0).getOffset(), "the subpartition moved with its half");
        assertEquals(2, design.getModules().get(0).getGrants().size(), "the module keeps its access to both halves");
        assertTrue(Fixes.sameGrants(r, second));

        stack.execute(Fixes.merge(r, second).command().get());
        assertEquals(1, design.getRegions().size());
        assertEquals(4096, r.getSize());
        assertEquals(3072, r.getSubpartitions().get(0).getOffset());

        stack.undo();
        stack.undo();
        assertEquals(before, text(design));
    }

    @Test
    void mergeRefusesRegionsThatDoNotTouchOrDifferInGrants() throws Exception {
        Design design = load(f4("<modules id=\"m\"><grants target=\"#a\" permission=\"RW\"/><grants target=\"#b\" permission=\"R\"/></modules>"
                + "<regions id=\"a\" size=\"1 KiB\" base=\"0x2001C000\"/><regions id=\"b\" size=\"1 KiB\" base=\"0x2001C400\"/>"
                + "<regions id=\"c\" size=\"1 KiB\" base=\"0x2001D000\"/>"));
        SharedRegion a = design.getRegions().get(0);
        SharedRegion b = design.getRegions().get(1);
        SharedRegion c = design.getRegions().get(2);
        assertThrows(IllegalArgumentException.class, () -> Fixes.merge(a, b), "grants differ");
        assertThrows(IllegalArgumentException.class, () -> Fixes.merge(b, c), "gap between");
    }

    @Test
    void keepingOneWriterLeavesReadAndExecuteRights() throws Exception {
        Design design = load(f4("<modules id=\"a\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                + "<modules id=\"b\"><grants target=\"#r\" permission=\"RWX\"/></modules>"
                + "<modules id=\"c\"><grants target=\"#r\" permission=\"RX\"/></modules>"
                + "<regions id=\"r\" size=\"4 KiB\"><discipline kind=\"exclusive-writer\" writer=\"#a\"/></regions>"));
        SharedRegion r = design.getRegions().get(0);
        new BasicCommandStack().execute(Fixes.onlyWriter(r, design.getModules().get(0)).command().get());
        assertEquals(List.of("RW", "RX", "RX"), design.getModules().stream()
                .map(m -> m.getGrants().get(0).getPermission().getLiteral()).toList());
    }

    @Test
    void aRingConsumerKeepsWritingItsControlBlock() throws Exception {
        Design design = load(f4("<modules id=\"p\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                + "<modules id=\"c\"><grants target=\"#r\" permission=\"RW\"/></modules>"
                + "<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.ctrl\" name=\"ctrl\" offset=\"0\" size=\"256\"/>"
                + "<discipline kind=\"spsc-ring\" producer=\"#p\" consumer=\"#c\" control=\"#r.ctrl\"/></regions>"));
        Fix fix = Fixes.forFinding(find(design, DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA)).get(0);
        new BasicCommandStack().execute(fix.command().get());
        assertEquals(List.of("r:R", "r.ctrl:RW"), design.getModules().get(1).getGrants().stream()
                .map(g -> g.getTarget().getId() + ":" + g.getPermission().getLiteral()).toList());
        assertFalse(codes(design).contains(DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA));
    }

    @Test
    void splitAndMergeRefuseWhatWouldLoseSomething() throws Exception {
        Design design = load(f4("<modules id=\"m\"><grants target=\"#a\" permission=\"RW\"/><grants target=\"#b\" permission=\"RW\"/></modules>"
                + "<regions id=\"a\" size=\"1 KiB\" base=\"0x2001C000\"><subpartitions id=\"a.s\" name=\"s\" offset=\"256\" size=\"512\"/></regions>"
                + "<regions id=\"b\" size=\"1 KiB\" base=\"0x2001C400\"><discipline kind=\"exclusive-writer\" writer=\"#m\"/></regions>"));
        SharedRegion a = design.getRegions().get(0);
        SharedRegion b = design.getRegions().get(1);
        assertThrows(IllegalArgumentException.class, () -> Fixes.merge(a, b), "b's discipline would be lost");
        assertThrows(IllegalArgumentException.class, () -> Fixes.split(a, 512), "inside a subpartition");
        assertThrows(IllegalArgumentException.class, () -> Fixes.split(a, 1024), "at the end");
        assertThrows(IllegalArgumentException.class, () -> Fixes.split(a, 0), "at the start");
    }

    @Test
    void movingToAnotherBankForgetsTheBase() throws Exception {
        Design design = load(f4("<regions id=\"r\" size=\"1 KiB\" base=\"0x30000000\"/>"));
        SharedRegion r = design.getRegions().get(0);
        new BasicCommandStack().execute(Fixes.moveToBank(r, design.getBoard().getBanks().get(2)).command().get());
        assertFalse(r.isSetBase());
        assertEquals("stm32f407vg.sram2", r.getBank().getId());
        assertFalse(codes(design).contains(DiagnosticCode.REGION_OUTSIDE_BANK));
    }

    private Design load(String text) throws Exception {
        Path file = Files.createTempFile(dir, "d", ".wasmpart");
        Files.writeString(file, text);
        return DesignIO.load(file);
    }

    private static Finding find(Design design, DiagnosticCode code) {
        return DesignValidator.standard().validate(design).stream().filter(f -> f.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not found in " + codes(design)));
    }

    private static List<DiagnosticCode> codes(Design design) {
        return DesignValidator.standard().validate(design).stream().map(Finding::code).toList();
    }

    private static String text(Design design) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DesignIO.write(design, design.eResource().getURI(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
