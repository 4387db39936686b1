package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.validation.DiagnosticCode;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.ProtectionUnit;

/**
 * Names and descriptions reach generated files without being able to change what the files
 * mean: in C no quote, comment end, line splice, directive or non-ASCII character gets through;
 * in JSON every string reads back exactly as the design holds it.
 */
class HostileNamesTest {

    /**
     * Ends a comment, starts a directive on its own line, splices lines, leaves ASCII. Of the
     * control characters only tab, newline, return and DEL: XML, and so a design, holds no others.
     */
    static final String HOSTILE = "x\" */\n#define PWNED 1\n/* \\\n??/\r\t\u007F Grüße € 🙂 */";

    @Test
    void hostileModuleRegionAndSubpartitionNamesStopGenerationAtValidation() throws Exception {
        Design design = DesignIO.load(Goldens.TESTDATA.resolve("designs/esp32c3-shared-heap-chain.wasmpart"));
        design.getModules().get(0).setName(HOSTILE);
        design.getRegions().get(0).setName("#define PWNED");
        design.getRegions().get(1).getSubpartitions().get(0).setName("a*/b");
        GenerationException e = assertThrows(GenerationException.class, () -> Generation.generate(design));
        Set<DiagnosticCode> codes = e.findings().stream().map(Finding::code).collect(Collectors.toSet());
        assertEquals(Set.of(DiagnosticCode.NAME_NOT_C_IDENTIFIER), codes);
        assertEquals(3, e.findings().size());
    }

    @Test
    void hostileTextWhereNoNameCheckLooksNeverReachesCRaw() throws Exception {
        Design design = hostileDesign();
        List<GeneratedFile> files = Generation.generate(design);
        for (GeneratedFile f : files) {
            String text = new String(f.content(), StandardCharsets.UTF_8);
            for (int i = 0; i < f.content().length; i++) {
                byte b = f.content()[i];
                assertTrue(b == '\n' || b >= 0x20 && b < 0x7F, f.path() + ": byte " + b + " at " + i);
            }
            if (f.path().endsWith(".c") || f.path().endsWith(".h")) {
                assertFalse(code(text).contains("PWNED"), f.path() + " lets a name out of its comment:\n" + text);
                assertFalse(text.contains("??/"), f.path());
                assertFalse(text.lines().anyMatch(l -> l.endsWith("\\") && !l.startsWith("#define")
                        && !l.startsWith("    __asm__")), f.path() + " splices a line:\n" + text);
            }
        }
    }

    @Test
    void hostileTextReadsBackExactlyFromTheManifest() throws Exception {
        Design design = hostileDesign();
        String json = new String(Generation.generate(design).get(0).content(), StandardCharsets.UTF_8);
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(json));
        assertEquals(HOSTILE, JsonReader.object(manifest.get("design")).get("name"));
        assertEquals(HOSTILE + "id", JsonReader.object(manifest.get("design")).get("id"));
        assertEquals(HOSTILE, JsonReader.object(manifest.get("board")).get("name"));
        assertEquals(HOSTILE, JsonReader.object(manifest.get("board")).get("vendor"));
        assertEquals(HOSTILE, JsonReader.object(manifest.get("core")).get("cpu"));
        assertEquals(HOSTILE, JsonReader.object(manifest.get("protectionUnit")).get("name"));
        Map<String, Object> bank = JsonReader.object(JsonReader.array(manifest.get("banks")).get(0));
        assertEquals(HOSTILE, bank.get("name"));
    }

    /** The chain test design with hostile text in every name and description validation leaves alone. */
    static Design hostileDesign() throws Exception {
        Design design = DesignIO.load(Goldens.TESTDATA.resolve("designs/esp32c3-shared-heap-chain.wasmpart"));
        design.setName(HOSTILE);
        design.setId(HOSTILE + "id");
        design.setDescription(HOSTILE);
        design.getModules().forEach(m -> m.setDescription(HOSTILE));
        design.getRegions().forEach(r -> r.setDescription(HOSTILE));
        Board board = design.getBoard();
        board.setName(HOSTILE);
        board.setVendor(HOSTILE);
        board.setPart(HOSTILE);
        board.setDescription(HOSTILE);
        for (Core core : board.getCores()) {
            core.setName(HOSTILE);
            core.setCpu(HOSTILE);
            for (ProtectionUnit unit : core.getProtectionUnits()) {
                unit.setName(HOSTILE);
            }
        }
        for (MemoryBank bank : board.getBanks()) {
            bank.setName(HOSTILE);
        }
        return design;
    }

    /** C without its comments: block comments end at the first closing mark, as a compiler reads them. */
    private static String code(String c) {
        return c.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }
}
