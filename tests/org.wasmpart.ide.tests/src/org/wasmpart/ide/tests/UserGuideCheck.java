package org.wasmpart.ide.tests;

import static org.wasmpart.ide.tests.Report.expect;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.search.ISearchHitCollector;
import org.eclipse.help.internal.search.QueryTooComplexException;
import org.eclipse.help.internal.search.SearchHit;
import org.eclipse.help.internal.search.SearchQuery;
import org.eclipse.help.internal.server.WebappManager;

/**
 * The wasmpart User Guide as the product's help window shows it, through the help's own server
 * and search rather than a browser (none runs under Xvfb): the help web application (Jetty 12
 * behind Equinox's HTTP whiteboard) serves its JSP frameset and the guide's pages, and the search
 * (Lucene, wrapped from Maven Central) indexes and finds them.
 */
final class UserGuideCheck {

    private static final String PAGE = "topic/org.wasmpart.help/html/quick-fixes.html";
    private static final String PAGE_TITLE = "Diagnostics and quick fixes";
    /** A word of that page only. */
    private static final String SEARCHED = "subregions";

    private final Report report;

    UserGuideCheck(Report report) {
        this.report = report;
    }

    void verify() throws Exception {
        WebappManager.start("help");
        URI help = URI.create("http://" + WebappManager.getHost() + ":" + WebappManager.getPort() + "/help/");
        HttpClient http = HttpClient.newHttpClient();
        // a JSP: Jasper compiles it with ecj when first asked
        String frameset = get(http, help.resolve("index.jsp"));
        expect(frameset.contains("<frameset") || frameset.contains("<iframe"), () -> "index.jsp is no help frameset");
        String page = get(http, help.resolve(PAGE));
        expect(page.contains(PAGE_TITLE), () -> PAGE + " does not hold '" + PAGE_TITLE + "'");
        report.saw("the help server " + help + " serves index.jsp and " + PAGE);

        List<String> found = new ArrayList<>();
        ISearchHitCollector collector = new ISearchHitCollector() {
            @Override
            public void addHits(List<SearchHit> hits, String wordsSearched) {
                hits.forEach(hit -> found.add(hit.getHref()));
            }

            @Override
            public void addQTCException(QueryTooComplexException exception) throws QueryTooComplexException {
                throw exception;
            }
        };
        BaseHelpSystem.getSearchManager().search(new SearchQuery(SEARCHED, false, List.of(), Platform.getNL()),
                collector, new NullProgressMonitor());
        expect(found.stream().anyMatch(href -> href.contains("/org.wasmpart.help/html/quick-fixes.html")),
                () -> "searching the help for '" + SEARCHED + "' found " + found);
        report.saw("searching the help for '" + SEARCHED + "' finds " + found);
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response.statusCode() == 200, () -> "GET " + uri + " answered " + response.statusCode());
        return response.body();
    }
}
