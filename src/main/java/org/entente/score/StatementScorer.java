package org.entente.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.model.Scores;
import org.entente.model.ScoredStatement;
import org.entente.model.Span;
import org.entente.model.StanceScore;
import org.entente.model.Statement;
import org.entente.model.ToneScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * Scores statements and single texts for tone and stance. Pure: no I/O. Immutable and thread-safe.
 */
public final class StatementScorer {

    private final Tokenizer tokenizer = new Tokenizer();
    private final ToneScorer tone;
    private final StanceScorer stance;

    public StatementScorer(ToneScorer tone, StanceScorer stance) {
        this.tone = Objects.requireNonNull(tone, "tone");
        this.stance = Objects.requireNonNull(stance, "stance");
    }

    /** Scores all of {@code text} as one statement's content, with no cue. */
    public Scores score(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = tokenizer.tokenize(text);
        return new Scores(text, tone.score(text, tokens, List.of()), stance.score(text, tokens, List.of()));
    }

    /**
     * Scores a statement found in {@code document}: its content fragments, with its cue apart.
     *
     * @param speakerPhrase the speaker mention with its modifiers, for the speaker's affiliation
     *                      ({@code null} when there is no speaker)
     */
    public ScoredStatement score(String document, Statement statement, String speakerPhrase) {
        List<Token> content = new ArrayList<>();
        for (Span span : statement.content().spans()) {
            tokenizer.tokenizeInto(document, span.start(), span.end(), content);
        }
        Span cueSpan = statement.cue().span();
        List<Token> cue = tokenizer.tokenize(document, cueSpan.start(), cueSpan.end());
        ToneScore toneScore = tone.score(document, content, cue);
        StanceScore stanceScore = stance.score(document, content, cue);
        String affiliation = speakerPhrase == null ? null : stance.affiliation(speakerPhrase).orElse(null);
        return new ScoredStatement(statement, affiliation, toneScore, stanceScore);
    }

    /** The tokenizer used for scoring. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }
}
