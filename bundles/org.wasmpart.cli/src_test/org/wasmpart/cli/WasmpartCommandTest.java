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

    private static final Path EXAMPLE = Path.of("../../examples/stm32f4-sensor-hub.wasmpart");

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
}
