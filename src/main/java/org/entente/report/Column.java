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
    DOC_ID,
    /** The speaker mention as written (may be a pronoun); empty when the text gives no source. */
    SPEAKER,
    SPEAKER_START,
    SPEAKER_END,
    /** The resolved speaker ("Xi Jinping" for "he"). */
    SPEAKER_CANONICAL,
    /** The country or organisation the speaker speaks for, when the text gives it. */
    SPEAKER_AFFILIATION,
    /** The attribution cue as written ("said", "according to"). */
    CUE,
    CUE_START,
    CUE_END,
    /** {@link org.entente.model.CueClass} name. */
    CUE_CLASS,
    /** {@link org.entente.model.StatementKind} name. */
    KIND,
    /** The content's fragments joined by a space. */
    CONTENT,
    /** Start of the content's outer extent. */
    CONTENT_START,
    /** End of the content's outer extent. */
    CONTENT_END,
    /** Every content fragment as {@code start-end}, joined by {@code ;} ({@code 97-252;397-400}). */
    CONTENT_SPANS,
    /** Tone score in [-1, 1], four decimals. */
    TONE,
    TONE_LABEL,
    /** Stance score in [-1, 1], four decimals. */
    STANCE,
    STANCE_LABEL,
    /** The stance's counterpart as written; empty when none is named. */
    COUNTERPART,
    COUNTERPART_START,
    COUNTERPART_END,
    /** The actor the counterpart stands for ("Macron" gives France); empty when none is named. */
    COUNTERPART_ACTOR,
    /** A readable summary of the tone and stance evidence. */
    EVIDENCE;

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
