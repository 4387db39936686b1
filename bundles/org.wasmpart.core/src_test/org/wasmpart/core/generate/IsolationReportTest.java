package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmpart.core.DesignIO;
import org.wasmpart.core.layout.LayoutSolver;
import org.wasmpart.core.protection.Access;
import org.wasmpart.core.protection.AccessSet;
import org.wasmpart.core.protection.EntryCoverage;
import org.wasmpart.core.protection.ModuleAccess;
import org.wasmpart.model.Design;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.util.Quantities;

/**
 * The isolation report says what the manifest says, its entries give each module exactly what the
 * design grants, and its waste is the layout's own figure.
 */
class IsolationReportTest {

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void theReportStatesTheManifestsAddressesAndEntries(Path file) throws Exception {
        List<GeneratedFile> files = Generation.generate(DesignIO.load(file));
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(text(files, Generation.MANIFEST)));
        String report = text(files, Generation.ISOLATION_REPORT);
        assertTrue(report.contains("\n| design sha256 | `"
                + JsonReader.object(manifest.get("generator")).get("designSha256") + "` |\n"), report);
        for (Object o : JsonReader.array(manifest.get("modules"))) {
            Map<String, Object> module = JsonReader.object(o);
            String section = section(report, "### Module `" + module.get("cName") + "`");
            assertTrue(section.contains("- private memory `" + range(module) + "`"), section);
            if (manifest.containsKey("protectionUnit")) {
                assertTrue(section.contains("- entries: " + module.get("entriesUsed") + " used of "
                        + module.get("entriesAvailable") + " available"), section);
                for (Object e : JsonReader.array(module.get("entries"))) {
                    Map<String, Object> entry = JsonReader.object(e);
                    String registers = JsonReader.object(entry.get("registers")).entrySet().stream()
                            .map(r -> r.getKey() + "=" + r.getValue()).collect(Collectors.joining(" "));
                    assertTrue(section.lines().anyMatch(l -> l.startsWith("| " + entry.get("index") + " | ")
                            && l.endsWith("`" + registers + "` |")), "entry " + entry.get("index") + " in\n" + section);
                }
                assertEquals(JsonReader.array(module.get("entries")).size(),
                        section.lines().filter(l -> l.matches("\\| \\d+ \\| .*")).count(), section);
            }
        }
        String memory = section(report, "## Memory use and waste");
        for (Object o : JsonReader.array(manifest.get("regions"))) {
            Map<String, Object> region = JsonReader.object(o);
            assertTrue(memory.contains("| `" + range(region) + "` | "), range(region) + " in\n" + memory);
            if (region.containsKey("subpartitions")) {
                for (Object s : JsonReader.array(region.get("subpartitions"))) {
                    assertTrue(memory.contains("| `" + range(JsonReader.object(s)) + "` | "), memory);
                }
            }
        }
        for (Object o : JsonReader.array(manifest.get("banks"))) {
            Map<String, Object> bank = JsonReader.object(o);
            assertTrue(memory.contains("(`" + bank.get("id") + "`) | `" + range(bank) + "` |"), memory);
        }
    }

    /**
     * At every edge of what a module is granted and of what its entries match, and a byte either
     * side, the one entry that decides gives the access the design grants there (none where no
     * entry decides): the report's decoding of the entries is the design, not a paraphrase.
     */
    @ParameterizedTest
    @MethodSource("designs")
    void everyEntryDecidesWhatTheModuleIsGranted(Path file) throws Exception {
        GenerationInput input = GenerationInput.of(DesignIO.load(file), ReferenceTypesPolicy.RUNTIME_PROFILE,
                new BasicMonitor());
        for (WasmModule m : input.design().getModules()) {
            List<EntryCoverage> coverage = EntryCoverage.of(input.entries().get(m), input.unit().orElseThrow()
                    .granularity());
            AccessSet granted = ModuleAccess.of(m).orElseThrow();
            TreeSet<Long> probes = new TreeSet<>();
            granted.ranges().forEach(r -> edges(probes, r.base(), r.end()));
            coverage.forEach(c -> c.matched().forEach(s -> edges(probes, s.base(), s.end())));
            for (long a : probes) {
                List<EntryCoverage> deciding = coverage.stream()
                        .filter(c -> c.decides().stream().anyMatch(s -> s.base() <= a && a < s.end())).toList();
                assertTrue(deciding.size() <= 1, m.getId() + ": two entries decide " + Long.toHexString(a));
                Access decided = deciding.isEmpty() ? Access.NONE : deciding.get(0).access();
                assertEquals(granted.access(a), decided, m.getId() + " at 0x" + Long.toHexString(a));
            }
        }
    }

    @Test
    void theWasteIsTheLayoutsOwnFigure() throws Exception {
        Design design = DesignIO.load(Goldens.EXAMPLES.resolve("stm32f4-sensor-hub-bare-metal.wasmpart"));
        // sizes off the MPU's 32-byte grain, so the layout must round
        for (WasmModule m : design.getModules()) {
            m.unsetBase();
            m.setStack(m.getStack() - 100);
        }
        design.getRegions().forEach(SharedRegion::unsetBase);
        String report = text(Generation.generate(design), Generation.ISOLATION_REPORT);
        long expected = LayoutSolver.standard().solve(design, PlacedDesign.LAYOUT, new BasicMonitor()).waste();
        assertTrue(expected > 0, "the test needs a layout that wastes something");
        Matcher waste = Pattern.compile("Waste in all: .* \\((\\d+) bytes\\)\\.").matcher(report);
        assertTrue(waste.find(), report);
        assertEquals(expected, Long.parseLong(waste.group(1)), report);
        assertTrue(report.contains("placed by the layout | 4 B |"), report);
    }

    private static void edges(TreeSet<Long> probes, long base, long end) {
        for (long a : new long[] { base - 1, base, end - 1, end }) {
            if (a >= 0 && a <= Quantities.MAX_ADDRESS) {
                probes.add(a);
            }
        }
    }

    /** "0x20000000-0x20007FFF" from a manifest object's base and size. */
    private static String range(Map<String, Object> placed) {
        long base = Quantities.parseAddress((String) placed.get("base"));
        return Quantities.formatAddress(base) + "-" + Quantities.formatAddress(base + (Long) placed.get("size") - 1);
    }

    /** From a heading to the next heading of the same or a higher level. */
    private static String section(String report, String heading) {
        List<String> lines = report.lines().toList();
        int from = lines.indexOf(heading);
        assertTrue(from >= 0, heading + " in\n" + report);
        int level = heading.indexOf(' ');
        int to = from + 1;
        while (to < lines.size() && !(lines.get(to).startsWith("#") && lines.get(to).indexOf(' ') <= level)) {
            to++;
        }
        return String.join("\n", lines.subList(from, to)) + "\n";
    }

    static String text(List<GeneratedFile> files, String path) {
        return new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
    }
}
