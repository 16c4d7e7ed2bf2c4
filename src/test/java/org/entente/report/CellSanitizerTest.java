package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Content;
import org.entente.model.CueClass;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.model.Statement;
import org.entente.model.StatementKind;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV (formula) injection: every column carrying input text is neutralised by default (issue 7). */
class CellSanitizerTest {

    /** The statement report's columns that carry text taken from the input. */
    static final Set<Column> TEXT_COLUMNS = EnumSet.of(Column.DOC_ID, Column.SPEAKER, Column.SPEAKER_CANONICAL,
            Column.SPEAKER_AFFILIATION, Column.CUE, Column.CONTENT, Column.COUNTERPART, Column.COUNTERPART_ACTOR,
            Column.EVIDENCE);

    static final Set<Column> NUMBER_COLUMNS = EnumSet.of(Column.SPEAKER_START, Column.SPEAKER_END,
            Column.CUE_START, Column.CUE_END, Column.CONTENT_START, Column.CONTENT_END, Column.TONE, Column.STANCE,
            Column.COUNTERPART_START, Column.COUNTERPART_END);

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")", "-", "+",
        "=", "@", "-2+3", "+ 5", "-- minus"})
    void formulaLikeCellsGetALeadingQuote(String cell) {
        assertThat(CellSanitizer.spreadsheetSafe().sanitize(cell)).isEqualTo("'" + cell);
        assertThat(CellSanitizer.identity().sanitize(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "1+1", " =1", "'=1", "-0.5000", "+3", "-12", "1e5", "-1.5e-3", "-.5", "say = yes"})
    void otherCellsAndPlainNumbersStayAsTheyAre(String cell) {
        assertThat(CellSanitizer.spreadsheetSafe().sanitize(cell)).isEqualTo(cell);
    }

    /** Every text cell of this statement starts with a formula character, each in its own column. */
    static ScoredStatement hostile() {
        String doc = "=SPK said -content here with @peru";
        Mention speaker = new Mention("=SPK", new Span(0, 4));
        Mention cue = new Mention("+cue", new Span(5, 9)); // text need not be the slice for the writer
        Content content = new Content("-content here", List.of(new Span(10, 23)));
        Statement statement = new Statement(speaker, "@Canonical", cue, content, StatementKind.INDIRECT,
                CueClass.SPEECH);
        ToneScore tone = new ToneScore(-0.5, ToneLabel.NEGATIVE, 0, List.of(
                new Evidence("vader", "=x", "=x", new Span(10, 12), "", -1, -1, List.of())));
        StanceScore stance = new StanceScore(-0.25, StanceLabel.CONFLICTUAL, new Mention("@peru", new Span(29, 34)),
                List.of());
        assertThat(doc).hasSizeGreaterThan(33);
        return new ScoredStatement(statement, "\tAffiliation", tone, stance);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void statementReportNeutralisesEveryTextColumnAndKeepsNumbersByDefault() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out)) {
            writer.writeDocument("=cmd|' /C calc'!A0", List.of(hostile()));
        }
        CSVRecord row = parse(out.toString()).get(0);
        for (Column column : TEXT_COLUMNS) {
            String cell = row.get(column.header());
            assertThat(cell).as(column.header()).isNotEmpty();
            assertThat(CellSanitizer.isFormulaStart(cell.charAt(0))).as(column.header() + ": " + cell).isFalse();
        }
        assertThat(row.get("doc_id")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("speaker")).isEqualTo("'=SPK");
        assertThat(row.get("speaker_canonical")).isEqualTo("'@Canonical");
        assertThat(row.get("speaker_affiliation")).isEqualTo("'\tAffiliation");
        assertThat(row.get("cue")).isEqualTo("'+cue");
        assertThat(row.get("content")).isEqualTo("'-content here");
        assertThat(row.get("counterpart")).isEqualTo("'@peru");
        for (Column column : NUMBER_COLUMNS) {
            Double.parseDouble(row.get(column.header())); // a number, not a quoted string
        }
        assertThat(row.get("tone")).isEqualTo("-0.5000");
        assertThat(row.get("stance")).isEqualTo("-0.2500");
        assertThat(row.get("content_start")).isEqualTo("10");
        assertThat(row.get("content_spans")).isEqualTo("10-23");
    }

    @Test
    void everyColumnIsEitherATextColumnANumberOrAComputedName() {
        Set<Column> computed = EnumSet.of(Column.CUE_CLASS, Column.KIND, Column.TONE_LABEL, Column.STANCE_LABEL,
                Column.CONTENT_SPANS);
        for (Column column : Column.values()) {
            assertThat(TEXT_COLUMNS.contains(column) || NUMBER_COLUMNS.contains(column) || computed.contains(column))
                    .as("a new column must be classified here: " + column).isTrue();
        }
    }

    @Test
    void statementReportWritesCellsUnchangedWithTheIdentitySanitizer() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out, CellSanitizer.identity())) {
            writer.writeDocument("=cmd", List.of(hostile()));
        }
        CSVRecord row = parse(out.toString()).get(0);
        assertThat(row.get("doc_id")).isEqualTo("=cmd");
        assertThat(row.get("speaker")).isEqualTo("=SPK");
        assertThat(row.get("content")).isEqualTo("-content here");
    }

    @Test
    void scoreReportNeutralisesInputCellsHeaderAndCounterpartButNotScores() throws IOException {
        StringWriter out = new StringWriter();
        Scores scores = new Scores("@peru is hostile", ToneScore.neutral(),
                new StanceScore(-0.5, StanceLabel.CONFLICTUAL, new Mention("@peru", new Span(0, 5)), List.of()));
        try (ScoreCsvWriter writer = new ScoreCsvWriter(out, List.of("id", "=evil", "text"))) {
            writer.write(List.of("-7", "+x", "=1+1"), scores);
            writer.write(List.of("@a", "\rb", "\tc"), null);
        }
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows.get(0).toMap()).containsKey("'=evil");
        CSVRecord first = rows.get(0);
        assertThat(first.get("id")).isEqualTo("-7"); // a plain number stays a number
        assertThat(first.get("'=evil")).isEqualTo("'+x");
        assertThat(first.get("text")).isEqualTo("'=1+1");
        assertThat(first.get("counterpart")).isEqualTo("'@peru");
        assertThat(first.get("stance")).isEqualTo("-0.5000");
        assertThat(first.get("evidence")).startsWith("tone: ");
        CSVRecord second = rows.get(1);
        assertThat(second.get("id")).isEqualTo("'@a");
        assertThat(second.get("'=evil")).isEqualTo("'\rb");
        assertThat(second.get("text")).isEqualTo("'\tc");
    }
}
