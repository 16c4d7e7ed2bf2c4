package org.entente.extract;

import java.util.Objects;
import org.entente.model.Statement;

/**
 * A statement as extraction found it, with what scoring needs beyond the statement itself.
 *
 * @param statement     the statement
 * @param speakerPhrase the resolved speaker's fullest descriptive phrase in the document
 *                      ("Chinese President Xi Jinping"), for the speaker's affiliation;
 *                      {@code null} when there is no speaker
 */
public record ExtractedStatement(Statement statement, String speakerPhrase) {

    public ExtractedStatement {
        Objects.requireNonNull(statement, "statement");
    }
}
