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
    ACCURATE;

    /**
     * About how much heap {@link Entente#analyze} needs with this profile when {@code threads}
     * documents are analysed at once (measured: see benchmarks/RESULTS.md, "Memory"): the models
     * plus working memory per document in flight. Give the JVM at least this ({@code -Xmx}).
     */
    public long heapMegabytes(int threads) {
        int t = Math.max(1, threads);
        return switch (this) {
            case BALANCED -> 800 + 200L * t;
            case ACCURATE -> 1400 + 400L * t;
        };
    }
}
