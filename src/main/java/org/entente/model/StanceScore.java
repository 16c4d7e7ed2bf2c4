package org.entente.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a statement favours cooperation or conflict, toward whom, and why. Immutable and
 * thread-safe.
 *
 * @param score       in [-1, 1]; positive favours cooperation, negative is conflictual
 * @param label       the label the score falls under
 * @param counterpart the entity the statement cooperates with or confronts (France, the WHO),
 *                    or {@code null} when none is named
 * @param evidence    the lexicon entries that fired, in text order, each naming its event category
 */
public record StanceScore(double score, StanceLabel label, Mention counterpart, List<Evidence> evidence) {

    public StanceScore {
        Scores.checkUnit("stance", score);
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
    }

    /** A neutral score with no counterpart and no evidence. */
    public static StanceScore neutral() {
        return new StanceScore(0, StanceLabel.NEUTRAL, null, List.of());
    }

    /** The counterpart, if the statement names one. */
    public Optional<Mention> counterpartMention() {
        return Optional.ofNullable(counterpart);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "stance %+.2f %s", score, label)
                + (counterpart == null ? "" : " toward " + counterpart.text())
                + (evidence.isEmpty() ? "" : " " + evidence);
    }
}
