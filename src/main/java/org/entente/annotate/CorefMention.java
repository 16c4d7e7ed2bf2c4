package org.entente.annotate;

import org.entente.model.Span;

/**
 * One mention of a coreference chain. Immutable.
 *
 * @param chain    the chain's id, shared by all its mentions
 * @param sentence the sentence index
 * @param head     the head word's index in that sentence
 * @param span     the mention's extent in the document
 * @param text     the mention as written
 */
public record CorefMention(int chain, int sentence, int head, Span span, String text) implements java.io.Serializable {
}
