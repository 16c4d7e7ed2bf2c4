package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/** Pure helpers over one parsed sentence: subtrees, dependents, spans of words. */
final class ParseTrees {

    private ParseTrees() {
    }

    static List<Span> trimmedOrEmpty(String text, Sentence s, int from, int to) {
        List<Span> t = trimmed(text, s, from, to);
        return t == null ? List.of() : t;
    }

    /** The index of the preposition ({@code case} dependent) of {@code k} if it is one of {@code preps}, else -1. */
    static int caseWord(Sentence s, int k, Set<String> preps) {
        for (int c : s.children(k)) {
            Word d = s.word(c);
            if ((d.isRel("case") || d.isRel("mark")) && c < k && preps.contains(d.text().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    static boolean precededByComma(Sentence s, int k) {
        return k > 0 && (s.word(k - 1).text().equals(",") || s.word(k - 1).text().equals("\u2014")
                || s.word(k - 1).text().equals("--"));
    }

    static int countWords(String text, Span span) {
        int words = 0;
        boolean in = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    static boolean isClause(Sentence s, int k) {
        Word w = s.word(k);
        if (w.isPos("VB") || w.isPos("MD")) {
            return true;
        }
        return s.child(k, "nsubj") >= 0 || s.child(k, "cop") >= 0;
    }

    static boolean hasChild(Sentence s, int k, String rel, String lemma) {
        for (int c : s.children(k)) {
            if (s.word(c).isRel(rel) && s.word(c).lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSentenceEnd(Sentence s, int k) {
        return k == s.size() - 1 || k == s.size() - 2 && s.word(k + 1).relation().equals("punct");
    }

    static int depth(Sentence s, int k) {
        int d = 0;
        for (int n = k; n >= 0 && d <= s.size(); n = s.word(n).head()) {
            d++;
        }
        return d;
    }

    static int subtreeMin(Sentence s, int k) {
        int m = k;
        for (int c : s.children(k)) {
            m = Math.min(m, subtreeMin(s, c));
        }
        return m;
    }

    static int subtreeMax(Sentence s, int k) {
        int m = k;
        for (int c : s.children(k)) {
            m = Math.max(m, subtreeMax(s, c));
        }
        return m;
    }

    static void markSubtree(Sentence s, int k, boolean[] keep, boolean value) {
        keep[k] = value;
        for (int c : s.children(k)) {
            markSubtree(s, c, keep, value);
        }
    }

    /** The kept words as contiguous runs, each trimmed of edge punctuation; runs of only punctuation vanish. */
    static List<Span> runs(String text, Sentence s, boolean[] keep) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!keep[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && keep[j + 1]) {
                j++;
            }
            List<Span> run = trimmed(text, s, i, j);
            if (run != null) {
                out.addAll(run);
            }
            i = j + 1;
        }
        return out;
    }

    /** Words {@code from..to} as one span, without edge punctuation; null if nothing is left. */
    static List<Span> trimmed(String text, Sentence s, int from, int to) {
        int a = from;
        int b = to;
        while (a <= b && isEdgePunct(s.word(a))) {
            a++;
        }
        while (b >= a && isEdgePunct(s.word(b))) {
            b--;
        }
        if (a > b) {
            return null;
        }
        boolean anyWord = false;
        for (int k = a; k <= b && !anyWord; k++) {
            anyWord = Character.isLetterOrDigit(s.word(k).text().charAt(0));
        }
        if (!anyWord) {
            return null;
        }
        return List.of(new Span(s.word(a).span().start(), s.word(b).span().end()));
    }

    static boolean hasPunctBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.word(i).relation().equals("punct")) {
                return true;
            }
        }
        return false;
    }

    static boolean isEdgePunct(Word w) {
        String t = w.text();
        return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(":") || t.equals("--")
                || t.equals("-") || t.equals("\u2014") || t.equals("\u2013") || t.equals("(") || t.equals(")");
    }
}
