package org.wasmpart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;

/** Every kind of broken input yields its own located problem, never an exception trace. */
class MalformedInputTest {

    /** A small valid design; each test breaks one line of it. Line numbers matter below. */
    static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                id="demo" board="wasmpart:/catalog/boards#stm32f407vg" runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"
                memoryOption="wasmpart:/catalog/options#wamr-shared-heap">
              <modules id="sensor" linearMemory="64 KiB">
                <grants target="#ring" permission="RW"/>
              </modules>
              <regions id="ring" size="4 KiB"/>
            </wasmpart:Design>
            """;

    @TempDir
    Path dir;

    @Test
    void theValidDesignLoads() throws Exception {
        Design d = DesignIO.load(write(VALID));
        assertEquals("stm32f407vg", d.getBoard().getId());
        assertEquals("ring", d.getModules().get(0).getGrants().get(0).getTarget().getId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown board|stm32f407vg\"|nosuchboard\"|3|unknown board 'nosuchboard'",
            "unknown catalog|catalog/boards#|catalog/bords#|3|unknown catalog",
            "dangling reference|target=\"#ring\"|target=\"#nosuch\"|6|dangling reference: 'nosuch' names no object in this file",
            "negative size|size=\"4 KiB\"|size=\"-4096\"|8|negative",
            "size over 4 GiB|size=\"4 KiB\"|size=\"5 GiB\"|8|larger than 4 GiB",
            "address over 32 bits|size=\"4 KiB\"|size=\"4 KiB\" base=\"0x100000000\"|8|above 0xFFFFFFFF",
            "wrong type of size|linearMemory=\"64 KiB\"|linearMemory=\"plenty\"|5|invalid value 'plenty' for 'linearMemory'",
            "wrong enum literal|permission=\"RW\"|permission=\"RWZ\"|6|invalid value 'RWZ' for 'permission'",
            "unknown attribute|<regions id=\"ring\"|<regions colour=\"red\" id=\"ring\"|8|unknown attribute or element 'colour'",
            "wrong element type|<regions id=\"ring\" size=\"4 KiB\"/>|<regions xsi:type=\"wasmpart:Grant\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"ring\"/>|8|",
            "unknown namespace|https://wasmpart.org/model/1.0|https://example.org/other|4|unknown namespace" })
    void eachBrokenInputIsLocated(String kind, String from, String to, int line, String message) throws IOException {
        String broken = VALID.replace(from, to);
        assertFalse(broken.equals(VALID), "the test must change the file");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignIO.load(write(broken)));
        Problem first = e.problems().get(0);
        assertEquals(line, first.line(), kind + ": " + e.problems());
        if (message != null) {
            assertTrue(first.message().contains(message), kind + ": " + first.message());
        }
        assertTrue(first.toString().startsWith(first.file() + ":" + line + ":"), first.toString());
    }

    @Test
    void truncatedXmlIsLocated() throws IOException {
        String truncated = VALID.substring(0, VALID.indexOf("<regions"));
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignIO.load(write(truncated)));
        Problem p = e.problems().get(0);
        assertTrue(p.message().startsWith("malformed XML"), p.message());
        assertTrue(p.line() >= 7, p.toString());
    }

    @Test
    void aMissingFileIsNamed() {
        DesignLoadException e = assertThrows(DesignLoadException.class,
                () -> DesignIO.load(dir.resolve("absent.wasmpart")));
        assertTrue(e.problems().get(0).message().contains("does not exist"), e.getMessage());
    }

    @Test
    void aCatalogIsNotADesign() throws IOException {
        String catalog = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0" name="x"/>
                """;
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignIO.load(write(catalog)));
        assertTrue(e.problems().get(0).message().contains("found a Catalog"), e.getMessage());
    }

    @Test
    void theWholeAddressSpaceAndItsTopWork() throws Exception {
        String design = VALID.replace("<regions id=\"ring\" size=\"4 KiB\"/>",
                "<regions id=\"ring\" size=\"4 GiB\" base=\"0x00000000\"/><regions id=\"top\" size=\"4 KiB\" base=\"0xFFFFF000\"/>");
        Design d = DesignIO.load(write(design));
        SharedRegion all = d.getRegions().get(0);
        SharedRegion top = d.getRegions().get(1);
        assertEquals(1L << 32, all.getSize());
        assertEquals(1L << 32, top.getBase() + top.getSize());

        Path copy = dir.resolve("copy.wasmpart");
        DesignIO.saveAs(d, copy);
        String saved = Files.readString(copy);
        assertTrue(saved.contains("size=\"4 GiB\" base=\"0x00000000\""), saved);
        assertTrue(saved.contains("base=\"0xFFFFF000\""), saved);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("design.wasmpart");
        Files.writeString(file, text);
        return file;
    }
}
