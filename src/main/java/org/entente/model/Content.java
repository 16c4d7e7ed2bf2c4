package org.entente.model;

import java.util.List;
import java.util.Objects;

/**
 * What a statement says: one or more fragments of the document. A quote split around its cue
 * ({@code "A," she said, "B."}) has two. Immutable and thread-safe.
 *
 * @param text  the fragments' texts joined by a single space
 * @param spans the fragments, in document order, not overlapping, at least one
 */
public record Content(String text, List<Span> spans) {

    public Content {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("content needs at least one span");
        }
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).end()) {
                throw new IllegalArgumentException("content spans out of order or overlapping: " + spans);
            }
        }
    }

    /** The content made of {@code spans} of {@code document}, its text the fragments joined by a space. */
    public static Content of(String document, List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(span.slice(document));
        }
        return new Content(text.toString(), spans);
    }

    /** From the first fragment's start to the last fragment's end. */
    public Span extent() {
        return new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
    }

    /** Whether the content is split into more than one fragment. */
    public boolean isSplit() {
        return spans.size() > 1;
    }

    @Override
    public String toString() {
        return "\"" + text + "\"" + (isSplit() ? spans.toString() : extent().toString());
    }
}
