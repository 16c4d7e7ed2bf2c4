package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.entente.model.StanceLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade: defaults, builder checks, score without extraction, analyze end to end. */
class EntenteTest {

    @Test
    void scoreFindsCooperationAndItsCounterpart() {
        Scores s = Entente.defaults().score("Kenya stands ready to work with Brazil on trade");
        assertThat(s.stance().label()).isEqualTo(StanceLabel.COOPERATIVE);
        assertThat(s.stance().counterpart().text()).isEqualTo("Brazil");
        assertThat(s.stance().evidence()).isNotEmpty();
    }

    @Test
    void defaultsIsOneSharedInstance() {
        assertThat(Entente.defaults()).isSameAs(Entente.defaults());
        assertThat(Entente.defaults().profile()).isEqualTo(Profile.BALANCED);
    }

    @Test
    void analyzeScoresEveryStatementWithinTheText() {
        String text = "Kenyan President Amina Otieno said her government would sign the trade deal with Brazil. "
                + "She added that the talks had been difficult.";
        List<ScoredStatement> found = Entente.defaults().analyze(text);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(s -> {
            assertThat(s.statement().speakerCanonical()).isEqualTo("Amina Otieno");
            assertThat(s.speakerAffiliation()).isEqualTo("Kenya");
            assertThat(s.statement().content().extent().end()).isLessThanOrEqualTo(text.length());
        });
        assertThat(found.get(0).stance().label()).isEqualTo(StanceLabel.COOPERATIVE);
    }

    @Test
    void blankTextHasNoStatements() {
        assertThat(Entente.defaults().analyze(" \n\t ")).isEmpty();
    }

    @Test
    void builderRejectsRepeatedAndBadSettings(@TempDir Path dir) {
        assertThatThrownBy(() -> Entente.builder().profile(Profile.BALANCED).profile(Profile.ACCURATE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BALANCED");
        assertThatThrownBy(() -> Entente.builder().lexiconDirectory(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> Entente.builder().disableToneLayers("no-such-layer").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-layer");
    }

    @Test
    void aUserLexiconFileReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tone-news.tsv"), "entry\tvalence\trationale\nsplendid-ish\t3.0\ttest\n");
        Entente custom = Entente.builder().lexiconDirectory(dir).build();
        assertThat(custom.score("It is splendid-ish").tone().score()).isPositive();
        assertThat(Entente.defaults().score("It is splendid-ish").tone().score()).isZero();
    }

    @Test
    void disablingTheFittedLayerChangesScores() {
        Entente vaderOnly = Entente.builder().disableToneLayers("context", "news", "fitted").build();
        String text = "The talks were a great success";
        assertThat(vaderOnly.score(text).tone().evidence()).allSatisfy(e -> assertThat(e.lexicon()).isEqualTo("vader"));
    }
}
