package org.entente.report;

/**
 * Rewrites a text cell before it is written to a report: the one place where protection against
 * CSV (formula) injection will go. Applied to cells holding text taken from the input (document
 * ids, speakers, cues, contents, counterparts, evidence, the score report's input cells), never to
 * numbers or labels, so a score such as {@code -0.5000} is never rewritten. Implementations must
 * be stateless and thread-safe.
 */
@FunctionalInterface
public interface CellSanitizer {

    /** The cell as it should be written; never {@code null} for a non-null {@code cell}. */
    String sanitize(String cell);

    /** Writes every cell unchanged: the default. */
    static CellSanitizer identity() {
        return cell -> cell;
    }
}
