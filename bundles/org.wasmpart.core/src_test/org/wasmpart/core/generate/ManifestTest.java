package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.protection.Encoding;
import org.wasmpart.core.protection.HardwareEntry;
import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.util.Quantities;

/**
 * The manifest reads back as JSON of schema 1, and what it says is what the encoders say: with
 * the manifest's bases put into the design, every module encodes to exactly the raw registers the
 * manifest lists, and the C tables hold those same values.
 */
class ManifestTest {

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void rawRegistersAreTheEncodersAndTheCTablesHoldThem(Path file) throws Exception {
        List<GeneratedFile> files = Generation.generate(DesignIO.load(file));
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(text(files, Generation.MANIFEST)));
        assertEquals(1L, manifest.get("schemaVersion"));
        String sha = (String) JsonReader.object(manifest.get("generator")).get("designSha256");
        assertTrue(text(files, Generation.C_HEADER).contains(" * design sha256 " + sha + "\n"));
        assertTrue(text(files, Generation.C_SOURCE).contains(" * design sha256 " + sha + "\n"));

        Design design = DesignIO.load(file);
        place(design, manifest);
        String source = text(files, Generation.C_SOURCE);
        for (Object o : JsonReader.array(manifest.get("modules"))) {
            Map<String, Object> module = JsonReader.object(o);
            WasmModule m = design.getModules().stream().filter(x -> x.getId().equals(module.get("id"))).findFirst()
                    .orElseThrow();
            List<HardwareEntry> encoded = ((Encoding.Encoded) DesignValidator.encoding(m).orElseThrow()).entries();
            List<Object> listed = JsonReader.array(module.get("entries"));
            assertEquals(encoded.size(), listed.size(), m.getId());
            assertEquals((long) encoded.size(), module.get("entriesUsed"));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < encoded.size(); i++) {
                Map<String, Object> entry = JsonReader.object(listed.get(i));
                assertEquals((long) encoded.get(i).index(), entry.get("index"));
                Map<String, Object> registers = new LinkedHashMap<>();
                encoded.get(i).registers().forEach((k, v) -> registers.put(k, String.format(Locale.ROOT, "0x%08X", v)));
                assertEquals(registers, entry.get("registers"), m.getId() + " entry " + i);
                lines.add("    " + initializer(entry) + ", /* ");
            }
            String table = source.substring(source.indexOf("wasmpart_" + module.get("cName") + "_entries["));
            for (String line : lines) {
                assertTrue(table.contains(line), line + " missing from the C table of " + m.getId());
            }
        }
    }

    /** Gives the design the bases and sizes the manifest says (a laid-out copy's, or its own). */
    private static void place(Design design, Map<String, Object> manifest) {
        for (Object o : JsonReader.array(manifest.get("modules"))) {
            Map<String, Object> module = JsonReader.object(o);
            for (WasmModule m : design.getModules()) {
                if (m.getId().equals(module.get("id")) && module.containsKey("base")) {
                    m.setBase(Quantities.parseAddress((String) module.get("base")));
                    m.setStack((Long) module.get("stack"));
                }
            }
        }
        for (Object o : JsonReader.array(manifest.get("regions"))) {
            Map<String, Object> region = JsonReader.object(o);
            for (SharedRegion r : design.getRegions()) {
                if (r.getId().equals(region.get("id"))) {
                    r.setBase(Quantities.parseAddress((String) region.get("base")));
                    r.setSize((Long) region.get("size"));
                }
            }
        }
    }

    /** The C initializer of an entry, from the manifest's registers (and the fields C adds). */
    private static String initializer(Map<String, Object> entry) {
        Map<String, Object> r = JsonReader.object(entry.get("registers"));
        Map<String, Object> f = JsonReader.object(entry.get("fields"));
        long index = (Long) entry.get("index");
        return switch ((String) entry.get("type")) {
            case "pmsav7-region" -> "{ " + c(r.get("RBAR")) + ", " + c(r.get("RASR")) + " }";
            case "pmsav8-region" -> "{ " + index + "u, " + c(r.get("RBAR")) + ", " + c(r.get("RLAR")) + " }";
            case "pmp-entry" -> "{ " + index + "u, " + c(r.get("pmpaddr" + index)) + ", 0x"
                    + ((String) r.get("pmp" + index + "cfg")).substring(8) + "u }";
            case "mmu-mapping" -> "{ " + c(f.get("base")) + ", " + Long.decode((String) r.get("pages")) + "u, "
                    + c(r.get("descriptor")) + " }";
            default -> throw new AssertionError(entry.get("type"));
        };
    }

    private static String c(Object hex) {
        return "UINT32_C(" + hex + ")";
    }

    private static String text(List<GeneratedFile> files, String path) {
        return new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
    }
}
