package org.entente.score;

import java.util.List;
import java.util.Optional;
import org.entente.lexicon.LexiconSource;
import org.entente.model.StanceScore;
import org.entente.text.Token;

/**
 * Scores a statement's stance toward cooperation from a lexicon of cooperation and conflict
 * patterns, and finds its counterpart. Pure: no I/O after construction. Immutable and thread-safe.
 */
public final class StanceScorer {

    private StanceScorer() {
    }

    /** Loads the stance and actor lexicons from {@code source}. */
    public static StanceScorer load(LexiconSource source) {
        throw new UnsupportedOperationException("stance scoring: issue 5 in progress");
    }

    /**
     * The stance of {@code content}; {@code cue} (possibly empty) is the attribution cue.
     * Token offsets index into {@code text}, and so do the evidence and counterpart spans.
     */
    public StanceScore score(CharSequence text, List<Token> content, List<Token> cue) {
        throw new UnsupportedOperationException("stance scoring: issue 5 in progress");
    }

    /**
     * The country or organisation a speaker speaks for, from the speaker's mention and the
     * words around it ("Chinese President Xi Jinping" gives China), if the text gives one.
     *
     * @param speakerPhrase the speaker mention with its modifiers as written in the text
     */
    public Optional<String> affiliation(String speakerPhrase) {
        throw new UnsupportedOperationException("stance scoring: issue 5 in progress");
    }
}
