package org.entente.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.Entente;
import org.entente.report.CsvReportWriter;
import org.entente.report.DocumentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * END-TO-END: the report of the example articles, analysed by the real {@link Entente}, rendered
 * by headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it). The DOM Chromium
 * dumps after running the pages' script must mark every statement, show the overview counts of
 * the CSV report, and show an article's {@code <script>} as text without running it. Fails, never
 * skips, when Chromium is missing. Run alone with {@code mvn test -Dtest=HtmlReportBrowserTest}.
 */
@Tag("end-to-end")
class HtmlReportBrowserTest {

    static final String WIRE = "danube-summit";
    static final String HOSTILE = "markup-mischief";

    @TempDir
    static Path dir;

    static Chromium chromium;
    static final List<DocumentResult> docs = new ArrayList<>();
    static final List<Path> pages = new ArrayList<>();
    static String csv;

    @BeforeAll
    static void writeReports() throws IOException {
        chromium = Chromium.find();
        Entente entente = Entente.defaults();
        for (String id : List.of(WIRE, HOSTILE)) {
            String text = fixture(id + ".txt");
            docs.add(new DocumentResult(id, text, entente.analyze(text)));
        }
        StringWriter out = new StringWriter();
        try (HtmlReportWriter html = new HtmlReportWriter(dir.resolve("report"));
             CsvReportWriter report = new CsvReportWriter(out)) {
            for (DocumentResult doc : docs) {
                pages.add(html.write(doc));
                report.writeDocument(doc.docId(), doc.statements());
            }
        }
        csv = out.toString();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Document render(Path page) throws Exception {
        Document dom = Jsoup.parse(chromium.dumpDom(page));
        assertThat(dom.selectFirst("html").hasClass("js")).as("the page's own script ran in %s", page).isTrue();
        return dom;
    }

    @Test
    void theExampleHasStatementsOfEveryKind() {
        DocumentResult wire = docs.get(0);
        assertThat(wire.statements()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(wire.statements()).anySatisfy(s -> assertThat(s.statement().speaker().text()).isEqualTo("she"));
        assertThat(wire.statements()).anySatisfy(s -> assertThat(s.statement().cue().text()).isEqualTo("According to"));
        assertThat(wire.statements()).anySatisfy(s -> assertThat(s.statement().content().isSplit()
                || s.statement().kind().name().equals("DIRECT")).isTrue());
    }

    @Test
    void everyStatementIsMarkedInTheBrowser() throws Exception {
        for (int i = 0; i < docs.size(); i++) {
            Document dom = render(pages.get(i));
            ReportChecks.assertEveryStatementMarked(dom, docs.get(i));
            assertThat(dom.select("ol.stmts table.ev, ol.stmts .noev")).hasSize(docs.get(i).statements().size());
        }
    }

    @Test
    void overviewCountsEqualTheCsvInTheBrowser() throws Exception {
        Document index = render(dir.resolve("report").resolve(HtmlReportWriter.INDEX));
        ReportChecks.assertCountsEqualCsv(index, csv);
        assertThat(index.select("#speaker-table thead th button")).as("sort buttons added by the script").hasSize(6);
        assertThat(index.select("svg.scatter a.pt")).hasSize(index.select("#speaker-table tbody tr").size());
    }

    @Test
    void aScriptInAnArticleShowsAsTextAndNeverRuns() throws Exception {
        Document dom = render(pages.get(1));
        Element html = dom.selectFirst("html");
        assertThat(html.hasAttr("data-pwned")).as("an injected script or handler ran").isFalse();
        assertThat(dom.select("script")).hasSize(1);
        assertThat(dom.select("script").first().id()).isEqualTo("entente-script");
        assertThat(dom.select("img, iframe, blockquote *")).isEmpty();
        Element text = dom.getElementById("text").clone();
        text.select(".mw").remove();
        assertThat(text.select("b, script")).isEmpty();
        assertThat(text.wholeText()).contains("<script>alert(1)</script>", "<b>not bold</b>", "5 < 7 & 8 > 3",
                "\"double quotes\" and 'single quotes'", "<img src=\"x\" onerror=");
        assertThat(dom.selectFirst("h1").text()).isEqualTo(HOSTILE);
    }
}
