package org.wasmpart.core.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DIR/.wasmpart-generated: the SHA-256 of every file generation wrote into DIR, one
 * {@code <sha256>  <path>} line each, as sha256sum prints them (so {@code sha256sum -c} checks
 * them too). A file whose hash is no longer the recorded one was edited by hand.
 */
final class GeneratedIndex {

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private final Map<String, String> hashes = new TreeMap<>();

    private GeneratedIndex() {
    }

    /** The folder's index; empty when nothing was generated there. Lines it cannot read count as absent. */
    static GeneratedIndex read(Path dir) throws IOException {
        GeneratedIndex index = new GeneratedIndex();
        Path file = dir.resolve(OutputFolder.INDEX);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    index.hashes.put(m.group(2), m.group(1));
                }
            }
        }
        return index;
    }

    Optional<String> recorded(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    void record(String path, String sha256) {
        hashes.put(path, sha256);
    }

    Map<String, String> entries() {
        return hashes;
    }

    /** Writes the index, sorted by path, so that it too is the same for the same output. */
    void write(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        hashes.forEach((path, sha) -> s.append(sha).append("  ").append(path).append('\n'));
        AtomicFiles.write(dir.resolve(OutputFolder.INDEX), s.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
