package org.entente.score;

import java.util.List;
import org.entente.lexicon.LexiconSource;
import org.entente.model.ToneScore;
import org.entente.text.Token;

/**
 * Scores the tone of a statement from lexicon entries with negation, intensifiers and contrast.
 * Pure: no I/O after construction. Immutable and thread-safe.
 */
public final class ToneScorer {

    private ToneScorer() {
    }

    /** Loads the tone lexicons from {@code source}. */
    public static ToneScorer load(LexiconSource source) {
        throw new UnsupportedOperationException("tone scoring: issue 4 in progress");
    }

    /**
     * The tone of {@code content}; {@code cue} (possibly empty) is scored apart as the cue's own tone.
     * Token offsets index into {@code text}, and so do the evidence spans.
     */
    public ToneScore score(CharSequence text, List<Token> content, List<Token> cue) {
        throw new UnsupportedOperationException("tone scoring: issue 4 in progress");
    }
}
