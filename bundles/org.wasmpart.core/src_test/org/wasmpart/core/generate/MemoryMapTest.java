package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.util.Quantities;

/**
 * The memory map is well-formed SVG 1.1 built from a small, fixed vocabulary, whose references all
 * resolve, and it draws every memory of the manifest at the manifest's addresses.
 */
class MemoryMapTest {

    static final String SVG = "http://www.w3.org/2000/svg";
    private static final Set<String> VOCABULARY = Set.of("svg", "title", "desc", "defs", "pattern", "rect", "path",
            "text");

    static List<Path> designs() throws IOException {
        return Goldens.designs();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void theMapIsSvgThatDrawsEveryMemoryOfTheManifest(Path file) throws Exception {
        List<GeneratedFile> files = Generation.generate(DesignIO.load(file));
        Document svg = parse(IsolationReportTest.text(files, Generation.MEMORY_MAP));
        Element root = svg.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        Set<String> ids = new HashSet<>();
        List<String> references = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertEquals(SVG, e.getNamespaceURI(), e.getTagName());
            assertTrue(VOCABULARY.contains(e.getLocalName()), e.getLocalName());
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "id twice: " + e.getAttribute("id"));
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Matcher url = Pattern.compile("url\\(#([^)]*)\\)").matcher(attributes.item(a).getNodeValue());
                while (url.find()) {
                    references.add(url.group(1));
                }
            }
        }
        assertTrue(ids.containsAll(references), references + " refer to " + ids);

        List<String> titles = titles(svg);
        Map<String, Object> manifest = JsonReader.object(JsonReader.parse(IsolationReportTest.text(files,
                Generation.MANIFEST)));
        for (Object o : JsonReader.array(manifest.get("modules"))) {
            Map<String, Object> m = JsonReader.object(o);
            String expected = "module " + m.get("cName") + ": private memory " + range(m);
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(expected)), expected + " in " + titles);
        }
        for (Object o : JsonReader.array(manifest.get("regions"))) {
            Map<String, Object> r = JsonReader.object(o);
            String expected = "region " + r.get("cName") + " " + range(r);
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(expected)), expected + " in " + titles);
        }
        for (Object o : JsonReader.array(manifest.get("banks"))) {
            Map<String, Object> b = JsonReader.object(o);
            assertTrue(titles.contains("bank " + b.get("name") + " " + range(b)), b + " in " + titles);
        }
    }

    /** Parsed without any DTD: the map declares none and needs none. */
    static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
    }

    static List<String> titles(Document svg) {
        List<String> titles = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "title");
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        return titles;
    }

    private static String range(Map<String, Object> placed) {
        long base = Quantities.parseAddress((String) placed.get("base"));
        return Quantities.formatAddress(base) + "-" + Quantities.formatAddress(base + (Long) placed.get("size") - 1);
    }
}
