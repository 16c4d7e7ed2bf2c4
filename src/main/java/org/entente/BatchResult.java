package org.entente;

import java.util.List;
import java.util.Objects;
import org.entente.model.ScoredStatement;

/**
 * The outcome of one document of {@link Entente#analyzeAll}: its statements, or the exception
 * that stopped its analysis. Immutable.
 *
 * @param index      the document's position in the batch (0-based)
 * @param statements its statements in document order; empty when it failed
 * @param failure    why it failed, or {@code null} when it did not
 */
public record BatchResult(int index, List<ScoredStatement> statements, RuntimeException failure) {

    public BatchResult {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        statements = failure == null ? List.copyOf(Objects.requireNonNull(statements, "statements")) : List.of();
    }

    /** A document analysed without failure. */
    public static BatchResult ok(int index, List<ScoredStatement> statements) {
        return new BatchResult(index, statements, null);
    }

    /** A document whose analysis threw {@code failure}. */
    public static BatchResult failed(int index, RuntimeException failure) {
        return new BatchResult(index, List.of(), Objects.requireNonNull(failure, "failure"));
    }

    /** Whether the document was analysed. */
    public boolean isOk() {
        return failure == null;
    }

    /** The statements, or the failure rethrown. */
    public List<ScoredStatement> statementsOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return statements;
    }
}
