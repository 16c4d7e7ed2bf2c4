package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import org.entente.BatchResult;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;

/**
 * What the command line needs from Entente: analyse a document, score one statement. The real
 * implementation is a thin adapter over {@link org.entente.Entente}; tests inject fakes.
 * Implementations must be thread-safe.
 */
public interface Analyzer {

    /** Every attributed statement of {@code text}, scored, in document order. */
    List<ScoredStatement> analyze(String text);

    /**
     * Every document of {@code texts} analysed, {@code threads} at a time, results in input order
     * (see {@link org.entente.Entente#analyzeAll(List, int)}). This default runs them one by one.
     */
    default List<BatchResult> analyzeAll(List<String> texts, int threads) {
        List<BatchResult> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            try {
                out.add(BatchResult.ok(i, analyze(texts.get(i))));
            } catch (RuntimeException e) {
                out.add(BatchResult.failed(i, e));
            }
        }
        return out;
    }

    /** {@code text} scored as one statement's content, with no extraction. */
    Scores score(String text);

    /**
     * Loads whatever {@link #analyze} loads on first use (CoreNLP's models), so that the load does
     * not count against the first document's time budget. Does nothing by default.
     */
    default void warmUp() {
    }
}
