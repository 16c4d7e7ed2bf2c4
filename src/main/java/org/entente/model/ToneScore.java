package org.entente.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How positive or negative a statement's content reads, with the evidence behind it.
 * Immutable and thread-safe.
 *
 * @param score    in [-1, 1]; negative is negative tone
 * @param label    the label the score falls under (thresholds in the README), or NEUTRAL when no
 *                 evaluative entry contributed: usage words of the {@code context} layer and modifier
 *                 words' own tone (category {@code MODIFIER}) alone make no label
 * @param cueTone  the tone of the cue verb itself ("praised" +, "condemned" -), in [-1, 1],
 *                 kept apart from the content's tone and not part of {@code score}
 * @param evidence the lexicon entries that fired, in text order
 */
public record ToneScore(double score, ToneLabel label, double cueTone, List<Evidence> evidence) {

    public ToneScore {
        Scores.checkUnit("tone", score);
        Scores.checkUnit("cue tone", cueTone);
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
    }

    /** A neutral score with no evidence. */
    public static ToneScore neutral() {
        return new ToneScore(0, ToneLabel.NEUTRAL, 0, List.of());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "tone %+.2f %s", score, label)
                + (cueTone != 0 ? String.format(Locale.ROOT, " (cue %+.2f)", cueTone) : "")
                + (evidence.isEmpty() ? "" : " " + evidence);
    }
}
