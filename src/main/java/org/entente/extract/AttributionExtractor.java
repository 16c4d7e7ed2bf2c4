package org.entente.extract;

import java.util.List;
import org.entente.annotate.AnnotatedDocument;
import org.entente.lexicon.LexiconSource;

/**
 * Finds attributed statements in an annotated document. Immutable and thread-safe.
 */
public final class AttributionExtractor {

    private AttributionExtractor() {
    }

    /** Loads the cue lexicons from {@code source}. */
    public static AttributionExtractor load(LexiconSource source) {
        return new AttributionExtractor();
    }

    /** The statements of {@code document}, in document order. */
    public List<ExtractedStatement> extract(AnnotatedDocument document) {
        throw new UnsupportedOperationException("extraction: in progress");
    }
}
