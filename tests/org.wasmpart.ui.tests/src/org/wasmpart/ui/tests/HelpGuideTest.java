package org.wasmpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.wasmpart.core.validation.DiagnosticCode;

/** The user guide is registered with Eclipse Help, its pages and links resolve, and it is complete. */
@ExtendWith(FailOnLoggedErrors.class)
class HelpGuideTest {

    private static final String BUNDLE = "org.wasmpart.help";
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

    @Test
    void theGuideIsInTheHelpSystemAndEveryTopicAndLinkResolves() throws IOException {
        IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> "wasmpart User Guide".equals(t.getLabel()))
                .findFirst().orElseThrow(() -> new AssertionError("no wasmpart User Guide among the help tocs"));
        Bundle bundle = Platform.getBundle(BUNDLE);
        List<String> labels = new ArrayList<>();
        for (ITopic topic : toc.getTopics()) {
            labels.add(topic.getLabel());
            String page = pathOf(topic.getHref());
            String html = read(bundle, page);
            assertTrue(html.contains("<h1>" + topic.getLabel() + "</h1>"), page + " is headed by its topic's label");
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                if (!target.startsWith("http") && !target.startsWith("#")) {
                    String resolved = page.substring(0, page.lastIndexOf('/') + 1) + target;
                    assertNotNull(bundle.getEntry(resolved), page + " links to " + target + ", which is missing");
                }
            }
        }
        assertTrue(labels.containsAll(List.of("Getting started", "The design editor", "Diagnostics and quick fixes",
                "Generating in the workbench", "Headless builds: command line and Maven")), labels.toString());
    }

    @Test
    void theQuickFixPageDescribesEveryDiagnosticCode() throws IOException {
        String html = read(Platform.getBundle(BUNDLE), "/html/quick-fixes.html");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            String row = "<tr><td>" + code.number() + "</td><td>" + code.id().substring("wasmpart.".length())
                    + "</td>";
            assertTrue(html.contains(row), "quick-fixes.html has no row for " + code.number() + " " + code.id());
        }
        assertEquals(DiagnosticCode.values().length, html.split("<tr><td>1", -1).length - 1,
                "one row per code, no row for a code that does not exist");
    }

    /** A toc href is "/bundle/path" once the help system has resolved it, else relative to the toc. */
    private static String pathOf(String href) {
        String prefix = "/" + BUNDLE + "/";
        return "/" + (href.startsWith(prefix) ? href.substring(prefix.length()) : href);
    }

    private static String read(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        assertNotNull(url, path + " is not in " + BUNDLE);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
