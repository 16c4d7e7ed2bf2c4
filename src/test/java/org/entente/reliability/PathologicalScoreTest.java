package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.Entente;
import org.entente.model.Scores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code score} stays linear on a megabyte of one repeated unit (issue 7). Regression: the stance
 * scorer's "if"-clause check scanned back to the start of the text for every firing, so a
 * megabyte of "cooperation, " took 29 s and of "work with " 15 s; now well under a second each.
 */
class PathologicalScoreTest {

    static final Entente ENTENTE = Entente.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"cooperation, ", "work with ", "strengthen cooperation with ", "not ", "\"", "- ",
        "if France agrees, cooperation ", "x"})
    void aMegabyteOfOneRepeatedUnitScoresInSeconds(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        ENTENTE.score("warm-up: cooperation with France");
        long start = System.nanoTime();
        Scores scores = ENTENTE.score(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Invariants.check(scores);
        assertThat(took).as("scoring 1 MB of '" + unit + "'").isLessThan(Duration.ofSeconds(8));
    }
}
