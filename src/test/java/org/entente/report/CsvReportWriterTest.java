package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    static final List<String> HEADER = List.of("doc_id", "speaker", "speaker_start", "speaker_end",
            "speaker_canonical", "speaker_affiliation", "cue", "cue_start", "cue_end", "cue_class", "kind",
            "content", "content_start", "content_end", "content_spans", "tone", "tone_label", "stance",
            "stance_label", "counterpart", "counterpart_start", "counterpart_end", "counterpart_actor", "evidence");

    static final String SPLIT = "\"We will talk,\" she said, \"and we will agree with Peru.\"";

    static Mention mention(String doc, String text) {
        int at = doc.indexOf(text);
        return Mention.of(doc, new Span(at, at + text.length()));
    }

    static Span span(String doc, String text) {
        int at = doc.indexOf(text);
        return new Span(at, at + text.length());
    }

    static ScoredStatement splitQuote() {
        Content content = Content.of(SPLIT, List.of(span(SPLIT, "We will talk,"), span(SPLIT, "and we will agree with Peru.")));
        Statement statement = new Statement(mention(SPLIT, "she"), "Rosa Alvarez", mention(SPLIT, "said"), content,
                StatementKind.DIRECT, CueClass.SPEECH);
        ToneScore tone = new ToneScore(0.25, ToneLabel.POSITIVE, 0, List.of(
                new Evidence("vader", "agree", "agree", span(SPLIT, "agree"), "", 1.5, 1.5, List.of())));
        StanceScore stance = new StanceScore(-0.123456, StanceLabel.CONFLICTUAL, mention(SPLIT, "Peru"), List.of(
                new Evidence("stance", "agree with", "agree with", span(SPLIT, "agree with"), "COOPERATE", 0.8, -0.8,
                        List.of("negated by 'not'"))));
        return new ScoredStatement(statement, "Chile", tone, stance);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void headerIsExactlyTheDocumentedColumns() throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter(out).flush();
        assertThat(parse(out.toString())).singleElement().satisfies(r -> assertThat(r.toList()).isEqualTo(HEADER));
        assertThat(Column.headers(Column.STATEMENT_REPORT)).isEqualTo(HEADER);
        assertThat(out.toString()).isEqualTo(String.join(",", HEADER) + "\n");
    }

    @Test
    void splitContentHasOuterExtentAndEverySpan() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out)) {
            writer.writeDocument("doc-1", List.of(splitQuote()));
            assertThat(writer.rowsWritten()).isEqualTo(1);
        }
        List<CSVRecord> records = parse(out.toString());
        assertThat(records).hasSize(2);
        List<String> row = records.get(1).toList();
        assertThat(row).containsExactly("doc-1", "she", "16", "19", "Rosa Alvarez", "Chile", "said", "20", "24",
                "SPEECH", "DIRECT", "We will talk, and we will agree with Peru.", "1", "55", "1-14;27-55",
                "0.2500", "POSITIVE", "-0.1235", "CONFLICTUAL", "Peru", "50", "54", "Peru",
                "tone: +1.50 \"agree\"; stance: -0.80 \"agree with\" COOPERATE [negated by 'not']");
        assertThat(SPLIT.substring(1, 14)).isEqualTo("We will talk,");
        assertThat(SPLIT.substring(27, 55)).isEqualTo("and we will agree with Peru.");
        assertThat(SPLIT.substring(16, 19)).isEqualTo("she");
        assertThat(SPLIT.substring(50, 54)).isEqualTo("Peru");
    }

    @Test
    void absentSpeakerAndCounterpartGiveEmptyCells() throws IOException {
        String doc = "Talks will resume, according to officials.";
        Statement statement = new Statement(null, null, mention(doc, "according to"),
                Content.of(doc, List.of(span(doc, "Talks will resume"))), StatementKind.INDIRECT, CueClass.SPEECH);
        ScoredStatement scored = new ScoredStatement(statement, null, ToneScore.neutral(), StanceScore.neutral());
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out)) {
            writer.write("d", scored);
        }
        CSVRecord row = parse(out.toString()).get(1);
        for (String empty : List.of("speaker", "speaker_start", "speaker_end", "speaker_canonical",
                "speaker_affiliation", "counterpart", "counterpart_start", "counterpart_end", "counterpart_actor")) {
            assertThat(row.get(HEADER.indexOf(empty))).as(empty).isEmpty();
        }
        assertThat(row.get(HEADER.indexOf("cue"))).isEqualTo("according to");
        assertThat(row.get(HEADER.indexOf("content_spans"))).isEqualTo("0-17");
        assertThat(row.get(HEADER.indexOf("tone"))).isEqualTo("0.0000");
        assertThat(row.get(HEADER.indexOf("evidence"))).isEqualTo("tone: none; stance: none");
    }

    @Test
    void commasNewlinesAndQuotesRoundTrip() throws IOException {
        String doc = "Fine, \"really\"\nfine,\r\nshe said; =1+1";
        Statement statement = new Statement(mention(doc, "she"), "She, \"the\" envoy", mention(doc, "said"),
                Content.of(doc, List.of(span(doc, "Fine, \"really\"\nfine,"))), StatementKind.MIXED, CueClass.SPEECH);
        ScoredStatement scored = new ScoredStatement(statement, null, ToneScore.neutral(), StanceScore.neutral());
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out)) {
            writer.write("doc, \"1\"\n", scored);
        }
        CSVRecord row = parse(out.toString()).get(1);
        assertThat(row.get(0)).isEqualTo("doc, \"1\"\n");
        assertThat(row.get(HEADER.indexOf("content"))).isEqualTo("Fine, \"really\"\nfine,");
        assertThat(row.get(HEADER.indexOf("speaker_canonical"))).isEqualTo("She, \"the\" envoy");
        assertThat(row.size()).isEqualTo(HEADER.size());
    }

    @Test
    void numbersIgnoreTheDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            StringWriter out = new StringWriter();
            try (CsvReportWriter writer = new CsvReportWriter(out)) {
                writer.write("d", splitQuote());
            }
            CSVRecord row = parse(out.toString()).get(1);
            assertThat(row.get(HEADER.indexOf("tone"))).isEqualTo("0.2500");
            assertThat(row.get(HEADER.indexOf("stance"))).isEqualTo("-0.1235");
            assertThat(row.get(HEADER.indexOf("evidence"))).contains("+1.50");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void sanitizerSeesTextCellsButNeverNumbers() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out, cell -> "<" + cell + ">")) {
            writer.write("d", splitQuote());
        }
        CSVRecord row = parse(out.toString()).get(1);
        assertThat(row.get(HEADER.indexOf("doc_id"))).isEqualTo("<d>");
        assertThat(row.get(HEADER.indexOf("content"))).isEqualTo("<We will talk, and we will agree with Peru.>");
        assertThat(row.get(HEADER.indexOf("counterpart"))).isEqualTo("<Peru>");
        assertThat(row.get(HEADER.indexOf("stance"))).isEqualTo("-0.1235");
        assertThat(row.get(HEADER.indexOf("speaker_start"))).isEqualTo("16");
        assertThat(row.get(HEADER.indexOf("kind"))).isEqualTo("DIRECT");
    }

    @Test
    void eachDocumentIsFlushedAsItIsWritten() throws IOException {
        StringBuilder sink = new StringBuilder();
        int[] flushes = {0};
        Writer counting = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                sink.append(buf, off, len);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
            }
        };
        CsvReportWriter writer = new CsvReportWriter(counting);
        writer.writeDocument("a", List.of(splitQuote()));
        int afterFirst = flushes[0];
        writer.writeDocument("b", List.of(splitQuote(), splitQuote()));
        assertThat(afterFirst).isPositive();
        assertThat(flushes[0]).isGreaterThan(afterFirst);
        assertThat(parse(sink.toString())).hasSize(4);
        assertThat(writer.rowsWritten()).isEqualTo(3);
    }
}
