package org.entente.model;

import java.util.Objects;

/**
 * A piece of a document: its text exactly as written and where it stands. Used for speaker
 * mentions, cues and counterparts. Immutable and thread-safe.
 *
 * @param text the covered text, equal to {@code span.slice(document)}
 * @param span where the text stands in the document
 */
public record Mention(String text, Span span) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }

    /** The mention of {@code span} in {@code document}. */
    public static Mention of(String document, Span span) {
        return new Mention(span.slice(document), span);
    }

    @Override
    public String toString() {
        return "\"" + text + "\"" + span;
    }
}
