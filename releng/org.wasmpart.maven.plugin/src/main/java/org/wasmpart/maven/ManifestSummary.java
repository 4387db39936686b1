package org.wasmpart.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a build log says about a generated folder, read from its manifest (docs/GENERATED.md). */
record ManifestSummary(JsonNode manifest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest, or an empty one when the file is missing or unreadable (it is then no match). */
    static ManifestSummary read(Path file) {
        try {
            return new ManifestSummary(Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode());
        } catch (IOException e) {
            return new ManifestSummary(JSON.createObjectNode());
        }
    }

    String designSha256() {
        return manifest.path("generator").path("designSha256").asText("");
    }

    /** The board, then each module's base and protection entries, one line each. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("design sha256 " + designSha256() + ", board " + manifest.path("board").path("id").asText()
                + (manifest.has("protectionUnit") ? ", " + manifest.path("protectionUnit").path("kind").asText() : ""));
        for (JsonNode m : manifest.path("modules")) {
            lines.add("module " + m.path("name").asText() + " at " + m.path("base").asText("-")
                    + (m.has("entriesUsed")
                            ? ": " + m.path("entriesUsed").asInt() + " of " + m.path("entriesAvailable").asInt() + " entries"
                            : ""));
        }
        return lines;
    }
}
