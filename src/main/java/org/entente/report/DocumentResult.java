package org.entente.report;

import java.util.List;
import java.util.Objects;
import org.entente.model.ScoredStatement;

/**
 * One analysed document: its id, its text and the statements found in it. Reports that show the
 * text itself (the HTML report) need all three. Immutable and thread-safe.
 *
 * @param docId      the document's id (the command line uses the file name without {@code .txt})
 * @param text       the text exactly as analysed; every offset of {@code statements} indexes into it
 * @param statements the scored statements of {@code text}, in document order
 */
public record DocumentResult(String docId, String text, List<ScoredStatement> statements) {

    public DocumentResult {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        statements = List.copyOf(statements);
    }
}
