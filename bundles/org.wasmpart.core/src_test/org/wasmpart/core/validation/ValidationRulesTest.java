package org.wasmpart.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmpart.core.validation.TestDesigns.design;
import static org.wasmpart.core.validation.TestDesigns.f4;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.model.Design;

/** Every diagnostic code: a small design that triggers it, and the fixed design without it. */
class ValidationRulesTest {

    private static final String SHARED_HEAP_RUNTIME = "wamr-2.x-aot-shared-heap";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                c(DiagnosticCode.NAME_NOT_C_IDENTIFIER, "a",
                        f4("<modules id=\"a\" name=\"uplink-task\"/>"),
                        f4("<modules id=\"a\" name=\"uplink_task\"/>")),
                c(DiagnosticCode.NAME_DUPLICATE, "b",
                        f4("<regions id=\"a\" name=\"buf\" size=\"1 KiB\"/><regions id=\"b\" name=\"BUF\" size=\"1 KiB\"/>"),
                        f4("<regions id=\"a\" name=\"buf\" size=\"1 KiB\"/><regions id=\"b\" name=\"buf2\" size=\"1 KiB\"/>")),
                c(DiagnosticCode.WRITABLE_EXECUTABLE, null,
                        f4("<modules id=\"m\"><grants target=\"#r\" permission=\"RWX\"/></modules><regions id=\"r\" size=\"1 KiB\"/>"),
                        f4("<modules id=\"m\"><grants target=\"#r\" permission=\"RW\"/></modules><regions id=\"r\" size=\"1 KiB\"/>")),
                c(DiagnosticCode.GRANT_MISSING_TARGET, null,
                        f4("<modules id=\"m\"><grants permission=\"R\"/></modules><regions id=\"r\" size=\"1 KiB\"/>"),
                        f4("<modules id=\"m\"><grants target=\"#r\" permission=\"R\"/></modules><regions id=\"r\" size=\"1 KiB\"/>")),
                c(DiagnosticCode.REGION_OUTSIDE_BANK, "r",
                        f4("<regions id=\"r\" size=\"1 KiB\" base=\"0x30000000\"/>"),
                        f4("<regions id=\"r\" size=\"1 KiB\" base=\"0x2001C000\"/>")),
                c(DiagnosticCode.REGION_OVERLAP, "r2",
                        f4("<regions id=\"r1\" size=\"2 KiB\" base=\"0x2001C000\"/><regions id=\"r2\" size=\"1 KiB\" base=\"0x2001C400\"/>"),
                        f4("<regions id=\"r1\" size=\"2 KiB\" base=\"0x2001C000\"/><regions id=\"r2\" size=\"1 KiB\" base=\"0x2001C800\"/>")),
                c(DiagnosticCode.BANK_CAPACITY_EXCEEDED, "t",
                        f4(sram2Region("r1", "12 KiB") + sram2Region("r2", "12 KiB")),
                        f4(sram2Region("r1", "4 KiB") + sram2Region("r2", "4 KiB"))),
                c(DiagnosticCode.SUBPARTITION_OUTSIDE_REGION, "r.s",
                        f4("<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.s\" name=\"s\" offset=\"3 KiB\" size=\"2 KiB\"/></regions>"),
                        f4("<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.s\" name=\"s\" offset=\"3 KiB\" size=\"1 KiB\"/></regions>")),
                c(DiagnosticCode.SUBPARTITION_OVERLAP, "r.b",
                        f4("<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.a\" name=\"a\" offset=\"0\" size=\"2 KiB\"/>"
                                + "<subpartitions id=\"r.b\" name=\"b\" offset=\"1 KiB\" size=\"2 KiB\"/></regions>"),
                        f4("<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.a\" name=\"a\" offset=\"0\" size=\"2 KiB\"/>"
                                + "<subpartitions id=\"r.b\" name=\"b\" offset=\"2 KiB\" size=\"2 KiB\"/></regions>")),
                c(DiagnosticCode.OPTION_UNSUPPORTED_BY_BOARD, "t",
                        design("stm32f030r8", "wamr-2.x-interp", "mpu-partitions", "", ""),
                        design("stm32f030r8", "wamr-2.x-interp", "isolated-only", "", "")),
                c(DiagnosticCode.OPTION_UNSUPPORTED_BY_RUNTIME, "t",
                        design("stm32f407vg", "wamr-2.x-interp", "wamr-shared-heap", "", ""),
                        design("stm32f407vg", SHARED_HEAP_RUNTIME, "wamr-shared-heap", "", "")),
                c(DiagnosticCode.SHARED_HEAP_SIZE, "r",
                        heap("<regions id=\"r\" size=\"128\"/>"), heap("<regions id=\"r\" size=\"4 KiB\"/>")),
                c(DiagnosticCode.SHARED_HEAP_PAGE, "r",
                        heap("<regions id=\"r\" size=\"6 KiB\"/>"), heap("<regions id=\"r\" size=\"8 KiB\"/>")),
                c(DiagnosticCode.SHARED_HEAP_PER_INSTANCE, "m",
                        heap("<modules id=\"m\"><grants target=\"#a\" permission=\"RW\"/><grants target=\"#b\" permission=\"RW\"/></modules>"
                                + "<regions id=\"a\" size=\"4 KiB\"/><regions id=\"b\" size=\"4 KiB\"/>"),
                        heap("<modules id=\"m\"><grants target=\"#a\" permission=\"RW\"/></modules>"
                                + "<regions id=\"a\" size=\"4 KiB\"/><regions id=\"b\" size=\"4 KiB\"/>")),
                c(DiagnosticCode.SHARED_HEAP_READ_ONLY, "r",
                        design("stm32mp135", SHARED_HEAP_RUNTIME, "wamr-shared-heap", "", twoModules("RW", "R")),
                        design("stm32mp135", SHARED_HEAP_RUNTIME, "wamr-shared-heap", "", twoModules("RW", "RW"))),
                c(DiagnosticCode.REFERENCE_TYPES_MISMATCH, "m",
                        f4("<modules id=\"m\"><toolchain kind=\"wasi-sdk\" version=\"25\"/></modules>"),
                        f4("<modules id=\"m\"><toolchain kind=\"wasi-sdk\" version=\"25\" flags=\"-O2 -mcpu=mvp\"/></modules>")),
                c(DiagnosticCode.RUST_STABLE_STD_REFERENCE_TYPES, "m",
                        f4("<modules id=\"m\"><toolchain kind=\"rust\" version=\"1.84.0\" target=\"wasm32-wasip1\"/></modules>"),
                        f4("<modules id=\"m\"><toolchain kind=\"rust\" version=\"1.84.0\" target=\"wasm32v1-none\"/></modules>")),
                c(DiagnosticCode.DISCIPLINE_TWO_WRITERS, "r",
                        f4(twoModules("RW", "RW").replace("<regions id=\"r\" size=\"4 KiB\"/>",
                                "<regions id=\"r\" size=\"4 KiB\"><discipline kind=\"exclusive-writer\" writer=\"#a\"/></regions>")),
                        f4(twoModules("RW", "R").replace("<regions id=\"r\" size=\"4 KiB\"/>",
                                "<regions id=\"r\" size=\"4 KiB\"><discipline kind=\"exclusive-writer\" writer=\"#a\"/></regions>"))),
                c(DiagnosticCode.DISCIPLINE_CONSUMER_WRITES_DATA, null,
                        f4(ring("<grants target=\"#r\" permission=\"RW\" role=\"consumer\"/>")),
                        f4(ring("<grants target=\"#r.data\" permission=\"R\" role=\"consumer\"/>"
                                + "<grants target=\"#r.ctrl\" permission=\"RW\" role=\"consumer\"/>"))),
                c(DiagnosticCode.BUDGET_EXCEEDED, "m",
                        design("stm32f407vg", "wamr-2.x-interp", "mpu-partitions", ZEPHYR_AND_WAMR, scattered()),
                        design("stm32f407vg", "wamr-2.x-interp", "mpu-partitions", ZEPHYR, scattered())),
                c(DiagnosticCode.NO_FREE_ENTRIES, "t",
                        design("esp32-c3", "wamr-2.x-interp", "mpu-partitions", "",
                                "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x3FC80000\"/>"),
                        design("fe310-g002", "wamr-2.x-interp", "mpu-partitions", "",
                                "<modules id=\"m\" linearMemory=\"4 KiB\" base=\"0x80000000\"/>")),
                c(DiagnosticCode.ENTRY_MISALIGNED, "r",
                        design("nrf5340-app", "wamr-2.x-interp", "mpu-partitions", "", v8("0x20010010")),
                        design("nrf5340-app", "wamr-2.x-interp", "mpu-partitions", "", v8("0x20010000"))),
                c(DiagnosticCode.NO_HARDWARE_PROTECTION, "r",
                        design("stm32f030r8", "wamr-2.x-interp", "top-down-masking", "", twoModules("RW", "R")),
                        design("stm32f030r8", "wamr-2.x-interp", "top-down-masking", "", twoModules("RW", "RW"))),
                c(DiagnosticCode.SHARED_ENTRY_GRANTS, "r",
                        f4(SHARED_R + twoModules("R", "RW")),
                        f4(SHARED_R + twoModules("R", "R"))),
                c(DiagnosticCode.LAYOUT_PENDING, "m",
                        f4("<modules id=\"m\" linearMemory=\"16 KiB\"/>"),
                        f4("<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\"/>")));
    }

    /** The design's own entry serving region r in every module's domain. */
    private static final String SHARED_R = "<reservations purpose=\"shared r\" count=\"1\" region=\"#r\">"
            + "<appliesTo>pmsav7</appliesTo></reservations>";
    private static final String ZEPHYR = "profiles=\"wasmpart:/catalog/profiles#zephyr\"";
    private static final String ZEPHYR_AND_WAMR = "profiles=\"wasmpart:/catalog/profiles#zephyr wasmpart:/catalog/profiles#wamr\"";

    private static Arguments c(DiagnosticCode code, String objectId, String broken, String fixed) {
        return Arguments.of(code, objectId, broken, fixed);
    }

    private static String sram2Region(String id, String size) {
        return "<regions id=\"" + id + "\" size=\"" + size + "\" bank=\"wasmpart:/catalog/boards#stm32f407vg.sram2\"/>";
    }

    private static String heap(String body) {
        return design("stm32f407vg", SHARED_HEAP_RUNTIME, "wamr-shared-heap", "", body);
    }

    private static String twoModules(String a, String b) {
        return "<modules id=\"a\"><grants target=\"#r\" permission=\"" + a + "\"/></modules>"
                + "<modules id=\"b\"><grants target=\"#r\" permission=\"" + b + "\"/></modules>"
                + "<regions id=\"r\" size=\"4 KiB\"/>";
    }

    private static String ring(String consumerGrants) {
        return "<modules id=\"p\"><grants target=\"#r\" permission=\"RW\" role=\"producer\"/></modules>"
                + "<modules id=\"c\">" + consumerGrants + "</modules>"
                + "<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.ctrl\" name=\"ctrl\" offset=\"0\" size=\"256\"/>"
                + "<subpartitions id=\"r.data\" name=\"data\" offset=\"256\" size=\"3840\"/>"
                + "<discipline kind=\"spsc-ring\" producer=\"#p\" consumer=\"#c\" control=\"#r.ctrl\"/></regions>";
    }

    /** Private memory and two shared regions far apart with different access: at least 3 MPU regions. */
    private static String scattered() {
        return "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\">"
                + "<grants target=\"#a\" permission=\"R\"/><grants target=\"#b\" permission=\"RW\"/></modules>"
                + "<regions id=\"a\" size=\"1 KiB\" base=\"0x2001C000\"/><regions id=\"b\" size=\"1 KiB\" base=\"0x2001E000\"/>";
    }

    private static String v8(String regionBase) {
        return "<modules id=\"m\" linearMemory=\"16 KiB\" base=\"0x20000000\"><grants target=\"#r\" permission=\"R\"/></modules>"
                + "<regions id=\"r\" size=\"1 KiB\" base=\"" + regionBase + "\"/>";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBrokenDesignHasTheFinding(DiagnosticCode code, String objectId, String broken, String fixed) throws Exception {
        Design design = TestDesigns.load(dir, broken);
        List<Finding> findings = DesignValidator.standard().validate(design).stream().filter(f -> f.code() == code)
                .toList();
        assertFalse(findings.isEmpty(), () -> code + " missing; found " + codes(design));
        Finding f = findings.get(0);
        assertEquals(code.severity(), f.severity());
        assertTrue(f.message().length() > 30 && f.message().contains(":"), "says what to do: " + f.message());
        assertTrue(f.uri().hasFragment(), "carries the object's URI: " + f.uri());
        if (objectId != null) {
            assertEquals(objectId, f.uri().fragment(), f.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFixedDesignHasNot(DiagnosticCode code, String objectId, String broken, String fixed) throws Exception {
        Design design = TestDesigns.load(dir, fixed);
        assertFalse(codes(design).contains(code), () -> code + " still reported: " + DesignValidator.standard()
                .validate(design).stream().map(Finding::message).toList());
    }

    @Test
    void memoryPastTheAddressSpaceIsReportedNotThrown() throws Exception {
        Design design = TestDesigns.load(dir, f4("<modules id=\"m\" linearMemory=\"64 KiB\" base=\"0xFFFF8000\"/>"));
        assertTrue(codes(design).contains(DiagnosticCode.REGION_OUTSIDE_BANK), codes(design).toString());
    }

    @Test
    void aMisalignedRunIsBlamedOnTheTargetWhoseEdgeIsOff() throws Exception {
        Design design = TestDesigns.load(dir, design("nrf5340-app", "wamr-2.x-interp", "mpu-partitions", "",
                "<modules id=\"m\"><grants target=\"#r1\" permission=\"R\"/><grants target=\"#r2\" permission=\"R\"/></modules>"
                        + "<regions id=\"r1\" size=\"1 KiB\" base=\"0x20010000\"/>"
                        + "<regions id=\"r2\" size=\"1000\" base=\"0x20010400\"/>"));
        Finding f = DesignValidator.standard().validate(design).stream()
                .filter(x -> x.code() == DiagnosticCode.ENTRY_MISALIGNED).findFirst().orElseThrow();
        assertEquals("r2", f.uri().fragment(), f.message());
    }

    @Test
    void aServedRegionMustBeGrantedWholeAndAlikeByEveryModule() throws Exception {
        String parts = "<modules id=\"a\"><grants target=\"#r\" permission=\"R\"/></modules>"
                + "<modules id=\"b\"><grants target=\"#r\" permission=\"R\"/><grants target=\"#r.s\" permission=\"RW\"/></modules>"
                + "<modules id=\"c\"/>"
                + "<regions id=\"r\" size=\"4 KiB\"><subpartitions id=\"r.s\" name=\"s\" offset=\"0\" size=\"1 KiB\"/></regions>";
        Finding f = DesignValidator.standard().validate(TestDesigns.load(dir, f4(SHARED_R + parts))).stream()
                .filter(x -> x.code() == DiagnosticCode.SHARED_ENTRY_GRANTS).findFirst().orElseThrow();
        assertTrue(f.message().contains("(a: R; b: more on a subpartition than on the whole; c: no grant)"), f.message());
        Design underPmp = TestDesigns.load(dir, f4(SHARED_R.replace("pmsav7", "pmp") + parts));
        assertFalse(codes(underPmp).contains(DiagnosticCode.SHARED_ENTRY_GRANTS),
                "an entry reserved under a PMP serves nothing on an ARMv7-M MPU");
    }

    @Test
    void everyCodeHasACase() {
        Set<DiagnosticCode> covered = cases().map(a -> (DiagnosticCode) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));
        assertEquals(EnumSet.allOf(DiagnosticCode.class), covered);
    }

    @Test
    void codesAreStableAndUnique() {
        assertEquals(DiagnosticCode.values().length,
                Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).distinct().count());
        assertEquals(DiagnosticCode.values().length,
                Arrays.stream(DiagnosticCode.values()).mapToInt(DiagnosticCode::number).distinct().count());
        assertEquals("wasmpart.protection.budgetExceeded", DiagnosticCode.BUDGET_EXCEEDED.id());
        assertEquals(1001, DiagnosticCode.BUDGET_EXCEEDED.number());
    }

    private Set<DiagnosticCode> codes(Design design) {
        return DesignValidator.standard().validate(design).stream().map(Finding::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));
    }
}
