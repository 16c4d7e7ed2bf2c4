package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.entente.lexicon.LexiconSource;
import org.entente.score.StanceScorer;
import org.entente.score.ToneScorer;

/** What every result must satisfy, whatever the input: spans inside the text, scores in range, labels agreeing. */
final class Invariants {

    /** The bundled tone scorer: its thresholds decide the labels. */
    private static final ToneScorer TONE = ToneScorer.load(LexiconSource.bundled());

    private Invariants() {
    }

    static void check(String text, List<ScoredStatement> statements) {
        for (ScoredStatement s : statements) {
            checkMention(text, s.statement().cue(), "cue");
            if (s.statement().speaker() != null) {
                checkMention(text, s.statement().speaker(), "speaker");
            }
            StringBuilder joined = new StringBuilder();
            for (Span span : s.statement().content().spans()) {
                checkSpan(text, span, "content");
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(span.slice(text));
            }
            assertThat(s.statement().content().text()).as("content text").isEqualTo(joined.toString());
            checkTone(text, s.tone());
            checkStance(text, s.stance());
        }
    }

    static void check(Scores scores) {
        checkTone(scores.text(), scores.tone());
        checkStance(scores.text(), scores.stance());
    }

    static void checkTone(String text, ToneScore tone) {
        assertThat(tone.score()).isBetween(-1.0, 1.0);
        assertThat(tone.cueTone()).isBetween(-1.0, 1.0);
        // usage words of the context layer and modifier words' own tone alone make no label
        boolean evaluative = tone.evidence().stream()
                .anyMatch(e -> !e.lexicon().equals("context") && e.category().isEmpty() && e.contribution() != 0);
        assertThat(tone.label()).as("tone label of " + tone.score() + " " + tone.evidence())
                .isEqualTo(evaluative ? TONE.label(tone.score()) : ToneLabel.NEUTRAL);
        tone.evidence().forEach(e -> checkEvidence(text, e));
    }

    static void checkStance(String text, StanceScore stance) {
        assertThat(stance.score()).isBetween(-1.0, 1.0);
        StanceLabel expected = stance.score() >= StanceScorer.THRESHOLD ? StanceLabel.COOPERATIVE
                : stance.score() <= -StanceScorer.THRESHOLD ? StanceLabel.CONFLICTUAL : StanceLabel.NEUTRAL;
        assertThat(stance.label()).as("stance label of " + stance.score()).isEqualTo(expected);
        if (stance.counterpart() != null) {
            checkMention(text, stance.counterpart(), "counterpart");
        }
        stance.evidence().forEach(e -> checkEvidence(text, e));
    }

    static void checkEvidence(String text, Evidence e) {
        checkSpan(text, e.span(), "evidence");
        assertThat(Double.isFinite(e.contribution())).isTrue();
    }

    static void checkMention(String text, Mention m, String what) {
        checkSpan(text, m.span(), what);
        assertThat(m.span().slice(text)).as(what + " slice").isEqualTo(m.text());
    }

    static void checkSpan(String text, Span span, String what) {
        assertThat(span.start()).as(what + " start").isBetween(0, text.length());
        assertThat(span.end()).as(what + " end").isBetween(span.start(), text.length());
    }
}
