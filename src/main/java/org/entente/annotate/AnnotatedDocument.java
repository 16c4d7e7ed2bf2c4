package org.entente.annotate;

import java.util.List;
import java.util.Objects;

/**
 * A document after CoreNLP: its text, sentences and coreference mentions. Immutable.
 *
 * @param text      the document text; every span indexes into it
 * @param sentences its sentences in order
 * @param coref     coreference mentions (empty when the profile runs no coreference)
 */
public record AnnotatedDocument(String text, List<Sentence> sentences, List<CorefMention> coref)
        implements java.io.Serializable {

    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        coref = List.copyOf(coref);
    }
}
