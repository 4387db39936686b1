package org.wasmpart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmpart.cli.WasmpartCommandTest.Run;

/** wasmpart generate as a user runs it: what it writes, what it refuses to overwrite, exit codes. */
class GenerateCommandTest {

    private static final String EXAMPLE = "../../examples/esp32c3-pmp-shared-heap.wasmpart";
    private static final List<String> FILES = List.of("wasmpart-manifest.json", "c/wasmpart_config.h",
            "c/wasmpart_config.c", "build/wasmpart.cmake", "build/wasmpart.mk", "build/wasmpart.ld",
            "report/isolation.md", "report/memory-map.svg", "build/cargo-logger.toml");

    @Test
    void writesTheFilesTheirIndexAndASummary(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        Run r = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> index = Files.readAllLines(dir.resolve(".wasmpart-generated"));
        assertEquals(FILES.size(), index.size());
        for (String file : FILES) {
            String sha = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(file))));
            assertTrue(index.contains(sha + "  " + file), file + " not in " + index);
            assertTrue(r.out().contains(file), r.out());
        }
        assertTrue(r.out().contains("Design sha256 "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+parser\\s+0x3FC\\w+\\s+2\\s+14\\s*")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void generatingAgainChangesNothing(@TempDir Path dir) throws IOException {
        WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        byte[] header = Files.readAllBytes(dir.resolve("c/wasmpart_config.h"));
        Run r = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(FILES.size(), r.out().lines().filter(l -> l.endsWith("unchanged")).count(), r.out());
        assertEquals(new String(header), Files.readString(dir.resolve("c/wasmpart_config.h")));
    }

    @Test
    void aFileEditedByHandIsKeptUnlessForced(@TempDir Path dir) throws IOException {
        WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        Path header = dir.resolve("c/wasmpart_config.h");
        String generated = Files.readString(header);
        Files.writeString(header, generated + "/* my change */\n");
        Run refused = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains(header + ": not written: edited by hand"), refused.err());
        assertTrue(Files.readString(header).endsWith("/* my change */\n"));
        Run again = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertEquals(2, again.code(), "the edit stays detected: " + again.out());
        Run forced = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(generated, Files.readString(header));
    }

    @Test
    void aFileGenerateDidNotWriteIsNotOverwritten(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("c/wasmpart_config.c");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "int mine;\n");
        Run r = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("generate did not write it"), r.err());
        assertEquals("int mine;\n", Files.readString(mine));
        assertTrue(Files.exists(dir.resolve("c/wasmpart_config.h")), "the other files are still written");
    }

    @Test
    void validationErrorsStopItAsValidatePrintsThem(@TempDir Path dir) {
        Run r = WasmpartCommandTest.run("generate", "../../examples/broken-rp2040.wasmpart", "-o", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(".*broken-rp2040.wasmpart:\\d+: error: .*\\[wasmpart\\.\\w+\\.\\w+\\]")),
                r.err());
        assertTrue(r.err().contains("not generated: the design has validation errors"), r.err());
        assertFalse(Files.exists(dir.resolve(".wasmpart-generated")));
    }

    /**
     * Valid, since two kinds of access fit the two free entries, but the two read-only regions
     * are fixed far apart, so they take two entries besides the module's own: no layout fits.
     */
    @Test
    void aDesignNoLayoutFitsIsNotGenerated(@TempDir Path dir) throws IOException {
        Path design = dir.resolve("apart.wasmpart");
        Files.writeString(design, """
                <?xml version="1.0" encoding="UTF-8"?>
                <wasmpart:Design xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:wasmpart="https://wasmpart.org/model/1.0"
                    id="apart" board="wasmpart:/catalog/boards#nrf5340-app" runtime="wasmpart:/catalog/runtimes#wamr-2.x-interp"
                    profiles="wasmpart:/catalog/profiles#zephyr wasmpart:/catalog/profiles#wamr" memoryOption="wasmpart:/catalog/options#mpu-partitions">
                  <modules id="reader" linearMemory="16 KiB" bank="wasmpart:/catalog/boards#nrf5340-app.ram">
                    <grants target="#low" permission="R"/>
                    <grants target="#high" permission="R"/>
                  </modules>
                  <regions id="low" size="1 KiB" base="0x20000000" resizable="false"/>
                  <regions id="high" size="1 KiB" base="0x20070000" resizable="false"/>
                </wasmpart:Design>
                """);
        assertEquals(0, WasmpartCommandTest.run("validate", design.toString()).code());
        Run r = WasmpartCommandTest.run("generate", design.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not generated: no layout fits the design: module reader needs 3 entries, has 2"),
                r.err());
    }

    @Test
    void onlyTheChosenKindsOfFileAreWritten(@TempDir Path dir) throws IOException {
        Run r = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString(), "--only", "c,linker");
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> index = Files.readAllLines(dir.resolve(".wasmpart-generated"));
        assertEquals(List.of("build/wasmpart.ld", "c/wasmpart_config.c", "c/wasmpart_config.h"),
                index.stream().map(l -> l.substring(66)).toList());
        assertFalse(Files.exists(dir.resolve("wasmpart-manifest.json")));
        assertFalse(r.out().contains("Design sha256"), "no manifest, no summary from it: " + r.out());
    }

    @Test
    void theReferenceTypesPolicyCanPutTheFlagsIntoEveryModule(@TempDir Path dir) throws IOException {
        String mmu = "../org.wasmpart.core/testdata/generate/designs/armv7a-mmu.wasmpart";
        assertEquals(0, WasmpartCommandTest.run("generate", mmu, "-o", dir.resolve("runtime").toString(), "--only",
                "cmake").code());
        assertEquals(0, WasmpartCommandTest.run("generate", mmu, "-o", dir.resolve("every").toString(), "--only",
                "cmake", "--reference-types", "every-module").code());
        assertFalse(Files.readString(dir.resolve("runtime/build/wasmpart.cmake")).contains("-Ctarget-cpu=mvp"));
        assertTrue(Files.readString(dir.resolve("every/build/wasmpart.cmake")).contains("-Ctarget-cpu=mvp"));
    }

    @Test
    void unknownKindsAndPoliciesAreUsageErrors(@TempDir Path dir) {
        Run kind = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString(), "--only", "c,docs");
        assertEquals(64, kind.code());
        assertTrue(kind.err().contains("unknown kind of file 'docs'"), kind.err());
        Run policy = WasmpartCommandTest.run("generate", EXAMPLE, "-o", dir.toString(), "--reference-types", "never");
        assertEquals(64, policy.code());
        assertTrue(policy.err().contains("every-module"), policy.err());
    }

    @Test
    void theOutputFolderIsRequired() {
        Run r = WasmpartCommandTest.run("generate", EXAMPLE);
        assertEquals(64, r.code());
        assertTrue(r.err().contains("--output"), r.err());
    }
}
