package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.Scores;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.junit.jupiter.api.Test;

class ScoreCsvWriterTest {

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    static Scores scores(String text) {
        int at = text.indexOf("France");
        return new Scores(text, new ToneScore(-0.5, ToneLabel.NEGATIVE, 0, List.of()),
                new StanceScore(0.75, StanceLabel.COOPERATIVE, Mention.of(text, new Span(at, at + 6)),
                        List.of(new Evidence("stance", "work with", "work with", new Span(0, 9), "COOPERATE",
                                0.75, 0.75, List.of()))));
    }

    @Test
    void keepsInputColumnsAndAppendsScoreColumns() throws IOException {
        StringWriter out = new StringWriter();
        try (ScoreCsvWriter writer = new ScoreCsvWriter(out, List.of("id", "text", "source"))) {
            writer.write(List.of("7", "work with France, \"now\"\n", "wire"), scores("work with France, \"now\"\n"));
            writer.write(List.of("8", "short"), null);
            writer.write(List.of("9", "x", "y", "extra"), null);
            assertThat(writer.rowsWritten()).isEqualTo(3);
        }
        List<CSVRecord> records = parse(out.toString());
        assertThat(records.get(0).toList()).containsExactly("id", "text", "source", "tone", "tone_label", "stance",
                "stance_label", "counterpart", "counterpart_actor", "evidence");
        assertThat(records.get(1).toList()).containsExactly("7", "work with France, \"now\"\n", "wire", "-0.5000",
                "NEGATIVE", "0.7500", "COOPERATIVE", "France", "France", "tone: none; stance: +0.75 \"work with\" COOPERATE");
        assertThat(records.get(2).toList()).containsExactly("8", "short", "", "", "", "", "", "", "", "");
        assertThat(records.get(3).toList()).containsExactly("9", "x", "y", "", "", "", "", "", "", "");
    }

    @Test
    void refusesAnInputColumnNamedLikeAScoreColumn() {
        assertThatThrownBy(() -> new ScoreCsvWriter(new StringWriter(), Arrays.asList("id", "text", "tone")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tone'");
    }
}
