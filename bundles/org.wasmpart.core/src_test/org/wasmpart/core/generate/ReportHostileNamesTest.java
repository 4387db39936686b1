package org.wasmpart.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryBank;

/**
 * Names reach the isolation report and the memory map without reshaping them: in Markdown no
 * name adds a table cell, a line, code, a link or HTML; in the SVG every name reads back exactly,
 * whatever markup or CDATA end it holds.
 */
class ReportHostileNamesTest {

    /** Markup of both formats, then the C-breaking name of {@link HostileNamesTest}. */
    static final String HOSTILE = "a|b`c`<script>&amp;\"q' ]]> *em* _u_ [l](http://x) \\| ~~s~~\n# h\n- li\n"
            + HostileNamesTest.HOSTILE;

    @Test
    void namesReadBackExactlyFromTheMemoryMap() throws Exception {
        Design design = hostileDesign();
        Document svg = MemoryMapTest.parse(IsolationReportTest.text(Generation.generate(design), Generation.MEMORY_MAP));
        List<String> titles = MemoryMapTest.titles(svg);
        assertEquals("Memory map of " + HOSTILE, titles.get(0));
        MemoryBank bank = design.getBoard().getBanks().get(0);
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("bank " + HOSTILE + " 0x")), titles.toString());
        assertEquals(bank.getName(), HOSTILE);
    }

    @Test
    void namesStayTextInTheReport() throws Exception {
        String report = IsolationReportTest.text(Generation.generate(hostileDesign()), Generation.ISOLATION_REPORT);
        assertTrue(report.contains("# Isolation report: " + MarkdownText.text(HOSTILE) + "\n"), report);
        List<String> lines = report.lines().toList();
        int cells = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                cells = -1;
                continue;
            }
            // the first row of a table sets its width; escaped pipes are text
            int here = line.replace("\\|", "").split("\\|", -1).length;
            if (cells < 0) {
                cells = here;
            }
            assertEquals(cells, here, line);
            assertEquals(0, line.replace("\\`", "").chars().filter(c -> c == '`').count() % 2, line);
        }
        for (String line : lines) {
            assertFalse(line.startsWith("# h") || line.startsWith("- li") || line.startsWith("#define"), line);
            String outsideAutolinks = line.replaceAll("<https?://[^<>\\s]+>", "");
            assertFalse(outsideAutolinks.contains("<") && !line.equals("<!--"), line);
        }
    }

    @Test
    void escapesKeepEveryCharacter() {
        assertEquals("]]&gt; &lt;a b=&quot;c&quot;&gt; &amp;amp; &#39;", XmlText.of("]]> <a b=\"c\"> &amp; '"));
        assertEquals("&#x1F642;&#xFFFD;&#x9;&#xFFFD;&#xFC;", XmlText.of("\uD83D\uDE42\uD800\t\u0001\u00FC"));
        assertEquals("a\\|b \\`c\\` &lt;d&gt; &amp; \\*e\\* \\_f\\_ \\[g\\] &#x1F642;",
                MarkdownText.text("a|b\n`c` <d> & *e* _f_ [g] \uD83D\uDE42"));
        assertEquals("`0x20000000-0x20007FFF`", MarkdownText.code("0x20000000-0x20007FFF"));
        assertEquals("a\\|b", MarkdownText.code("a|b"));
        assertEquals("<https://example.com/a_b?c=d&e>", MarkdownText.link("https://example.com/a_b?c=d&e"));
        assertEquals("https://x/&lt;y&gt;", MarkdownText.link("https://x/<y>"));
    }

    /** The hostile design of {@link HostileNamesTest} with markup in every name no validation checks. */
    private static Design hostileDesign() throws Exception {
        Design design = HostileNamesTest.hostileDesign();
        design.setName(HOSTILE);
        design.getBoard().setName(HOSTILE);
        design.getBoard().setVendor(HOSTILE);
        design.getBoard().getBanks().forEach(b -> b.setName(HOSTILE));
        design.getBoard().getCores().forEach(c -> {
            c.setName(HOSTILE);
            c.getProtectionUnits().forEach(u -> u.setName(HOSTILE));
        });
        return design;
    }
}
