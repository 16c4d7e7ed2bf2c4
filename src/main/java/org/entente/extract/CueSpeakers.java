package org.entente.extract;

import static org.entente.extract.ParseTrees.hasChild;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.isTensedVerb;
import static org.entente.extract.ParseTrees.isEdgePunct;
import static org.entente.extract.ParseTrees.isQuoteMark;
import static org.entente.extract.ParseTrees.subtreeMax;
import static org.entente.extract.ParseTrees.subtreeMin;
import static org.entente.extract.ParseTrees.verbAbove;

import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/**
 * Finds the head word of a cue's speaker in the dependency parse: the cue's subject or agent (a
 * dateline or opening participle the parser took for the subject gives way to the name after it),
 * the noun a participle modifies (or the subject of the verb that authored it: "sent a letter
 * calling ..."), the governor's speaker for participles and coordinated cues (the reporting verb's
 * subject when the parser hung the cue on a reported clause), the name after an inverted cue the
 * parser made its object, or the noun phrase next to the cue when the parser missed the subject;
 * and the relative pronoun that stands for a speaker. Stateless.
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
     * Verbs whose subject receives, finds or acts on what its object says rather than authoring it:
     * "arrested a man shouting ...", "obtained a memo warning ...", "heard from a doctor testifying ...".
     */
    private static final Set<String> NOT_AUTHORING = Set.of("receive", "obtain", "get", "find", "discover",
            "hear", "see", "watch", "read", "cite", "quote", "arrest", "detain", "hire", "interview", "ask",
            "meet", "question", "confront", "charge", "sue", "reject", "dismiss", "ignore", "acquire", "leak",
            "review", "study", "examine", "investigate", "criticize", "mock", "attack");

    /**
     * Whether common noun {@code n} is the object or prepositional complement of its verb ("sent a
     * letter", "in an article"), so that the verb's subject authors it: not a name or person, not
     * after a verb of receiving or finding ("obtained a memo warning ...") and not a companion of
     * the verb's subject ("with protesters chanting ...").
     */
    private static boolean isActedOn(Sentence s, int n) {
        Word w = s.word(n);
        if (w.head() < 0 || !OBJECT_RELATIONS.contains(w.relation()) || w.isPos("NNP") || !w.ner().equals("O")
                || NOT_AUTHORING.contains(s.word(w.head()).lemma())) {
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
     * reported clause {@code g}, whose speaker, the pronoun {@code pronoun}, stands for the
     * reporting verb's subject (a name or a pronoun that agrees with it), the cue's speaker. That
     * subject, or null when {@code g} is not such a clause.
     */
    private static int[] reportingSpeaker(Sentence s, int g, int pronoun, int level) {
        int clause = g;
        while (s.word(clause).isRel("conj") && s.word(clause).head() >= 0) {
            clause = s.word(clause).head();
        }
        if (!s.word(clause).isRel("ccomp") || s.word(clause).head() < 0) {
            return null;
        }
        int[] reporter = speakerOf(s, s.word(clause).head(), level + 1);
        return reporter != null && reporter[0] < g && (s.word(reporter[0]).isPos("NN") || s.word(reporter[0]).isPos("PRP"))
                && agrees(s.word(pronoun).lemma(), s.word(reporter[0])) ? reporter : null;
    }

    /**
     * Whether a pronoun can stand for the reporter: the same pronoun, "he"/"she" for a singular
     * noun, "they" for a plural noun or a name ("Witnesses said he shouted ... and called ..." is
     * not the witnesses' statement).
     */
    private static boolean agrees(String pronoun, Word reporter) {
        if (reporter.isPos("PRP")) {
            return reporter.lemma().equals(pronoun);
        }
        boolean plural = reporter.pos().endsWith("S");
        return switch (pronoun) {
            case "he", "she" -> !plural;
            case "they" -> plural || reporter.isPos("NNP");
            default -> false;
        };
    }

    /**
     * {@code "...," said Agriculture Secretary Ana Lopes}: the parser made the name after a cue
     * that follows its quotation the cue's object (a name or a noun phrase). Its head, or -1.
     */
    private static int invertedObject(Sentence s, int c) {
        Word w = s.word(c);
        if (c < 2 || !isTensedVerb(w) || s.child(c, "ccomp") > c
                || !(isQuoteMark(s.word(c - 1)) || isQuoteMark(s.word(c - 2)) && s.word(c - 1).text().equals(","))) {
            return -1;
        }
        // the cue hangs on nothing or on a word of the quotation, not on a verb before it ("Lopes called
        // the bill \"a disaster,\" criticized the governor ...": a coordinated verb of Lopes)
        int close = isQuoteMark(s.word(c - 1)) ? c - 1 : c - 2;
        int open = close - 1;
        while (open >= 0 && !isQuoteMark(s.word(open))) {
            open--;
        }
        if (w.head() >= 0 && w.head() < open) {
            return -1;
        }
        int object = s.child(c, "obj");
        if (object < 0 || !s.word(object).isPos("NN") || subtreeMin(s, object) != c + 1) {
            return -1;
        }
        // the phrase ends the clause: not "called the bill \"a disaster,\" criticized the governor and ..."
        int after = subtreeMax(s, object) + 1;
        return after >= s.size() || isEdgePunct(s.word(after)) ? object : -1;
    }

    /**
     * "..., denounced Lopes, the mayor, saying ...": a participle set off by a comma tells about the
     * clause, so the speaker of the nearest verb above noun {@code n}, or null.
     */
    private static int[] clauseSpeaker(Sentence s, int n, int level) {
        int up = verbAbove(s, n);
        // "A man, shouting that ..., was arrested by police": the noun is that verb's subject and speaks
        if (up < 0 || s.word(n).head() == up && (s.word(n).isRel("nsubj") || s.word(n).isRel("nsubj:pass"))) {
            return null;
        }
        return speakerOf(s, up, level + 1);
    }

    /** Named-entity types of a place: a dateline the parser may take for the subject (at the sentence start, before a dash). */
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /**
     * The subject as the parser found it, or the noun phrase it hangs before the cue when the
     * "subject" is a dateline or an opening participle ({@code WASHINGTON — Sen. Lopes said},
     * {@code Asked about it, the minister said}): the last appositive or loose dependent.
     */
    private static int restatedSubject(Sentence s, int subject, int c) {
        Word w = s.word(subject);
        boolean dateline = PLACES.contains(w.ner()) && subtreeMin(s, subject) == 0;
        if (!(dateline || w.isPos("VB") || w.isPos("JJ"))) {
            return subject;
        }
        int restated = subject;
        for (int k : s.children(subject)) {
            Word d = s.word(k);
            if (k > subject && k < c && (d.isRel("appos") || d.isRel("dep")) && d.isPos("NN")
                    && (!dateline || dashBetween(s, subject, subtreeMin(s, k)))) {
                restated = k;
            }
        }
        return restated;
    }

    /**
     * Whether a dash stands between words {@code from} and {@code to}: a dateline ("WASHINGTON —",
     * "PARIS (AP) -"), not an apposition ("China, the world's largest emitter, said").
     */
    private static boolean dashBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k <= to && k < s.size(); k++) {
            String t = s.word(k).text();
            if (t.equals("\u2014") || t.equals("\u2013") || t.equals("--") || t.equals("-")) {
                return true;
            }
        }
        return false;
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
            int[] outer = shared != null && s.word(shared[0]).isPos("PRP") ? reportingSpeaker(s, g, shared[0], level) : null;
            return outer != null ? outer : shared;
        }
        return null;
    }
}
