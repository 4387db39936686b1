package org.wasmpart.core.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes generated files into a folder without destroying anyone's edits, for every front end
 * (the command line, the Maven plug-in). The folder keeps an index of what was written
 * ({@value #INDEX}, in sha256sum's format); a file whose bytes no longer match it, or that exists
 * without being in it, is only overwritten when forced.
 */
public final class OutputFolder {

    /** The index of generated files inside the output folder. */
    public static final String INDEX = ".wasmpart-generated";

    private OutputFolder() {
    }

    /**
     * Writes each file unless that would overwrite an edit (or {@code force} says to), leaves files
     * with the right bytes untouched (so their time stamps do not trigger rebuilds), then updates
     * the index. Creates the folder when missing.
     *
     * @return what happened to each file, in the given order
     */
    public static List<WrittenFile> write(Path dir, List<GeneratedFile> files, boolean force) throws IOException {
        GeneratedIndex index = GeneratedIndex.read(dir);
        List<WrittenFile> outcomes = new ArrayList<>();
        for (GeneratedFile f : files) {
            outcomes.add(new WrittenFile(f.path(), write(dir, f, index, force)));
        }
        index.write(dir);
        return List.copyOf(outcomes);
    }

    /**
     * True when the folder has an index and every file it names still has its recorded bytes: what
     * was generated there last is complete and nobody has edited it since.
     */
    public static boolean intact(Path dir) throws IOException {
        Map<String, String> recorded = GeneratedIndex.read(dir).entries();
        if (recorded.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !GeneratedIndex.sha256(Files.readAllBytes(file)).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static WrittenFile.Outcome write(Path dir, GeneratedFile f, GeneratedIndex index, boolean force)
            throws IOException {
        Path target = dir.resolve(f.path());
        String sha = GeneratedIndex.sha256(f.content());
        if (Files.exists(target)) {
            String current = GeneratedIndex.sha256(Files.readAllBytes(target));
            if (current.equals(sha)) {
                index.record(f.path(), sha);
                return WrittenFile.Outcome.UNCHANGED;
            }
            if (!force && !index.recorded(f.path()).map(current::equals).orElse(false)) {
                return index.recorded(f.path()).isPresent() ? WrittenFile.Outcome.EDITED_BY_HAND
                        : WrittenFile.Outcome.NOT_GENERATED;
            }
        }
        AtomicFiles.write(target, f.content());
        index.record(f.path(), sha);
        return WrittenFile.Outcome.WRITTEN;
    }
}
