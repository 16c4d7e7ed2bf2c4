package org.entente.model;

import java.util.Objects;

/**
 * An attributed statement with its tone and stance. This is what {@code Entente.analyze}
 * returns, one per statement, in document order. Immutable and thread-safe.
 *
 * @param statement           who said what through which cue
 * @param speakerAffiliation  the country or organisation the speaker speaks for, where the text
 *                            gives it ("Chinese President Xi Jinping" gives China), else {@code null}
 * @param tone                the tone of the content
 * @param stance              the stance of the content toward cooperation, with its counterpart
 */
public record ScoredStatement(Statement statement, String speakerAffiliation, ToneScore tone, StanceScore stance) {

    public ScoredStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(stance, "stance");
    }

    @Override
    public String toString() {
        Statement s = statement;
        String who = s.speaker() == null ? "(no source)" : s.speakerCanonical()
                + (s.speaker().text().equals(s.speakerCanonical()) ? "" : " (\"" + s.speaker().text() + "\")");
        return who + (speakerAffiliation == null ? "" : " [" + speakerAffiliation + "]")
                + " " + s.cue().text() + ": \"" + s.content().text() + "\"\n    "
                + s.kind() + ", " + tone + "; " + stance;
    }
}
