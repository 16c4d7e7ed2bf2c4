package org.entente.extract;

import static org.entente.extract.ParseTrees.caseWord;
import static org.entente.extract.ParseTrees.hasChild;
import static org.entente.extract.ParseTrees.headsTensedClause;
import static org.entente.extract.ParseTrees.markSubtree;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.runs;
import static org.entente.extract.ParseTrees.subtreeMax;
import static org.entente.extract.ParseTrees.subtreeMin;
import static org.entente.extract.ParseTrees.trimmed;
import static org.entente.extract.ParseTrees.trimmedOrEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.CueClass;
import org.entente.model.Span;

/**
 * Statements whose cue is not a verb: nouns and adjectives whose complement is the content
 * ("criticism of the plan", "critical of the deal"), light-verb objects ("expressed concern that"),
 * received criticism ("the plan drew criticism from X") and sourcing phrases ("according to X").
 * Immutable and thread-safe.
 */
final class NounCues {

    private final CueLexicon cues;

    NounCues(CueLexicon cues) {
        this.cues = cues;
    }

    /** Nouns whose prepositional complement is the content: "his criticism of the plan", "voiced support for". */
    void nounCues(String text, Sentence s, List<Candidate> out) {
        adjectiveCues(text, s, out);
        receivedCriticismCues(text, s, out);
        for (Word n : s.words()) {
            if (!n.isPos("NN")) {
                continue;
            }
            CueLexicon.Frame frame = cues.nounFrame(n.lemma());
            if (frame == null) {
                continue;
            }
            int source = -1;
            int poss = s.child(n.index(), "nmod:poss");
            if (poss >= 0) {
                source = poss;
            } else if (n.isRel("obj") && n.head() >= 0 && s.word(n.head()).isPos("VB") && !isReceivedCriticism(s, n)) {
                // ("faced criticism of ...": the verb's subject is the target, see receivedCriticismCues)
                int[] sp = CueSpeakers.speakerOf(s, n.head(), 0);
                source = sp == null ? -1 : sp[0];
            } else if (s.child(n.index(), "cop") >= 0 && s.child(n.index(), "nsubj") >= 0) {
                // "Lopes is a longtime critic of the deal"
                source = s.child(n.index(), "nsubj");
                if (CueSpeakers.NOT_SOURCES.contains(s.word(source).lemma())) {
                    source = -1;
                }
            }
            if (source < 0) {
                continue;
            }
            // the first complement decides: a that/to clause ("his claim that ...") or a prepositional phrase
            int clause = -1;
            int firstNmod = -1;
            for (int k : s.children(n.index())) {
                if (k > n.index() && clause < 0 && (s.word(k).isRel("acl") || s.word(k).isRel("ccomp"))
                        && (frame.prepositions().contains("that") && hasChild(s, k, "mark", "that")
                        || frame.prepositions().contains("to") && hasChild(s, k, "mark", "to"))) {
                    clause = k;
                }
                if (k > n.index() && firstNmod < 0 && s.word(k).isRel("nmod")
                        && caseWord(s, k, frame.prepositions()) >= 0) {
                    firstNmod = k;
                }
            }
            Candidate cand = clause < 0 && firstNmod < 0 && poss >= 0
                    ? subjectInfinitive(text, s, n, frame, source) : null;
            if (cand == null && clause >= 0 && (firstNmod < 0 || clause < firstNmod)) {
                List<Span> content = trimmed(text, s, subtreeMin(s, clause), subtreeMax(s, clause));
                if (content != null) {
                    cand = Candidate.in(s, n.span(), frame.cueClass(), source, content, n.index());
                }
            } else if (cand == null) {
                cand = prepositionalContent(text, s, n.index(), frame, source, NOUN_COMPLEMENTS);
                // "took issue with X", "took aim at X": the parser hangs the noun's phrase on the verb
                // (not after a cue verb of its own: "expressed solidarity with X" is the verb's statement)
                if (cand == null && poss < 0 && n.isRel("obj") && n.head() >= 0 && s.word(n.head()).isPos("VB")
                        && cues.verb(s.word(n.head()).lemma()) == null) {
                    cand = verbHeldNounComplement(text, s, n, frame, source);
                }
            }
            if (cand != null) {
                if (poss < 0 && n.isRel("obj") && cues.isLightVerb(s.word(n.head()).lemma())
                        && s.child(n.index(), "amod") < 0 && s.child(n.index(), "nummod") < 0
                        && s.child(n.index(), "conj") < 0) {
                    cand.objectOfVerb = s.word(n.head()).span();
                }
                out.add(cand);
            }
        }
    }

