package org.entente.model;

import java.util.Objects;

/**
 * The tone and stance of one piece of text, as returned by {@code Entente.score(text)}.
 * Immutable and thread-safe.
 *
 * @param text   the text that was scored; evidence spans index into it
 * @param tone   its tone
 * @param stance its stance
 */
public record Scores(String text, ToneScore tone, StanceScore stance) {

    public Scores {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(stance, "stance");
    }

    static void checkUnit(String what, double value) {
        if (!(value >= -1.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " score " + value + " is outside [-1, 1]");
        }
    }

    @Override
    public String toString() {
        return tone + "; " + stance;
    }
}
