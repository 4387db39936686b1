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
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AccessRange;
import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.core.protection.PmsaV7Encoder;
import org.wasmpart.core.protection.UnitParameters;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Design;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;

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
        List<Fix> fixes = Fixes.forFinding(find(design, code));
        assertFalse(fixes.isEmpty(), "no fix for " + code);
        resolvesAndUndoes(design, fixes.get(0), code);
    }

    /**
     * The fix names the code, its command removes it from the design, undo gives the design back
     * byte for byte and redo removes the code again; leaves the fix applied.
     */
    private static void resolvesAndUndoes(Design design, Fix fix, DiagnosticCode code) throws IOException {
        assertTrue(codes(design).contains(code), () -> code + " is not there to resolve");
        assertTrue(fix.resolves().contains(code), fix.label());
        String before = text(design);
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

    /** The first fix of the finding with the code whose label starts so. */
    private static Fix fix(Design design, DiagnosticCode code, String label) {
        List<Fix> fixes = Fixes.forFinding(find(design, code));
        return fixes.stream().filter(f -> f.label().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "…' among " + fixes.stream().map(Fix::label).toList()));
    }

    /**
     * Module m on an STM32F407 under Zephyr (4 of 8 MPU regions left) reaches a, b and config,
     * all read-only, around its private memory: the encoder needs 5 regions with config and 3
     * without, so serving config from an entry reserved in every domain (one more reserved, one
     * less free) brings m to 3 of 3.
     *
     * @param nGrants what module n is granted
     * @param regions regions besides a, b and config
     */
    private static String sharedConfig(String nGrants, String regions) {
        return design("stm32f407vg", "mpu-partitions", "wamr-2.x-interp\" profiles=\"wasmpart:/catalog/profiles#zephyr",
                "<modules id=\"m\" linearMemory=\"6 KiB\" base=\"0x20004400\"><grants target=\"#a\" permission=\"R\"/>"
                        + "<grants target=\"#b\" permission=\"R\"/><grants target=\"#config\" permission=\"R\"/></modules>"
                        + "<modules id=\"n\" linearMemory=\"4 KiB\" base=\"0x20010000\">" + nGrants + "</modules>"
                        + "<regions id=\"a\" size=\"4 KiB\" base=\"0x20000400\"/>"
                        + "<regions id=\"b\" size=\"5 KiB\" base=\"0x20003000\"/>"
                        + "<regions id=\"config\" size=\"3 KiB\" base=\"0x20006800\"/>" + regions);
    }

    @Test
    void servingASharedRegionFromAReservedEntryBringsAModuleWithinItsBudget() throws Exception {
        Design design = load(sharedConfig("<grants target=\"#config\" permission=\"R\"/>", ""));
        Fix fix = fix(design, DiagnosticCode.BUDGET_EXCEEDED, "Serve config from a reserved entry");
        resolvesAndUndoes(design, fix, DiagnosticCode.BUDGET_EXCEEDED);

        ReservedEntry entry = design.getReservations().get(0);
        assertEquals("shared config", entry.getPurpose());
        assertEquals(1, entry.getCount());
        assertEquals(List.of(ProtectionKind.PMSA_V7), entry.getAppliesTo());
        assertEquals("config", entry.getRegion().getId());
        assertFalse(codes(design).contains(DiagnosticCode.SHARED_ENTRY_GRANTS), codes(design).toString());
        WasmModule m = design.getModules().get(0);
        assertTrue(ModuleAccess.of(m).orElseThrow().ranges().stream().noneMatch(r -> r.origin().contains("config")),
                "config left m's own access set");
    }

    @Test
    void aRegionIsServedFromAReservedEntryOnlyWhenEveryModuleIsGrantedItAlike() throws Exception {
        for (String nGrant : List.of("<grants target=\"#config\" permission=\"RW\"/>", "")) {
            Design design = load(sharedConfig(nGrant, ""));
            List<String> labels = Fixes.forFinding(find(design, DiagnosticCode.BUDGET_EXCEEDED)).stream()
                    .map(Fix::label).toList();
            assertTrue(labels.stream().noneMatch(l -> l.startsWith("Serve")), nGrant + ": " + labels);
            SharedRegion config = design.getRegions().get(2);
            assertThrows(IllegalArgumentException.class, () -> Fixes.serveFromReservedEntry(config, Set.of()), nGrant);
        }
    }

    @Test
    void aRegionIsNotServedFromAReservedEntryWhenThatPutsAnotherModuleOverItsBudget() throws Exception {
        // n needs all 4 regions, config and d touching make one of them: without config d still
        // needs it, and one region fewer would be free
        Design design = load(sharedConfig("<grants target=\"#config\" permission=\"R\"/><grants target=\"#d\" permission=\"R\"/>"
                + "<grants target=\"#e\" permission=\"RX\"/><grants target=\"#f\" permission=\"RW\"/>",
                "<regions id=\"d\" size=\"1 KiB\" base=\"0x20007400\"/><regions id=\"e\" size=\"1 KiB\" base=\"0x20012000\"/>"
                        + "<regions id=\"f\" size=\"1 KiB\" base=\"0x20014000\"/>"));
        List<String> labels = Fixes.forFinding(find(design, DiagnosticCode.BUDGET_EXCEEDED)).stream().map(Fix::label)
                .toList();
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("Serve")), labels.toString());
        new BasicCommandStack().execute(Fixes.serveFromReservedEntry(design.getRegions().get(2), Set.of()).command().get());
        assertEquals("n", find(design, DiagnosticCode.BUDGET_EXCEEDED).uri().fragment(), "what the fix was not offered for");
    }

    /**
     * Module m on an STM32F407 under Zephyr needs 5 regions, 4 are left: config, 3 KiB at
     * 0x20005C00, crosses a 4 KiB boundary and needs two. At 0x20006000 it is six 512-byte
     * subregions of one 4 KiB region.
     */
    private static final String CONFIG_ACROSS_A_BOUNDARY = "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\">"
            + "<grants target=\"#a\" permission=\"R\"/><grants target=\"#b\" permission=\"RX\"/>"
            + "<grants target=\"#config\" permission=\"R\"/></modules>"
            + "<regions id=\"config\" size=\"3 KiB\" base=\"0x20005C00\"/>"
            + "<regions id=\"a\" size=\"4 KiB\" base=\"0x20008000\"/>"
            + "<regions id=\"b\" size=\"1 KiB\" base=\"0x2000A000\"/>";

    @Test
    void subregionsGiveARegionOneMpuRegionAndBringAModuleWithinItsBudget() throws Exception {
        Design design = load(design("stm32f407vg", "mpu-partitions",
                "wamr-2.x-interp\" profiles=\"wasmpart:/catalog/profiles#zephyr", CONFIG_ACROSS_A_BOUNDARY));
        SharedRegion config = design.getRegions().get(0);
        assertFalse(oneArmv7mRegion(config));
        resolvesAndUndoes(design, fix(design, DiagnosticCode.BUDGET_EXCEEDED, "Use subregions: config"),
                DiagnosticCode.BUDGET_EXCEEDED);
        assertEquals(0x20006000L, config.getBase());
        assertEquals(3072, config.getSize());
        assertTrue(oneArmv7mRegion(config));
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "false" })
    void subregionsGiveAMisalignedRegionOneMpuRegion(String resizable) throws Exception {
        long size = Boolean.parseBoolean(resizable) ? 700 : 768;
        Design design = load(f4("<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\">"
                + "<grants target=\"#r\" permission=\"R\"/></modules><regions id=\"r\" size=\"" + size
                + "\" base=\"0x20010010\" resizable=\"" + resizable + "\"/>"));
        SharedRegion r = design.getRegions().get(0);
        resolvesAndUndoes(design, fix(design, DiagnosticCode.ENTRY_MISALIGNED, "Use subregions: r"),
                DiagnosticCode.ENTRY_MISALIGNED);
        assertEquals(0x20010000L, r.getBase(), "the nearest 128-byte step inside one 1 KiB block");
        assertEquals(768, r.getSize(), "six subregions of a 1 KiB region");
        assertTrue(oneArmv7mRegion(r));
    }

    @Test
    void subregionsAreOfferedOnlyWhereTheyCanDoIt() throws Exception {
        Design v8 = load(broken(DiagnosticCode.ENTRY_MISALIGNED));
        assertTrue(Fixes.forFinding(find(v8, DiagnosticCode.ENTRY_MISALIGNED)).stream()
                .noneMatch(f -> f.label().startsWith("Use subregions")), "the ARMv8-M MPU has no subregions");
        Design fixedSize = load(f4("<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\">"
                + "<grants target=\"#r\" permission=\"R\"/></modules>"
                + "<regions id=\"r\" size=\"700\" base=\"0x20010010\" resizable=\"false\"/>"));
        assertTrue(Fixes.useSubregions(fixedSize.getRegions().get(0), Set.of()).isEmpty(),
                "700 bytes are not whole 128-byte subregions, and the region may not grow");
        Design crowded = load(f4("<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\"/>"
                + "<modules id=\"n\" linearMemory=\"2560\" base=\"0x20004000\"/>"
                + "<regions id=\"r\" size=\"3 KiB\" base=\"0x20004A00\"/>"
                + "<regions id=\"x\" size=\"91648\" base=\"0x20005A00\"/>"));
        assertTrue(Fixes.useSubregions(crowded.getRegions().get(0), Set.of()).isEmpty(),
                "SRAM1 is full but for [0x20004A00, 0x20005A00), which holds 3 KiB in one 4 KiB block nowhere");
    }

    /** Whether the region alone is one ARMv7-M MPU region (STM32F407: 8 regions, 32-byte minimum). */
    private static boolean oneArmv7mRegion(SharedRegion r) {
        UnitParameters mpu = new UnitParameters(ProtectionKind.PMSA_V7, 8, 0, 0, 32, 32, 8, false, 0);
        AccessSet alone = new AccessSet("r", List.of(AccessRange.of(r.getBase(), r.getSize(), Access.R, r.getId())));
        return new PmsaV7Encoder().encode(alone, mpu) instanceof Encoding.Encoded e && e.entries().size() == 1;
    }

    /**
     * On an nRF5340 (8 MPU regions) a layout left m's nine read-only regions interleaved with
     * n's, so m needs ten regions; laying out again puts each module's regions together.
     */
    @Test
    void relayingOutBringsAModuleWithinItsBudgetAndKeepsFixedBases() throws Exception {
        StringBuilder body = new StringBuilder();
        StringBuilder m = new StringBuilder();
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            m.append("<grants target=\"#a").append(i).append("\" permission=\"R\"/>");
            n.append("<grants target=\"#b").append(i).append("\" permission=\"R\"/>");
            body.append("<regions id=\"a%d\" size=\"1 KiB\" base=\"0x%08X\" laidOut=\"true\"/>".formatted(i,
                    0x20000000 + 0x800 * i));
            body.append("<regions id=\"b%d\" size=\"1 KiB\" base=\"0x%08X\" laidOut=\"true\"/>".formatted(i,
                    0x20000400 + 0x800 * i));
        }
        body.append("<regions id=\"fixed\" size=\"1 KiB\" base=\"0x20030000\"/>");
        Design design = load(design("nrf5340-app", "mpu-partitions", "wamr-2.x-interp",
                "<modules id=\"m\" linearMemory=\"4 KiB\" base=\"0x20010000\" laidOut=\"true\">" + m + "</modules>"
                        + "<modules id=\"n\" linearMemory=\"4 KiB\" base=\"0x20011000\" laidOut=\"true\">" + n
                        + "</modules>" + body));

        resolvesAndUndoes(design, fix(design, DiagnosticCode.BUDGET_EXCEEDED, "Re-lay out"),
                DiagnosticCode.BUDGET_EXCEEDED);
        SharedRegion fixed = (SharedRegion) design.eResource().getEObject("fixed");
        assertEquals(0x20030000L, fixed.getBase(), "a base the user fixed stays");
    }

    @Test
    void memoriesWithoutABaseAreLaidOut() throws Exception {
        Design design = load(f4("<modules id=\"m\" linearMemory=\"4 KiB\"><grants target=\"#r\" permission=\"R\"/></modules>"
                + "<regions id=\"r\" size=\"1 KiB\"/>"));
        resolvesAndUndoes(design, fix(design, DiagnosticCode.LAYOUT_PENDING, "Re-lay out"), DiagnosticCode.LAYOUT_PENDING);
    }

    /** SRAM1 ends where SRAM2 begins on an STM32F407: a region across the edge splits there. */
    @Test
    void aRegionAcrossTwoTouchingBanksSplitsAtTheEdge() throws Exception {
        Design design = load(f4("<modules id=\"m\" linearMemory=\"4 KiB\" base=\"0x20000000\">"
                + "<grants target=\"#r\" permission=\"RW\"/></modules>"
                + "<regions id=\"r\" size=\"2 KiB\" base=\"0x2001BC00\" bank=\"wasmpart:/catalog/boards#stm32f407vg.sram1\"/>"));

        resolvesAndUndoes(design, fix(design, DiagnosticCode.REGION_OUTSIDE_BANK, "Split r at the end of SRAM1"),
                DiagnosticCode.REGION_OUTSIDE_BANK);
        SharedRegion rest = design.getRegions().get(1);
        assertEquals(0x2001C000L, rest.getBase());
        assertEquals("stm32f407vg.sram2", rest.getBank().getId());
        assertEquals(2, design.getModules().get(0).getGrants().size(), "the module keeps its rights on both parts");
    }

    /** WAMR attaches one shared heap per instance: two touching heaps granted alike merge into one. */
    @Test
    void twoTouchingHeapsGrantedAlikeMergeIntoOne() throws Exception {
        Design design = load(design("stm32f407vg", "wamr-shared-heap", "wamr-2.x-aot-shared-heap",
                "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\">"
                        + "<grants target=\"#a\" permission=\"RW\"/><grants target=\"#b\" permission=\"RW\"/></modules>"
                        + "<regions id=\"a\" size=\"4 KiB\" base=\"0x20008000\"/>"
                        + "<regions id=\"b\" size=\"4 KiB\" base=\"0x20009000\"/>"));

        resolvesAndUndoes(design, fix(design, DiagnosticCode.SHARED_HEAP_PER_INSTANCE, "Merge b into a"),
                DiagnosticCode.SHARED_HEAP_PER_INSTANCE);
        assertEquals(8192L, design.getRegions().get(0).getSize());
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

    @Test
    void aRegionOutsideEveryBankIsOfferedEachRamBankThatHoldsIt() throws Exception {
        String text = f4("<regions id=\"r\" size=\"32 KiB\" base=\"0x30000000\"/>");
        Design design = load(text);
        List<Fix> moves = Fixes.forFinding(find(design, DiagnosticCode.REGION_OUTSIDE_BANK)).stream()
                .filter(fix -> fix.label().startsWith("Move")).toList();
        // flash is never offered, SRAM2 (16 KiB) is too small for 32 KiB
        assertEquals(List.of("Move r to SRAM1", "Move r to CCM data RAM"),
                moves.stream().map(Fix::label).toList());
        for (int i = 0; i < moves.size(); i++) {
            Design fresh = load(text);
            Fix move = Fixes.forFinding(find(fresh, DiagnosticCode.REGION_OUTSIDE_BANK)).stream()
                    .filter(fix -> fix.label().startsWith("Move")).toList().get(i);
            new BasicCommandStack().execute(move.command().get());
            assertFalse(codes(fresh).contains(DiagnosticCode.REGION_OUTSIDE_BANK), move.label());
        }
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
