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
 * @param counterpart      the entity the statement cooperates with or confronts as written
 *                         ("France", "the Chinese government", "Macron"), or {@code null} when none is named
 * @param counterpartActor the actor the counterpart stands for ("Macron" gives France, "Chinese" gives
 *                         China), or the counterpart as written when the actor lexicon does not know it;
 *                         {@code null} exactly when there is no counterpart
 * @param evidence         the lexicon entries that fired, in text order, each naming its event category
 */
public record StanceScore(double score, StanceLabel label, Mention counterpart, String counterpartActor,
                          List<Evidence> evidence) {

    public StanceScore {
        Scores.checkUnit("stance", score);
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
        if (counterpart == null) {
            counterpartActor = null;
        } else if (counterpartActor == null || counterpartActor.isBlank()) {
            counterpartActor = counterpart.text();
        }
    }

    /** A score whose counterpart's actor is the counterpart as written. */
    public StanceScore(double score, StanceLabel label, Mention counterpart, List<Evidence> evidence) {
        this(score, label, counterpart, null, evidence);
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
                + (counterpart == null ? "" : " toward " + counterpartActor
                        + (counterpartActor.equals(counterpart.text()) ? "" : " (\"" + counterpart.text() + "\")"))
                + (evidence.isEmpty() ? "" : " " + evidence);
    }
}
