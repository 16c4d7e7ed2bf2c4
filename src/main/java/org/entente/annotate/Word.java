package org.entente.annotate;

import org.entente.model.Span;

/**
 * One token of an annotated sentence. Immutable.
 *
 * @param index    0-based position in its sentence
 * @param text     the token exactly as written in the document
 * @param lemma    its lemma, lower-cased
 * @param pos      its Penn Treebank part of speech
 * @param ner      its named-entity tag ({@code PERSON}, {@code ORGANIZATION}, ..., {@code O})
 * @param span     where it stands in the document
 * @param head     index of its governor in the sentence, {@code -1} for the root
 * @param relation its Universal Dependencies relation to the governor ({@code root} for the root)
 */
public record Word(int index, String text, String lemma, String pos, String ner, Span span, int head,
                   String relation) implements java.io.Serializable {

    /** Whether the part of speech starts with {@code prefix} ("VB", "NN", "PRP"). */
    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }

    /** Whether the relation is {@code rel} or a subtype of it ({@code nsubj} matches {@code nsubj:pass}). */
    public boolean isRel(String rel) {
        return relation.equals(rel) || relation.startsWith(rel + ":");
    }

    @Override
    public String toString() {
        return text + "/" + pos + "-" + index;
    }
}