    /**
     * A noun cue the parser made the subject of its own infinitive ("Her plan to raise taxes is popular":
     * plan is nsubj of raise): the infinitive from "to" up to its first comma, dash, parataxis or finite
     * clause is the content. When that clause took the infinitive's object as its subject ("His refusal
     * to raise taxes hurt him": taxes as subject of hurt), the subject stays in the content.
     */
    private static Candidate subjectInfinitive(String text, Sentence s, Word n, CueLexicon.Frame frame, int source) {
        int verb = n.head();
        if (!n.isRel("nsubj") || verb <= n.index() || !frame.prepositions().contains("to")
                || !s.word(verb).isPos("VB") || !hasChild(s, verb, "mark", "to")) {
            return null;
        }
        for (int k = n.index() + 1; k < verb; k++) {
            Word w = s.word(k);
            if (w.head() != verb || !(w.isRel("mark") || w.isRel("advmod") || w.isRel("punct"))) {
                return null;
            }
        }
        int end = subtreeMax(s, verb);
        for (int k : s.children(verb)) {
            if (k <= verb || !(s.word(k).isRel("punct") || s.word(k).isRel("parataxis") || headsTensedClause(s, k))) {
                continue;
            }
            int subject = s.child(k, "nsubj");
            boolean objectAsSubject = subject > verb && subtreeMin(s, subject) == subtreeMin(s, k)
                    && s.child(verb, "obj") < 0;
            end = Math.min(end, objectAsSubject ? subtreeMax(s, subject) : subtreeMin(s, k) - 1);
        }
        List<Span> content = trimmed(text, s, n.index() + 1, end);
        return content == null ? null : Candidate.in(s, n.span(), frame.cueClass(), source, content, n.index());
    }


    /**
     * The complement of a noun cue that the parser attached to the verb the noun is the object of
     * ("took issue with the plan"): a prepositional phrase of the verb right after the noun's own
     * phrase. The cue runs from the verb to the preposition.
     */
    private static Candidate verbHeldNounComplement(String text, Sentence s, Word n, CueLexicon.Frame frame, int source) {
        int verb = n.head();
        int after = subtreeMax(s, n.index()) + 1;
        for (int k : s.children(verb)) {
            if (k <= n.index() || !s.word(k).isRel("obl") || subtreeMin(s, k) != after) {
                continue;
            }
            int prep = caseWord(s, k, frame.prepositions());
            if (prep < 0) {
                return null;
            }
            List<Span> content = trimmed(text, s, prep + 1, subtreeMax(s, k));
            if (content == null) {
                return null;
            }
            Span cue = new Span(s.word(verb).span().start(), s.word(prep).span().end());
            return Candidate.in(s, cue, frame.cueClass(), source, content, n.index());
        }
        return null;
    }

    /** Verbs whose subject is the target of the criticism that is their object ("drew criticism from X"). */
    private static final Set<String> RECEIVING_VERBS = Set.of("face", "draw", "attract", "receive", "endure",
            "get", "garner", "meet", "come");

    /** "faced criticism", "came under criticism": a verb of receiving before "criticism", its object or "under" phrase. */
    private static boolean isReceivedCriticism(Sentence s, Word n) {
        if (!n.isPos("NN") || !n.lemma().equals("criticism") || n.head() < 0) {
            return false;
        }
        Word v = s.word(n.head());
        return v.isPos("VB") && RECEIVING_VERBS.contains(v.lemma()) && n.head() < n.index()
                && (n.isRel("obj") || v.lemma().equals("come") && caseWord(s, n.index(), Set.of("under")) >= 0);
    }

