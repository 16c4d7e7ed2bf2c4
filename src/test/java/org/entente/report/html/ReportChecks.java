package org.entente.report.html;

import org.entente.report.Summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.ScoredStatement;
import org.entente.model.Span;
import org.entente.model.Statement;
import org.entente.report.DocumentResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks on a report's DOM shared by the unit tests (the HTML as written, parsed by jsoup) and the
 * browser test (the DOM headless Chromium dumps after running the page's script).
 */
final class ReportChecks {

    private ReportChecks() {
    }

    /** The text as a browser holds it: HTML parsing turns CR LF and lone CR into LF (jsoup keeps them). */
    static String asParsed(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The page shows the article's text exactly (escaped, nothing lost or added but the badges),
     * and marks every statement: one badge, one list entry, and its source, cue and content
     * covered exactly by the pieces carrying its number.
     */
    static void assertEveryStatementMarked(Document page, DocumentResult doc) {
        Element text = page.getElementById("text");
        assertThat(text).as("the article text of %s", doc.docId()).isNotNull();
        Element bare = text.clone();
        bare.select(".mw").remove();
        assertThat(asParsed(bare.wholeText())).as("the text of %s as shown", doc.docId())
                .isEqualTo(asParsed(doc.text()));

        List<ScoredStatement> statements = doc.statements();
        assertThat(text.select(".mk")).as("badges in %s", doc.docId()).hasSize(statements.size());
        assertThat(page.select("ol.stmts > li")).as("list entries in %s", doc.docId()).hasSize(statements.size());
        assertThat(page.getElementById("count").text()).isEqualTo(Integer.toString(statements.size()));
        for (int i = 0; i < statements.size(); i++) {
            int n = i + 1;
            Statement st = statements.get(i).statement();
            String what = doc.docId() + " statement " + n + " " + st;
            assertThat(text.select("a.mk#m" + n)).as("badge of %s", what).hasSize(1);
            assertThat(page.select("li#s" + n)).as("list entry of %s", what).hasSize(1);
            assertThat(joined(text, "data-cue", n)).as("cue of %s", what).isEqualTo(asParsed(st.cue().text()));
            assertThat(joined(text, "data-src", n)).as("source of %s", what)
                    .isEqualTo(st.speaker() == null ? "" : asParsed(st.speaker().text()));
            StringBuilder content = new StringBuilder();
            for (Span span : st.content().spans()) {
                content.append(span.slice(doc.text()));
            }
            assertThat(joined(text, "data-con", n)).as("content of %s", what).isEqualTo(asParsed(content.toString()));
            if (st.speaker() == null) {
                assertThat(text.selectFirst("a.mk#m" + n).hasClass("nosrc")).as("no-source badge of %s", what).isTrue();
            }
        }
    }

    /** The text of every piece whose {@code attribute} lists statement {@code n}, in document order. */
    private static String joined(Element text, String attribute, int n) {
        String number = Integer.toString(n);
        return asParsed(text.select("[" + attribute + "]").stream()
                .filter(e -> List.of(e.attr(attribute).split(" ")).contains(number))
                .map(Element::wholeText).collect(Collectors.joining()));
    }

    /**
     * The overview's totals, per-speaker, per-article and per-dyad statement counts equal those
     * of the CSV report of the same documents (dyads by speaker_affiliation and counterpart_actor).
     */
    static void assertCountsEqualCsv(Document index, String csv) throws IOException {
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            rows = parser.getRecords();
        }
        assertThat(index.getElementById("total-statements").text()).isEqualTo(Integer.toString(rows.size()));

        Map<String, Integer> speakers = new TreeMap<>();
        Map<String, Integer> docs = new TreeMap<>();
        Map<String, Integer> dyads = new TreeMap<>();
        for (CSVRecord row : rows) {
            String speaker = row.get("speaker_canonical");
            speakers.merge(speaker.isEmpty() ? Summary.NO_SOURCE : speaker, 1, Integer::sum);
            docs.merge(row.get("doc_id"), 1, Integer::sum);
            String from = row.get("speaker_affiliation");
            String actor = row.get("counterpart_actor");
            if (!from.isEmpty() && !actor.isEmpty()) {
                dyads.merge(from + " \u2192 " + actor, 1, Integer::sum);
            }
        }
        assertThat(table(index, "speaker-table", row -> row.selectFirst("th").text()))
                .as("statements per speaker").isEqualTo(speakers);
        Map<String, Integer> pages = table(index, "article-table", row -> row.attr("data-doc"));
        pages.values().removeIf(count -> count == 0);
        assertThat(pages).as("statements per article").isEqualTo(docs);
        if (dyads.isEmpty()) {
            assertThat(index.getElementById("dyad-table")).isNull();
        } else {
            assertThat(table(index, "dyad-table",
                    row -> row.selectFirst("th").text() + " \u2192 " + row.selectFirst("td").text()))
                    .as("statements per dyad").isEqualTo(dyads);
        }
    }

    private static Map<String, Integer> table(Document index, String id, Function<Element, String> key) {
        Element table = index.getElementById(id);
        assertThat(table).as("table %s", id).isNotNull();
        Map<String, Integer> counts = new TreeMap<>();
        for (Element row : table.select("tbody tr")) {
            Integer earlier = counts.put(key.apply(row), Integer.parseInt(row.selectFirst("td.count").text()));
            assertThat(earlier).as("rows of %s named %s", id, key.apply(row)).isNull();
        }
        return counts;
    }
}
