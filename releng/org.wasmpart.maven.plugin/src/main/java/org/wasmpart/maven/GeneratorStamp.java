package org.wasmpart.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.wasmpart.core.generate.Generation;

/**
 * Which generator produced the outputs of the last build: the SHA-256 of the core's jar, which
 * holds the generator and the catalog. A design whose hash is unchanged may still generate other
 * bytes after the plug-in was upgraded (or a snapshot rebuilt), so outputs are only reused when
 * this stamp, kept under target/, is the same as the running generator's.
 */
record GeneratorStamp(Optional<String> sha256) {

    /** The running generator; unknown when it was not loaded from a jar (an IDE's class folder). */
    static GeneratorStamp running() {
        CodeSource source = Generation.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return new GeneratorStamp(Optional.empty());
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new GeneratorStamp(Optional.of(HexFormat.of().formatHex(digest.digest())));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return new GeneratorStamp(Optional.empty());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** True when the stamp file records this generator. */
    boolean recordedIn(Path file) throws IOException {
        return sha256.isPresent() && Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.US_ASCII).strip().equals(sha256.get());
    }

    void recordIn(Path file) throws IOException {
        if (sha256.isPresent()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sha256.get() + "\n", StandardCharsets.US_ASCII);
        }
    }
}
