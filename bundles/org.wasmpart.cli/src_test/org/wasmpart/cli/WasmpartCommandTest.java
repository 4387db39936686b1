package org.wasmpart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command as a shell would and checks what a user sees and the exit code. */
class WasmpartCommandTest {

    private static final Path EXAMPLES = Path.of("../../examples");
    private static final Path EXAMPLE = EXAMPLES.resolve("stm32f4-sensor-hub.wasmpart");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Wasmpart.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void infoPrintsTheWholeDesign() {
        Run r = run("info", EXAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("STM32F407"), r.out());
        for (String section : new String[] { "Board", "Protects", "Memory banks", "Modules", "Shared regions", "Grants" }) {
            assertTrue(r.out().contains(section), section + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("pmsav7"), r.out());
        assertTrue(r.out().contains("0x20000000"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void unreadableInputGetsOneLocatedErrorAndExitCode3(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.wasmpart");
        Files.writeString(broken, Files.readString(EXAMPLE).replace("</wasmpart:Design>", ""));
        Run r = run("info", broken.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith(broken + ":"), r.err());
        assertTrue(r.err().contains("malformed XML"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for the user:\n" + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsNamed() {
        Run r = run("info", "no/such/design.wasmpart");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no/such/design.wasmpart") && r.err().contains("does not exist"), r.err());
    }

    @Test
    void catalogListsTheBoards() {
        Run r = run("catalog");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Boards ("), r.out());
        assertTrue(r.out().contains("rp2040"), r.out());
        assertTrue(r.out().contains("Memory options ("), r.out());
    }

    @Test
    void catalogShowsABoardsFactsWithSources() {
        Run r = run("catalog", "--board", "stm32f407vg");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("source: https://"), r.out());
        assertTrue(r.out().contains("entryCount = 8"), r.out());
    }

    @Test
    void anUnknownBoardIsAUsageError() {
        Run r = run("catalog", "--board", "nosuchboard");
        assertEquals(64, r.code());
        assertTrue(r.err().contains("no board 'nosuchboard'") && r.err().contains("stm32f407vg"), r.err());
    }

    @Test
    void aWrongCommandLineShowsUsage() {
        Run r = run("info");
        assertEquals(64, r.code());
        assertTrue(r.err().contains("Missing required parameter") && r.err().contains("Usage:"), r.err());
    }

    @Test
    void validateReportsTheBrokenExampleWithCodesAndLinesAndExitCode2() {
        Run r = run("validate", "../../examples/broken-rp2040.wasmpart");
        assertEquals(2, r.code(), r.out() + r.err());
        for (String code : new String[] { "wasmpart.name.notCIdentifier", "wasmpart.grant.writableExecutable",
                "wasmpart.discipline.twoWriters", "wasmpart.toolchain.referenceTypes", "wasmpart.protection.misaligned",
                "wasmpart.protection.budgetExceeded" }) {
            assertTrue(r.out().contains("[" + code + "]"), code + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("../../examples/broken-rp2040.wasmpart:"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(".*broken-rp2040.wasmpart:\\d+: error: .*")), r.out());
        assertTrue(r.out().contains("errors,"), r.out());
    }

    @Test
    void validateOfAGoodExampleExitsZero() {
        Run r = run("validate", EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart").toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains(": 0 errors, 0 warnings"), r.out());
    }

    @Test
    void validateProvesBeforeAnyLayoutThatNoLayoutFitsTheZephyrExample() {
        Run r = run("validate", EXAMPLE.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains(": 3 errors, 0 warnings, 0 infos"), r.out());
        assertTrue(r.out().contains(":13: error: module filter needs at least 3 pmsav7 entries wherever the layout"
                + " places its memories"), r.out());
    }

    @Test
    void validateSpeaksJson() throws Exception {
        Run r = run("validate", "--format", "json", "../../examples/broken-rp2040.wasmpart");
        assertEquals(2, r.code());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("broken_demo", json.get("design").asText());
        assertTrue(json.get("errors").asInt() >= 6, r.out());
        com.fasterxml.jackson.databind.JsonNode first = json.get("findings").get(0);
        for (String field : new String[] { "severity", "code", "number", "object", "uri", "line", "message", "data" }) {
            assertTrue(first.has(field), field + " missing in " + first);
        }
        assertTrue(first.get("uri").asText().contains("#"), first.toString());
    }

    @Test
    void validateOfUnreadableInputExits3() {
        Run r = run("validate", "no/such.wasmpart");
        assertEquals(3, r.code());
    }

    @Test
    void matrixPrintsMarkdownAndHtml() {
        Run md = run("matrix");
        assertEquals(0, md.code());
        assertTrue(md.out().startsWith("# Memory options"), md.out());
        assertTrue(md.out().contains("| ESP32-C3 / "), md.out());
        Run html = run("matrix", "--format", "html");
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
    }

    @Test
    void layoutPlacesTheExampleAndWritesItWhereAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("placed.wasmpart");
        Run r = run("layout", EXAMPLES.resolve("esp32c3-pmp-shared-heap.wasmpart").toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("region frames"), r.out());
        assertTrue(r.out().contains("Protection entries per module"), r.out());
        assertTrue(r.out().contains("optimal"), r.out());
        assertTrue(r.out().contains("Wrote " + out), r.out());
        Run check = run("validate", out.toString());
        assertEquals(0, check.code(), check.out());
        assertFalse(check.out().contains("layoutPending"), check.out());
        assertFalse(check.out().contains("wasmpart.layout."), check.out());
    }

    @Test
    void layoutSaysWhenNoLayoutCanFitAndStillWritesTheOneThatMissesLeast(@TempDir Path dir) {
        Path out = dir.resolve("placed.wasmpart");
        Run r = run("layout", EXAMPLE.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("over budget: filter needs"), r.out());
        assertTrue(r.out().contains("no layout can help"), r.out());
        assertTrue(Files.exists(out), "the best layout is written for the user to work from");
    }
}
