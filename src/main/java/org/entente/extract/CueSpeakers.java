package org.entente.extract;

import static org.entente.extract.ParseTrees.hasChild;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.isTensedVerb;
import static org.entente.extract.ParseTrees.subtreeMin;

import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/**
 * Finds the head word of a cue's speaker in the dependency parse: the cue's subject or agent, the
 * noun a participle modifies, the governor's speaker for participles and coordinated cues, or the
 * noun phrase next to the cue when the parser missed the subject. Stateless.
 */
final class CueSpeakers {

    /** Relative pronouns: a subject that stands for the noun its clause modifies. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

    /** Subjects that never name a source. */
    static final Set<String> NOT_SOURCES = Set.of("it", "this", "that", "there", "which", "what", "all");

    /** Relations of a noun that is what its verb acts on, not who acts. */
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "obl");

    /** Prepositions whose noun acts on its own: "with protesters chanting ...", "like others defending ...". */
    private static final Set<String> COMPANION_CASES = Set.of("with", "like");

    /**
     * Whether common noun {@code n} is its verb's object or prepositional complement, not a name
     * or a companion of the verb's subject.
     */
    private static boolean isActedOn(Sentence s, int n) {
        Word w = s.word(n);
        if (w.head() < 0 || !OBJECT_RELATIONS.contains(w.relation()) || w.isPos("NNP")) {
            return false;
        }
        return COMPANION_CASES.stream().noneMatch(p -> hasChild(s, n, "case", p));
    }

    private CueSpeakers() {
    }

    /**
     * A speaker the parser failed to make the subject: the noun phrase right before the cue
     * ({@code ," Merkley said}) or right after it ({@code ," said Fallon}).
     */
    static int[] adjacentSpeaker(Sentence s, int c) {
        int k = c - 1;
        while (k >= 0 && (s.word(k).isPos("RB") || s.word(k).isPos("MD") || s.word(k).isRel("aux")
                || s.word(k).text().equals(","))) {
            k--;
        }
        if (k >= 0 && isSpeakerNoun(s.word(k))) {
            return new int[] {k};
        }
        k = c + 1;
        int head = -1;
        while (k < s.size() && (s.word(k).isPos("NN") || s.word(k).isPos("DT") || s.word(k).isPos("JJ")
                || s.word(k).isPos("PRP") && k == c + 1)) {
            if (isSpeakerNoun(s.word(k))) {
                head = k;
            }
            k++;
        }
        return head >= 0 ? new int[] {head} : null;
    }

    static boolean isSpeakerNoun(Word w) {
        return w.isPos("NNP") || w.isPos("NN") || w.pos().equals("PRP") && !w.lemma().equals("it")
                && !w.lemma().equals("you");
    }

    /**
     * The relative pronoun that stands for speaker {@code head} in the relative clause holding
     * {@code cue} ({@code voters who say ...}), or -1. The pronoun is the source as written; the
     * noun it modifies is what it names.
     */
    static int relativePronoun(Sentence s, int head, Span cue) {
        for (Word w : s.words()) {
            if (!cue.contains(w.span())) {
                continue;
            }
            // "who came out and endorsed ...", "who hoped to persuade ...": up the shared-subject chain
            int r = w.index();
            while ((s.word(r).isRel("conj") || s.word(r).isRel("xcomp")) && s.word(r).head() >= 0) {
                r = s.word(r).head();
            }
            if (!s.word(r).isRel("acl:relcl") || s.word(r).head() != head) {
                continue;
            }
            int subject = s.child(r, "nsubj");
            if (subject >= 0 && subject < r && RELATIVE_PRONOUNS.contains(s.word(subject).lemma())) {
                return subject;
            }
        }
        return -1;
    }

    /**
     * "Reed said he had not read it, but called it a start": the parser hung the cue on the
     * reported clause {@code g}, whose pronoun subject stands for the reporting verb's subject
     * (a name or a pronoun), the cue's speaker. That subject, or null when {@code g} is not such a clause.
     */
    private static int[] reportingSpeaker(Sentence s, int g, int level) {
        int clause = g;
        while (s.word(clause).isRel("conj") && s.word(clause).head() >= 0) {
            clause = s.word(clause).head();
        }
        if (!s.word(clause).isRel("ccomp") || s.word(clause).head() < 0) {
            return null;
        }
        int[] reporter = speakerOf(s, s.word(clause).head(), level + 1);
        return reporter != null && reporter[0] < g && (s.word(reporter[0]).isPos("NN") || s.word(reporter[0]).isPos("PRP")) ? reporter : null;
    }

    /**
     * {@code "...," said Agriculture Secretary Ana Lopes}: the parser made the name after a cue
     * that follows its quotation the cue's object. That name's head, or -1.
     */
    private static int invertedObject(Sentence s, int c) {
        if (c < 2 || !isTensedVerb(s.word(c)) || s.child(c, "ccomp") > c
                || !(isQuoteMark(s.word(c - 1)) || isQuoteMark(s.word(c - 2)) && s.word(c - 1).text().equals(","))) {
            return -1;
        }
        int object = s.child(c, "obj");
        if (object < 0 || !s.word(object).isPos("NN") || subtreeMin(s, object) != c + 1) {
            return -1;
        }
        return object;
    }

    /** A quotation mark; the tagger takes a straight closing quote for an opening one. */
    private static boolean isQuoteMark(Word w) {
        return w.pos().equals("''") || w.pos().equals("``");
    }

    /**
     * "..., denounced Lopes, the mayor, saying ...": a participle set off by a comma tells about the
     * clause, so the speaker of the nearest verb above noun {@code n}, or null.
     */
    private static int[] clauseSpeaker(Sentence s, int n, int level) {
        int up = s.word(n).head();
        while (up >= 0 && !s.word(up).isPos("VB")) {
            up = s.word(up).head();
        }
        return up < 0 ? null : speakerOf(s, up, level + 1);
    }

    /** Named-entity types of a place: a dateline the parser may take for the subject. */
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /**
     * The subject as the parser found it, or the noun phrase it hangs before the cue when the
     * "subject" is a dateline or an opening participle ({@code WASHINGTON — Sen. Lopes said},
     * {@code Asked about it, the minister said}): the last appositive or loose dependent.
     */
    private static int restatedSubject(Sentence s, int subject, int c) {
        Word w = s.word(subject);
        if (!(PLACES.contains(w.ner()) || w.isPos("VB") || w.isPos("JJ"))) {
            return subject;
        }
        int restated = subject;
        for (int k : s.children(subject)) {
            Word d = s.word(k);
            if (k > subject && k < c && (d.isRel("appos") || d.isRel("dep")) && d.isPos("NN")) {
                restated = k;
            }
        }
        return restated;
    }

    /** The speaker's head word: [index], or null when the cue has none. */
    static int[] speakerOf(Sentence s, int c, int level) {
        if (level > 3) {
            return null;
        }
        Word w = s.word(c);
        int subject = -1;
        int passive = -1;
        for (int k : s.children(c)) {
            Word d = s.word(k);
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                subject = k;
            } else if (d.relation().equals("nsubj:pass")) {
                passive = k;
            }
        }
        if (subject >= 0) {
            Word subj = s.word(subject);
            if (RELATIVE_PRONOUNS.contains(subj.lemma()) && w.isRel("acl") && w.head() >= 0) {
                return new int[] {w.head()};
            }
            if (subj.pos().equals("EX") || subj.pos().equals("WDT")) {
                return null;
            }
            return new int[] {restatedSubject(s, subject, c)};
        }
        if (passive >= 0) {
            for (int k : s.children(c)) {
                Word d = s.word(k);
                if (d.isRel("obl") && hasChild(s, k, "case", "by")) {
                    return new int[] {k};
                }
            }
            return null;
        }
        int inverted = invertedObject(s, c);
        if (inverted >= 0) {
            return new int[] {inverted};
        }
        // "a statement saying ...", "protesters chanting ...": the modified noun is the source
        int g = w.head();
        if (g >= 0 && w.isRel("acl") && !w.isRel("acl:relcl") && w.pos().equals("VBG") && s.word(g).isPos("NN")) {
            // "issued a statement saying ...": the noun is the verb's object, and the verb's subject speaks
            int[] issuer = isActedOn(s, g) ? speakerOf(s, s.word(g).head(), level + 1)
                    : precededByComma(s, c) ? clauseSpeaker(s, g, level) : null;
            return issuer != null ? issuer : new int[] {g};
        }
        // "went on to say": the speaker of "go"
        if (g >= 0 && (w.isRel("obl") || w.isRel("xcomp") || w.isRel("advcl"))
                && s.word(g).lemma().equals("go")) {
            return speakerOf(s, g, level + 1);
        }
        // no subject: participles and coordinated or controlled cues share their governor's speaker
        if (g >= 0 && (w.isRel("conj") || w.isRel("advcl") || w.isRel("dep") || w.isRel("xcomp")
                || w.isRel("parataxis")) && s.word(g).isPos("VB") || g >= 0 && w.isRel("xcomp")) {
            int[] shared = speakerOf(s, g, level + 1);
            int[] outer = shared != null && s.word(shared[0]).isPos("PRP") ? reportingSpeaker(s, g, level) : null;
            return outer != null ? outer : shared;
        }
        return null;
    }
}
