package org.entente.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.entente.model.Content;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.entente.model.Statement;

/**
 * The typed values of a report row, before any formatting: what every report writer (CSV, Spark)
 * takes a statement's cells from, so that the column logic lives in one place. A value is a
 * {@code String} for a {@link Column.Type#TEXT} or {@link Column.Type#COMPUTED} column, an {@code Integer} for an
 * {@link Column.Type#OFFSET} column and a {@code Double} for a {@link Column.Type#SCORE} column;
 * {@code null} when absent (no speaker, no counterpart). Text is raw: no {@link CellSanitizer} is
 * applied here. Stateless and thread-safe.
 */
public final class ReportValues {

    private ReportValues() {
    }

    /** The values of one statement of document {@code docId}, in {@link Column#STATEMENT_REPORT} order. */
    public static List<Object> statement(String docId, ScoredStatement scored) {
        Objects.requireNonNull(scored, "scored");
        Statement s = scored.statement();
        Mention speaker = s.speaker();
        Content content = s.content();
        Mention counterpart = scored.stance().counterpart();
        List<Object> values = new ArrayList<>(Column.STATEMENT_REPORT.size());
        values.add(docId);
        addMention(values, speaker);
        values.add(speaker == null ? null : s.speakerCanonical());
        values.add(scored.speakerAffiliation());
        addMention(values, s.cue());
        values.add(s.cueClass().name());
        values.add(s.kind().name());
        values.add(content.text());
        values.add(content.extent().start());
        values.add(content.extent().end());
        values.add(Cells.spans(content));
        values.add(scored.tone().score());
        values.add(scored.tone().label().name());
        values.add(scored.stance().score());
        values.add(scored.stance().label().name());
        addMention(values, counterpart);
        values.add(scored.stance().counterpartActor());
        values.add(Cells.evidence(scored.tone(), scored.stance()));
        return values;
    }

    /** The values of {@code scores}, in {@link Column#SCORE_COLUMNS} order. */
    public static List<Object> scores(Scores scores) {
        Objects.requireNonNull(scores, "scores");
        Mention counterpart = scores.stance().counterpart();
        return Arrays.asList(
                scores.tone().score(),
                scores.tone().label().name(),
                scores.stance().score(),
                scores.stance().label().name(),
                counterpart == null ? null : counterpart.text(),
                counterpart == null ? null : scores.stance().counterpartActor(),
                Cells.evidence(scores.tone(), scores.stance()));
    }

    /**
     * A value as a CSV cell: {@code null} is empty, a number is formatted as its column says
     * ({@link Cells#score} for scores), text goes through {@code sanitizer}.
     */
    public static String cell(Column column, Object value, CellSanitizer sanitizer) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> sanitizer.sanitize((String) value);
            case COMPUTED -> (String) value;
            case OFFSET -> Integer.toString((Integer) value);
            case SCORE -> Cells.score((Double) value);
        };
    }

    /** The CSV cells of {@code values}, which are in the order of {@code columns}. */
    static List<String> cells(List<Column> columns, List<Object> values, CellSanitizer sanitizer) {
        List<String> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            cells.add(cell(columns.get(i), values.get(i), sanitizer));
        }
        return cells;
    }

    private static void addMention(List<Object> values, Mention mention) {
        if (mention == null) {
            values.add(null);
            values.add(null);
            values.add(null);
        } else {
            values.add(mention.text());
            values.add(mention.span().start());
            values.add(mention.span().end());
        }
    }
}
