package org.entente.report;

import java.util.List;
import java.util.Locale;

/**
 * Every column Entente's CSV reports write, in one place. The header of a column is its name in
 * lower case ({@code DOC_ID} is {@code doc_id}). The statement report has all columns in
 * declaration order ({@link #STATEMENT_REPORT}); the score report adds {@link #SCORE_COLUMNS} to
 * the input's own columns.
 */
public enum Column {
    /** The document's id: its file name without {@code .txt}. */
    DOC_ID(Type.TEXT),
    /** The speaker mention as written (may be a pronoun); empty when the text gives no source. */
    SPEAKER(Type.TEXT),
    SPEAKER_START(Type.OFFSET),
    SPEAKER_END(Type.OFFSET),
    /** The resolved speaker ("Xi Jinping" for "he"). */
    SPEAKER_CANONICAL(Type.TEXT),
    /** The country or organisation the speaker speaks for, when the text gives it. */
    SPEAKER_AFFILIATION(Type.TEXT),
    /** The attribution cue as written ("said", "according to"). */
    CUE(Type.TEXT),
    CUE_START(Type.OFFSET),
    CUE_END(Type.OFFSET),
    /** {@link org.entente.model.CueClass} name. */
    CUE_CLASS(Type.COMPUTED),
    /** {@link org.entente.model.StatementKind} name. */
    KIND(Type.COMPUTED),
    /** The content's fragments joined by a space. */
    CONTENT(Type.TEXT),
    /** Start of the content's outer extent. */
    CONTENT_START(Type.OFFSET),
    /** End of the content's outer extent. */
    CONTENT_END(Type.OFFSET),
    /** Every content fragment as {@code start-end}, joined by {@code ;} ({@code 97-252;397-400}). */
    CONTENT_SPANS(Type.COMPUTED),
    /** Tone score in [-1, 1], four decimals. */
    TONE(Type.SCORE),
    TONE_LABEL(Type.COMPUTED),
    /** Stance score in [-1, 1], four decimals. */
    STANCE(Type.SCORE),
    STANCE_LABEL(Type.COMPUTED),
    /** The stance's counterpart as written; empty when none is named. */
    COUNTERPART(Type.TEXT),
    COUNTERPART_START(Type.OFFSET),
    COUNTERPART_END(Type.OFFSET),
    /** The actor the counterpart stands for ("Macron" gives France); empty when none is named. */
    COUNTERPART_ACTOR(Type.TEXT),
    /** A readable summary of the tone and stance evidence. */
    EVIDENCE(Type.TEXT);

    /** What a column holds: how a typed report (Spark, Parquet) stores it. */
    public enum Type {
        /** Text taken from the input; absent is {@code null} (an empty CSV cell). */
        TEXT,
        /** Text Entente computes (a label, a list of spans), which a {@link CellSanitizer} never rewrites. */
        COMPUTED,
        /** A {@code String} index into the document ({@code int}); absent is {@code null}. */
        OFFSET,
        /** A score in [-1, 1] ({@code double}), written with four decimals in CSV. */
        SCORE
    }

    private final Type type;

    Column(Type type) {
        this.type = type;
    }

    /** What this column holds. */
    public Type type() {
        return type;
    }

    /** The statement report's columns, in order. */
    public static final List<Column> STATEMENT_REPORT = List.of(values());

    /** The columns the score report appends to the input's columns, in order. */
    public static final List<Column> SCORE_COLUMNS =
            List.of(TONE, TONE_LABEL, STANCE, STANCE_LABEL, COUNTERPART, COUNTERPART_ACTOR, EVIDENCE);

    /** The column's name in a CSV header. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The headers of {@code columns}, in order. */
    public static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }
}
