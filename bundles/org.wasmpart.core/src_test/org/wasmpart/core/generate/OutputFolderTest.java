package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmpart.core.generate.WrittenFile.Outcome;

/** What OutputFolder writes, keeps and refuses, and when it calls a folder intact. */
class OutputFolderTest {

    private static final List<GeneratedFile> FILES = List.of(file("a.txt", "one\n"), file("sub/b.txt", "two\n"));

    private static GeneratedFile file(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Outcome> outcomes(List<WrittenFile> written) {
        return written.stream().map(WrittenFile::outcome).toList();
    }

    @Test
    void writesTheFilesAndAnIndexSha256sumReads(@TempDir Path dir) throws IOException {
        assertEquals(List.of(Outcome.WRITTEN, Outcome.WRITTEN), outcomes(OutputFolder.write(dir, FILES, false)));
        assertEquals("two\n", Files.readString(dir.resolve("sub/b.txt")));
        assertEquals(List.of(GeneratedIndex.sha256("one\n".getBytes(StandardCharsets.UTF_8)) + "  a.txt",
                GeneratedIndex.sha256("two\n".getBytes(StandardCharsets.UTF_8)) + "  sub/b.txt"),
                Files.readAllLines(dir.resolve(OutputFolder.INDEX)));
        assertTrue(OutputFolder.intact(dir));
    }

    @Test
    void theSameBytesAreNotRewritten(@TempDir Path dir) throws IOException {
        OutputFolder.write(dir, FILES, false);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(dir.resolve("a.txt"), old);
        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UNCHANGED), outcomes(OutputFolder.write(dir, FILES, false)));
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("a.txt")));
    }

    @Test
    void aGeneratedFileIsReplacedWhenTheContentChanges(@TempDir Path dir) throws IOException {
        OutputFolder.write(dir, FILES, false);
        List<WrittenFile> w = OutputFolder.write(dir, List.of(file("a.txt", "one, new\n"), FILES.get(1)), false);
        assertEquals(List.of(Outcome.WRITTEN, Outcome.UNCHANGED), outcomes(w));
        assertEquals("one, new\n", Files.readString(dir.resolve("a.txt")));
        assertTrue(OutputFolder.intact(dir));
    }

    @Test
    void anEditIsKeptUnlessForced(@TempDir Path dir) throws IOException {
        OutputFolder.write(dir, FILES, false);
        Files.writeString(dir.resolve("a.txt"), "mine\n");
        assertFalse(OutputFolder.intact(dir));
        List<WrittenFile> refused = OutputFolder.write(dir, FILES, false);
        assertEquals(List.of(Outcome.EDITED_BY_HAND, Outcome.UNCHANGED), outcomes(refused));
        assertTrue(refused.get(0).outcome().refused());
        assertEquals("mine\n", Files.readString(dir.resolve("a.txt")));
        assertEquals(Outcome.EDITED_BY_HAND, OutputFolder.write(dir, FILES, false).get(0).outcome(),
                "the edit stays detected");
        assertEquals(Outcome.WRITTEN, OutputFolder.write(dir, FILES, true).get(0).outcome());
        assertEquals("one\n", Files.readString(dir.resolve("a.txt")));
        assertTrue(OutputFolder.intact(dir));
    }

    @Test
    void aFileGenerationDidNotWriteIsNotOverwritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "theirs\n");
        assertEquals(List.of(Outcome.NOT_GENERATED, Outcome.WRITTEN), outcomes(OutputFolder.write(dir, FILES, false)));
        assertEquals("theirs\n", Files.readString(dir.resolve("a.txt")));
        assertTrue(OutputFolder.intact(dir), "the index names only what was written");
    }

    @Test
    void aFolderWithoutIndexOrWithAMissingFileIsNotIntact(@TempDir Path dir) throws IOException {
        assertFalse(OutputFolder.intact(dir));
        OutputFolder.write(dir, FILES, false);
        Files.delete(dir.resolve("sub/b.txt"));
        assertFalse(OutputFolder.intact(dir));
    }
}