    /**
     * "The plan has drawn criticism from Reis for its cost": the subject of a verb of receiving
     * criticism ("faced", "drew", "came under") is what is criticised, with the noun's or verb's
     * "for/over" phrase; the "from" phrase, if any, is the source. The cue runs from the verb to the noun.
     */
    private static void receivedCriticismCues(String text, Sentence s, List<Candidate> out) {
        for (Word n : s.words()) {
            if (!isReceivedCriticism(s, n)) {
                continue;
            }
            int verb = n.head();
            Word v = s.word(verb);
            int subject = s.child(verb, "nsubj");
            if (subject < 0 || CueSpeakers.RELATIVE_PRONOUNS.contains(s.word(subject).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Span> content = new ArrayList<>(trimmedOrEmpty(text, s, subtreeMin(s, subject), subtreeMax(s, subject)));
            if (content.isEmpty()) {
                continue;
            }
            int source = -1;
            for (int head : new int[] {n.index(), verb}) {
                for (int k : s.children(head)) {
                    if (k <= n.index() || !(s.word(k).isRel("nmod") || s.word(k).isRel("obl"))) {
                        continue;
                    }
                    if (source < 0 && caseWord(s, k, Set.of("from")) >= 0) {
                        source = k;
                    }
                    int prep = caseWord(s, k, Set.of("for", "over"));
                    if (prep >= 0 && content.size() == 1) {
                        List<Span> reason = trimmed(text, s, prep + 1, subtreeMax(s, k));
                        if (reason != null) {
                            content.addAll(reason);
                        }
                    }
                }
            }
            Span cue = new Span(v.span().start(), n.span().end());
            Candidate cand = Candidate.in(s, cue, CueClass.SENTIMENT, source, content, verb);
            cand.targetSubject = true;
            out.add(cand);
        }
    }

    /** Adjectives whose prepositional complement is the content: "X is critical of the plan". */
    private void adjectiveCues(String text, Sentence s, List<Candidate> out) {
        for (Word a : s.words()) {
            if (!a.isPos("JJ") && !a.pos().equals("VBN")) {
                continue;
            }
            CueLexicon.Frame frame = cues.adjectiveFrame(a.lemma());
            if (frame == null) {
                frame = cues.adjectiveFrame(a.text().toLowerCase(Locale.ROOT));
            }
            if (frame == null) {
                continue;
            }
            int subject = s.child(a.index(), "nsubj");
            if (subject < 0) {
                subject = s.child(a.index(), "nsubj:pass");
            }
            if (subject < 0 || CueSpeakers.NOT_SOURCES.contains(s.word(subject).lemma())) {
                continue;
            }
            Candidate cand = null;
            // "confident that ...", "eager to ...": a clause
            for (int k : s.children(a.index())) {
                Word d = s.word(k);
                if (k > a.index() && (d.isRel("ccomp") || d.isRel("xcomp") || d.isRel("advcl"))
                        && (frame.prepositions().contains("that") && hasChild(s, k, "mark", "that")
                        || frame.prepositions().contains("to") && hasChild(s, k, "mark", "to"))) {
                    List<Span> content = trimmed(text, s, subtreeMin(s, k), subtreeMax(s, k));
                    if (content != null) {
                        cand = Candidate.in(s, a.span(), frame.cueClass(), subject, content, a.index());
                    }
                    break;
                }
            }
            if (cand == null) {
                cand = prepositionalContent(text, s, a.index(), frame, subject, ADJECTIVE_COMPLEMENTS);
            }
            if (cand != null) {
                out.add(cand);
            }
        }
    }

    private static final Set<String> NOUN_COMPLEMENTS = Set.of("nmod");

    private static final Set<String> ADJECTIVE_COMPLEMENTS = Set.of("obl", "nmod", "advcl");

    /**
     * The statement of a cue word whose complement introduced by one of its frame's prepositions is
     * the content ("called [for a ban]", "criticism [of the plan]", "critical [of the deal]"), the cue
     * running from the word to the preposition; null when it has none.
     */
    static Candidate prepositionalContent(String text, Sentence s, int head, CueLexicon.Frame frame,
                                                  int source, Set<String> relations) {
        for (int k : s.children(head)) {
            Word d = s.word(k);
            if (k < head || relations.stream().noneMatch(d::isRel)) {
                continue;
            }
            int prep = caseWord(s, k, frame.prepositions());
            if (prep < 0) {
                continue;
            }
            List<Span> content = trimmed(text, s, prep + 1, subtreeMax(s, k));
            if (content == null) {
                return null;
            }
            Span cue = new Span(s.word(head).span().start(), s.word(prep).span().end());
            return Candidate.in(s, cue, frame.cueClass(), source, content, head);
        }
        return null;
    }

    void phraseCues(String text, Sentence s, List<Candidate> out) {
        for (CueLexicon.Phrase phrase : cues.phrases()) {
            List<String> words = phrase.words();
            for (int i = 0; i + words.size() <= s.size(); i++) {
                boolean match = true;
                for (int j = 0; j < words.size() && match; j++) {
                    match = s.word(i + j).text().toLowerCase(Locale.ROOT).equals(words.get(j));
                }
                if (!match) {
                    continue;
                }
                int last = i + words.size() - 1;
                int source = sourceAfter(s, i, last);
                if (source < 0) {
                    continue;
                }
                int g = s.word(source).head();
                // set off by a comma or opening the sentence, the phrase sources the whole sentence
                // ("Exports grew, according to the ministry"), wherever the parser attached it
                if (g >= 0 && (i == 0 || precededByComma(s, i))) {
                    g = s.root();
                }
                boolean[] keep = new boolean[s.size()];
                if (g >= 0) {
                    markSubtree(s, g, keep, true);
                    markSubtree(s, source, keep, false);
                } else {
                    markAroundRootSource(s, i, source, keep);
                }
                for (int k = i; k <= last; k++) {
                    keep[k] = false;
                }
                List<Span> content = runs(text, s, keep);
                if (content.isEmpty()) {
                    continue;
                }
                Span cue = new Span(s.word(i).span().start(), s.word(last).span().end());
                Candidate cand = Candidate.in(s, cue, phrase.cueClass(), source, content, source);
                cand.sourcingPhrase = true;
                out.add(cand);
            }
        }
    }

    /**
     * "According to [the ministry], exports grew", "That's according to [the ministry]." with the
     * source parsed as the sentence's root: the content is what comes before the cue phrase and what
     * follows the comma that closes it ("Exports grew, according to the ministry, and imports fell");
     * when the phrase opens the sentence, what follows the first comma or colon after the source.
     */
    private static void markAroundRootSource(Sentence s, int phrase, int source, boolean[] keep) {
        // the source's phrase ends at a comma (or, opening the sentence, a colon); words after it are
        // content again ("Exports grew, according to the ministry, and imports fell.")
        int end = source;
        while (end < s.size() && !s.word(end).text().equals(",") && (phrase > 0 || !s.word(end).text().equals(":"))) {
            end++;
        }
        for (int k = 0; k < s.size(); k++) {
            keep[k] = k < phrase || k > end;
        }
        // "That['s] according to": the verb before the phrase is no content
        if (phrase > 0 && (s.word(phrase - 1).lemma().equals("be") || s.word(phrase - 1).pos().equals("POS"))) {
            keep[phrase - 1] = false;
        }
    }

    /** The head of the noun phrase a cue phrase introduces ("according to [the ministry]"). */
    private static int sourceAfter(Sentence s, int first, int last) {
        Word w = s.word(first);
        if (w.isRel("case") && w.head() > last) {
            return w.head();
        }
        for (int k = last + 1; k < s.size(); k++) {
            Word d = s.word(k);
            if (d.isPos("NN") || d.isPos("PRP")) {
                int h = k;
                while (s.word(h).head() > h && s.word(h).isRel("compound") || s.word(h).isRel("flat") && s.word(h).head() > h) {
                    h = s.word(h).head();
                }
                return h;
            }
            if (d.text().equals(",") || d.text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }
}
