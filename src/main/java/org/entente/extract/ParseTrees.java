package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/**
 * Pure helpers over one parsed sentence and its text: subtrees, dependents, spans of words, date
 * words, sentence and paragraph ends. Stateless.
 */
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

    /** The first verb above word {@code k} in the parse, or -1. */
    static int verbAbove(Sentence s, int k) {
        for (int h = s.word(k).head(); h >= 0; h = s.word(h).head()) {
            if (s.word(h).isPos("VB")) {
                return h;
            }
        }
        return -1;
    }

    /** A quotation mark token, straight or curly, single or double (the tagger may tag a straight closing quote as opening). */
    static boolean isQuoteMark(Word w) {
        return !w.text().isEmpty() && w.text().chars().allMatch(ch -> QUOTE_MARKS.indexOf(ch) >= 0);
    }

    private static final String QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019";

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

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** A verb in the past or present tense ("said", "says", "say"), not a participle or infinitive. */
    static boolean isTensedVerb(Word w) {
        String pos = w.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** A tensed verb or a modal: a word that makes its clause finite. */
    static boolean isFinite(Word w) {
        return isTensedVerb(w) || w.pos().equals("MD");
    }

    /** Whether a finite word stands between word {@code from} and word {@code to} (both included). */
    static boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
            if (isFinite(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code k} heads a tensed clause: it is finite, or has a finite auxiliary or copula. */
    static boolean headsTensedClause(Sentence s, int k) {
        if (isFinite(s.word(k))) {
            return true;
        }
        for (int c : s.children(k)) {
            if ((s.word(c).isRel("aux") || s.word(c).isRel("cop")) && isFinite(s.word(c))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "noon", "midnight");

    /** A month, weekday, part of a day or a year ("May", "Sunday", "2008"): the head of a time phrase. */
    static boolean isDate(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return MONTHS.contains(lower) || WEEKDAYS.contains(lower) || w.isPos("CD") && lower.matches("(19|20)\\d\\d");
    }

    /** Whether only punctuation stands before word {@code k} in its sentence. */
    static boolean opensSentence(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (Character.isLetterOrDigit(s.word(j).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence-final mark stands between word {@code from} and word {@code to} (both excluded). */
    static boolean endsSentenceBetween(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < s.size(); k++) {
            String t = s.word(k).text();
            if (k > from - 1 && (t.equals(".") || t.equals("?") || t.equals("!")) && k + 1 < s.size()
                    && isClosingQuote(s.word(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingQuote(String t) {
        return t.equals("\u201d") || t.equals("\"") || t.equals("''") || t.equals("\u2019\u201d");
    }

    /** Whether a paragraph ends between {@code from} and {@code to}: a line break (blank or not). */
    static boolean isParagraphBreak(String text, int from, int to) {
        return text.substring(from, to).indexOf('\n') >= 0;
    }

    /** The end of the paragraph {@code from} is in: the next line break, or the end of the text. */
    static int paragraphEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    static int wordStartingAt(Sentence s, int offset) {
        for (Word w : s.words()) {
            if (w.span().start() == offset) {
                return w.index();
            }
        }
        return -1;
    }

    static boolean hasRightComplement(Sentence s, int k) {
        for (int c : s.children(k)) {
            if (c > k && (s.word(c).isRel("ccomp") || s.word(c).isRel("obj") || s.word(c).isRel("xcomp")
                    || s.word(c).isRel("dep"))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasMarkOtherThanThat(Sentence s, int k) {
        for (int c : s.children(k)) {
            Word d = s.word(c);
            if (d.isRel("mark") && c < k && !d.lemma().equals("that") && !d.lemma().equals("whether")
                    && !d.lemma().equals("if") && !d.lemma().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "says the average amount was $27": without "that", the parser may hang the reported verb on
     * the object noun as a modifier; a finite verb there (not a relative clause) shows a clause.
     */
    static boolean hasFiniteVerbModifier(Sentence s, int k) {
        for (int m : s.children(k)) {
            Word d = s.word(m);
            if (m > k && (d.relation().equals("acl") || d.isRel("dep")) && (isTensedVerb(d)
                    || s.child(m, "aux") >= 0 && s.word(s.child(m, "aux")).isPos("MD"))
                    && s.child(m, "mark") < 0 && !hasPunctBetween(s, k, m)) {
                return true;
            }
        }
        return false;
    }

    static boolean followedByXcomp(Sentence s, int c, int obj) {
        for (int k : s.children(c)) {
            if (k > obj && s.word(k).isRel("xcomp")) {
                return true;
            }
        }
        return false;
    }
}
