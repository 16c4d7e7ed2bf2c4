package org.entente.report.html;

import org.entente.report.Summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.Content;
import org.entente.model.CueClass;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.model.Statement;
import org.entente.model.StatementKind;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.entente.report.CsvReportWriter;
import org.entente.report.DocumentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    /** Names a Chinese leader, a split quote, markup and a statement nested in another's content. */
    static final String HOSTILE = "Chinese President Xi Jinping said China would work with French firms.\n"
            + "\"We <b>welcome</b> & thank you,\" he said, \"truly.\"\r\n"
            + "Officials warned that <script>alert(1)</script> was a threat, according to a report.\n";


    @TempDir
    Path dir;

    static Span span(String doc, String text) {
        return span(doc, text, 0);
    }

    static Span span(String doc, String text, int from) {
        int at = doc.indexOf(text, from);
        assertThat(at).as("'%s' in the fixture", text).isNotNegative();
        return new Span(at, at + text.length());
    }

    static Evidence evidence(String doc, String matched, String category, double weight, double contribution) {
        return new Evidence(category.isEmpty() ? "vader" : "stance", matched.toLowerCase(java.util.Locale.ROOT),
                matched, span(doc, matched), category, weight, contribution,
                category.isEmpty() ? List.of() : List.of("intensified by 'really' <x>"));
    }

    static List<ScoredStatement> hostileStatements() {
        String d = HOSTILE;
        Statement xi = new Statement(Mention.of(d, span(d, "Chinese President Xi Jinping")), "Xi Jinping",
                Mention.of(d, span(d, "said")), Content.of(d, List.of(span(d, "China would work with French firms"))),
                StatementKind.INDIRECT, CueClass.SPEECH);
        int quote = d.indexOf("\"We");
        Statement he = new Statement(Mention.of(d, span(d, "he", quote)), "Xi Jinping",
                Mention.of(d, span(d, "said", quote)),
                Content.of(d, List.of(span(d, "We <b>welcome</b> & thank you"), span(d, "truly"))),
                StatementKind.DIRECT, CueClass.SPEECH);
        Statement officials = new Statement(Mention.of(d, span(d, "Officials")), "Officials",
                Mention.of(d, span(d, "warned")), Content.of(d, List.of(span(d, "<script>alert(1)</script> was a threat"))),
                StatementKind.INDIRECT, CueClass.SPEECH);
        Statement report = new Statement(null, null, Mention.of(d, span(d, "according to")),
                Content.of(d, List.of(span(d, "Officials warned that <script>alert(1)</script> was a threat"))),
                StatementKind.INDIRECT, CueClass.SPEECH);
        return List.of(
                new ScoredStatement(xi, "China", new ToneScore(0.2, ToneLabel.POSITIVE, 0, List.of()),
                        new StanceScore(0.6, StanceLabel.COOPERATIVE, Mention.of(d, span(d, "French")), "France",
                                List.of(evidence(d, "work with", "COOPERATE", 3, 0.6)))),
                new ScoredStatement(he, "China", new ToneScore(0.7, ToneLabel.POSITIVE, 0.1,
                        List.of(evidence(d, "welcome", "", 1.6, 0.5))), StanceScore.neutral()),
                new ScoredStatement(officials, null, new ToneScore(-0.5, ToneLabel.NEGATIVE, -0.3,
                        List.of(evidence(d, "threat", "", -2.4, -0.5))),
                        new StanceScore(-0.4, StanceLabel.CONFLICTUAL, null, List.of(evidence(d, "threat", "THREATEN", -4, -0.4)))),
                new ScoredStatement(report, null, ToneScore.neutral(), StanceScore.neutral()));
    }

    static final String QUIET = "Nothing was said here.";

    List<DocumentResult> batch() {
        return List.of(new DocumentResult("hostile <doc> & \"co\"", HOSTILE, hostileStatements()),
                new DocumentResult("quiet", QUIET, List.of()));
    }

    @Test
    void writesAnOverviewAndOnePagePerArticle() throws IOException {
        Path index = HtmlReport.write(batch(), dir);
        assertThat(index).isEqualTo(dir.resolve("index.html")).isRegularFile();
        try (var pages = Files.list(dir.resolve("articles"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("0001-hostile__doc_____co_.html", "0002-quiet.html");
        }
        Document overview = Jsoup.parse(index.toFile(), "UTF-8");
        List<String> links = overview.select("#article-table a").eachAttr("href");
        assertThat(links).containsExactly("articles/0001-hostile__doc_____co_.html", "articles/0002-quiet.html");
        for (String link : links) {
            assertThat(dir.resolve(link)).isRegularFile();
        }
        Document quiet = page("articles/0002-quiet.html");
        assertThat(quiet.select("a[href=../index.html]")).hasSize(1);
        assertThat(quiet.getElementById("text").wholeText()).isEqualTo(QUIET);
    }

    @Test
    void everyStatementIsMarkedEvenWhenStatementsNest() throws IOException {
        HtmlReport.write(batch(), dir);
        ReportChecks.assertEveryStatementMarked(page("articles/0001-hostile__doc_____co_.html"), batch().get(0));
        ReportChecks.assertEveryStatementMarked(page("articles/0002-quiet.html"), batch().get(1));
    }

    @Test
    void nestedPiecesBelongToBothStatementsAndTheInnerOneColoursThem() throws IOException {
        HtmlReport.write(batch(), dir);
        Element threat = page("articles/0001-hostile__doc_____co_.html").select("#text [data-con]").stream()
                .filter(e -> e.wholeText().equals("<script>alert(1)</script> was a threat")).findFirst().orElseThrow();
        assertThat(threat.attr("data-con")).isEqualTo("3 4");
        assertThat(threat.classNames()).contains("con", "confl", "tneg", "nest");
        Element officials = page("articles/0001-hostile__doc_____co_.html").select("#text [data-src=3]").first();
        assertThat(officials.attr("data-con")).isEqualTo("4");
        assertThat(officials.classNames()).contains("src", "con", "neu");
    }

    @Test
    void textFromTheInputIsEscapedEverywhere() throws IOException {
        HtmlReport.write(batch(), dir);
        String html = Files.readString(dir.resolve("articles/0001-hostile__doc_____co_.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .doesNotContain("<b>welcome").contains("&amp; thank you").contains("hostile &lt;doc&gt; &amp; &quot;co&quot;")
                .contains("intensified by &#39;really&#39; &lt;x&gt;");
        assertThat(html.split("<script", -1)).as("script elements").hasSize(2);
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().id()).isEqualTo("entente-script");
        Element text = page.getElementById("text").clone();
        text.select(".mw").remove();
        assertThat(text.select("b, script, img")).isEmpty();
        assertThat(page.select("ol.stmts script, blockquote *")).isEmpty();
        assertThat(page.select("blockquote").get(1).text()).isEqualTo("We <b>welcome</b> & thank you truly");
        assertThat(page.title()).startsWith("hostile <doc> & \"co\"");
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index.split("<script", -1)).hasSize(2);
        assertThat(Jsoup.parse(index).select("#article-table tbody tr").first().attr("data-doc"))
                .isEqualTo("hostile <doc> & \"co\"");
    }

    @Test
    void pagesLoadNothingFromOutside() throws IOException {
        HtmlReport.write(batch(), dir);
        for (String name : List.of("index.html", "articles/0001-hostile__doc_____co_.html")) {
            Document page = page(name);
            assertThat(page.select("link, img, iframe, object, embed, script[src]")).as(name).isEmpty();
            assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .startsWith("default-src 'none';").contains("script-src 'sha256-");
            assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        }
    }

    @Test
    void sourcelessStatementsAreVisible() throws IOException {
        HtmlReport.write(batch(), dir);
        Document page = page("articles/0001-hostile__doc_____co_.html");
        assertThat(page.select("#text a.mk.nosrc").eachAttr("id")).containsExactly("m4");
        assertThat(page.select("li#s4 .who.none").text()).isEqualTo("no source in the text");
        assertThat(page(HtmlReportWriter.INDEX).select("#speaker-table tr.nosrc th").text()).isEqualTo(Summary.NO_SOURCE);
    }

    @Test
    void cardsAndListShowScoresLabelsAndEvidenceWithWeights() throws IOException {
        HtmlReport.write(batch(), dir);
        Document page = page("articles/0001-hostile__doc_____co_.html");
        Element card = page.getElementById("c3");
        assertThat(card.text()).contains("Officials", "warned", "Tone -0.50 NEGATIVE", "cue tone -0.30",
                "Stance -0.40", "CONFLICTUAL", "\u201cthreat\u201d", "w=-2.40", "THREATEN", "w=-4.00");
        assertThat(page.getElementById("c1").text()).contains("toward France (\u201cFrench\u201d)");
        Element item = page.getElementById("s3");
        assertThat(item.select("table.ev tbody tr")).hasSize(2);
        assertThat(item.select("table.ev tbody tr").get(1).select("td").eachText())
                .containsExactly("stance", "threat", "threat", "THREATEN", "stance", "-4.00", "-0.40",
                        "intensified by 'really' <x>");
        assertThat(page.select("#text [data-s~=1][title]").first().attr("title"))
                .contains("#1 Xi Jinping: source", "tone +0.20 POSITIVE", "stance +0.60 COOPERATIVE");
    }

    @Test
    void overviewCountsEqualTheCsvReport() throws IOException {
        HtmlReport.write(batch(), dir);
        StringWriter csv = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(csv)) {
            for (DocumentResult doc : batch()) {
                writer.writeDocument(doc.docId(), doc.statements());
            }
        }
        Document index = page(HtmlReportWriter.INDEX);
        ReportChecks.assertCountsEqualCsv(index, csv.toString());
        assertThat(index.select("#dyad-table tbody tr").first().select("th, td").eachText().subList(0, 3))
                .containsExactly("China", "France", "1");
        assertThat(index.select("#speaker-table tbody tr").first().select("th, td").eachText())
                .containsExactly("Xi Jinping", "China", "2", "1", "+0.45", "+0.30 \u25b2");
    }

    @Test
    void writesDocumentsAsTheyComeAndTheOverviewOnClose() throws IOException {
        try (HtmlReportWriter writer = new HtmlReportWriter(dir)) {
            Path first = writer.writeDocument("a", HOSTILE, hostileStatements());
            assertThat(first).isRegularFile();
            assertThat(writer.index()).doesNotExist();
            assertThat(writer.statementsWritten()).isEqualTo(4);
        }
        assertThat(dir.resolve("index.html")).isRegularFile();
    }

    @Test
    void aSpanBeyondTheTextIsAnError() throws IOException {
        try (HtmlReportWriter writer = new HtmlReportWriter(dir)) {
            assertThatThrownBy(() -> writer.writeDocument("short", "Too short.", hostileStatements()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the text");
        }
    }

    /** A batch of {@code documents} articles, each with statements by speakers of many countries. */
    static List<DocumentResult> largeBatch(int documents) {
        String[] countries = {"France", "Germany", "China", "Japan", "Brazil", "India", "Kenya", "Peru"};
        List<DocumentResult> batch = new java.util.ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<ScoredStatement> statements = new java.util.ArrayList<>();
            for (int k = 0; k < 12; k++) {
                String speaker = "Speaker" + ((d * 7 + k * 13) % 240);
                String country = countries[(d + k) % countries.length];
                String other = countries[(d + 3 * k + 1) % countries.length];
                int start = text.length();
                text.append(speaker).append(" said ").append(country).append(" would work with ").append(other)
                        .append(". ");
                String t = text.toString();
                Span who = new Span(start, start + speaker.length());
                Span cue = new Span(who.end() + 1, who.end() + 5);
                Span content = new Span(cue.end() + 1, t.length() - 2);
                Span toward = new Span(content.end() - other.length(), content.end());
                double stance = ((d + k) % 9 - 4) / 5.0;
                double tone = ((d * 3 + k) % 11 - 5) / 6.0;
                statements.add(new ScoredStatement(
                        new Statement(new Mention(speaker, who), speaker, new Mention("said", cue),
                                new Content(content.slice(t), List.of(content)), StatementKind.INDIRECT, CueClass.SPEECH),
                        country, new ToneScore(tone, tone > 0.1 ? ToneLabel.POSITIVE : tone < -0.1 ? ToneLabel.NEGATIVE
                                : ToneLabel.NEUTRAL, 0, List.of()),
                        new StanceScore(stance, stance > 0.1 ? StanceLabel.COOPERATIVE : stance < -0.1
                                ? StanceLabel.CONFLICTUAL : StanceLabel.NEUTRAL, new Mention(other, toward), List.of())));
            }
            batch.add(new DocumentResult("doc-" + d, text.toString(), statements));
        }
        return batch;
    }

    @Test
    void largeBatchesGetOnePagePerArticleAndABoundedChart() throws IOException {
        List<DocumentResult> batch = largeBatch(400);
        HtmlReport.write(batch, dir);
        try (var pages = Files.list(dir.resolve("articles"))) {
            assertThat(pages.count()).isEqualTo(400);
        }
        Document index = page(HtmlReportWriter.INDEX);
        assertThat(index.select("#article-table tbody tr")).hasSize(400);
        assertThat(index.select("#speaker-table tbody tr")).hasSize(240);
        assertThat(index.select("svg.scatter a.pt")).hasSize(OverviewPage.PLOTTED_SPEAKERS);
        assertThat(index.select("svg.scatter text.lbl")).hasSizeLessThanOrEqualTo(OverviewPage.LABELLED_SPEAKERS);
        assertThat(index.select("svg.bars a.bar")).hasSize(OverviewPage.PLOTTED_DYADS);
        assertThat(index.getElementById("total-statements").text()).isEqualTo("4800");
        assertThat(Files.size(dir.resolve("index.html"))).isLessThan(1_000_000);
        ReportChecks.assertEveryStatementMarked(page("articles/0400-doc-399.html"), batch.get(399));
    }

    @Test
    void slugsAreSafeFileNames() {
        assertThat(HtmlReportWriter.slug("../etc/passwd")).isEqualTo("_._etc_passwd");
        assertThat(HtmlReportWriter.slug("")).isEqualTo("doc");
        assertThat(HtmlReportWriter.slug("Ünïcode 2024.v1")).isEqualTo("_n_code_2024.v1");
        assertThat(HtmlReportWriter.slug("x".repeat(100))).hasSize(60);
    }

    private Document page(String name) throws IOException {
        return Jsoup.parse(dir.resolve(name).toFile(), "UTF-8");
    }
}
