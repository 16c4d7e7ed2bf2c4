package org.entente;

/**
 * How much CoreNLP work {@link Entente#analyze} does per document: a trade between speed and
 * attribution quality. Measured figures for each are in {@code benchmarks/RESULTS.md}.
 */
public enum Profile {
    /**
     * Tokens, sentences, POS, lemmas, one lean NER model and the dependency parse; pronoun and
     * description speakers are resolved by Entente's speaker-focused resolver. The default.
     */
    BALANCED,
    /** As {@link #BALANCED}, plus CoreNLP's statistical coreference to resolve speakers. Slower. */
    ACCURATE
}
