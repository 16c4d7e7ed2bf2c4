package org.entente.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.model.Span;

/**
 * One sentence of an annotated document with its basic dependency tree. Immutable.
 */
public final class Sentence implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final List<Word> words;
    private final List<List<Integer>> children;
    private final int root;

    /**
     * @param index 0-based position in the document
     * @param words the sentence's words, in order, their {@code index} their position here
     */
    public Sentence(int index, List<Word> words) {
        this.index = index;
        this.words = List.copyOf(words);
        List<List<Integer>> kids = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            kids.add(new ArrayList<>(2));
        }
        int r = -1;
        for (Word w : this.words) {
            if (w.head() >= 0 && w.head() < words.size()) {
                kids.get(w.head()).add(w.index());
            } else if (r < 0) {
                r = w.index();
            }
        }
        List<List<Integer>> frozen = new ArrayList<>(kids.size());
        for (List<Integer> k : kids) {
            frozen.add(List.copyOf(k));
        }
        this.children = Collections.unmodifiableList(frozen);
        this.root = r;
    }

    public int index() {
        return index;
    }

    public List<Word> words() {
        return words;
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** The root word's index, or -1 for an empty sentence. */
    public int root() {
        return root;
    }

    /** Indices of the dependents of word {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first dependent of {@code i} whose relation is {@code rel} (or a subtype), or -1. */
    public int child(int i, String rel) {
        for (int c : children.get(i)) {
            if (words.get(c).isRel(rel)) {
                return c;
            }
        }
        return -1;
    }

    /** The sentence's extent in the document. */
    public Span span() {
        return new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
    }

    @Override
    public String toString() {
        return "Sentence" + index + words;
    }
}
