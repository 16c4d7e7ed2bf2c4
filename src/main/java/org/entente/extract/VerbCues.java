package org.entente.extract;

import static org.entente.extract.ParseTrees.caseWord;
import static org.entente.extract.ParseTrees.depth;
import static org.entente.extract.ParseTrees.endsSentenceBetween;
import static org.entente.extract.ParseTrees.followedByXcomp;
import static org.entente.extract.ParseTrees.hasChild;
import static org.entente.extract.ParseTrees.hasFiniteVerb;
import static org.entente.extract.ParseTrees.hasFiniteVerbModifier;
import static org.entente.extract.ParseTrees.isTensedVerb;
import static org.entente.extract.ParseTrees.hasMarkOtherThanThat;
import static org.entente.extract.ParseTrees.hasPunctBetween;
import static org.entente.extract.ParseTrees.hasRightComplement;
import static org.entente.extract.ParseTrees.isClause;
import static org.entente.extract.ParseTrees.isDate;
import static org.entente.extract.ParseTrees.isEdgePunct;
import static org.entente.extract.ParseTrees.isFinite;
import static org.entente.extract.ParseTrees.isQuoteMark;
import static org.entente.extract.ParseTrees.isSentenceEnd;
import static org.entente.extract.ParseTrees.markSubtree;
import static org.entente.extract.ParseTrees.opensSentence;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.runs;
import static org.entente.extract.ParseTrees.subtreeMax;
import static org.entente.extract.ParseTrees.subtreeMin;
import static org.entente.extract.ParseTrees.trimmed;
import static org.entente.extract.ParseTrees.trimmedOrEmpty;
import static org.entente.extract.ParseTrees.verbAbove;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.CueClass;
import org.entente.model.Span;

/**
 * Statements whose cue is a verb: the verb's speaker and its content to the right (complement
 * clause, infinitive or object) or to the left (the clause the cue is a parenthetical of), with
 * the special patterns the parser gets wrong (inverted "said X", misparsed participles, broken
 * clauses), frame verbs ("called for"), impressions ("appears to") and agentless passives.
 * Immutable and thread-safe.
 */
final class VerbCues {

    private final CueLexicon cues;
    private final ContentBounds bounds;

    VerbCues(CueLexicon cues, ContentBounds bounds) {
        this.cues = cues;
        this.bounds = bounds;
    }

    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "parataxis", "dep", "advcl", "csubj");

    private static final Set<String> NOT_LEFT_SPEAKERS = Set.of("who", "which", "that", "this");

    /** The statement whose cue is verb {@code c}, or null. */
    Candidate verbCue(String text, Sentence s, int c) {
        Candidate parsed = parsedVerbCue(text, s, c);
        if (parsed == null) {
            parsed = gerundAfterPrepositionCue(text, s, c);
        }
        Candidate trailing = trailingSpeakerCue(text, s, c);
        if (trailing == null || parsed != null && parsed.extent().contains(trailing.extent())
                && parsed.speakerSentence == s && parsed.speakerHead >= 0
                && trailing.speakerSpan.contains(s.word(parsed.speakerHead).span())) {
            return parsed;
        }
        return trailing;
    }

    /**
     * "The port will reopen in May, the ministry said.": a cue verb that ends the sentence after a
     * comma and a short noun phrase, its speaker. Whatever the parser made of the clause before
     * (often the cue's subject, with the speaker as an apposition, or a clause cut short), that clause
     * is the content. It replaces a parse-based statement unless that one has the same speaker and
     * a content that spans the whole clause.
     */
    private Candidate trailingSpeakerCue(String text, Sentence s, int c) {
        Word w = s.word(c);
        CueLexicon.Verb verb = cues.verb(w.lemma());
        if (verb == null || verb.namedSource() || verb.impression() || verb.asComplement()
                || !(isTensedVerb(w) || w.pos().equals("VBN")) || !endsSentence(s, c)) {
            return null;
        }
        int comma = c - 1;
        while (comma >= 0 && !s.word(comma).text().equals(",") && c - comma <= MAX_TRAILING_SPEAKER) {
            comma--;
        }
        if (comma < 1 || !s.word(comma).text().equals(",") || comma == c - 1 || !hasFiniteVerb(s, 0, comma - 1)) {
            return null;
        }
        for (int k = 0; k < comma; k++) {
            if (s.word(k).head() == c && s.word(k).isRel("advcl") && hasMarkOtherThanThat(s, k)) {
                return null; // "After the factory closed, the union protested.": the cue's own adverbial clause
            }
        }
        int speaker = -1;
        int speakerEnd = -1;
        boolean attached = false; // after "of", "for", "to" ...: "the head of the union", "people close to him"
        for (int k = comma + 1; k < c; k++) {
            Word d = s.word(k);
            if (d.isPos("IN") && speaker >= 0 && !attached && SPEAKER_PREPOSITIONS.contains(d.lemma())) {
                attached = true;
                continue;
            }
            if (d.isPos("VB") || d.isPos("MD") || d.isPos("IN") || d.isPos("CC") || d.isPos("W")
                    || FIRST_OR_SECOND_PERSON.contains(d.lemma())) {
                return null; // "..., you know.", "..., I think.", or a clause rather than a speaker
            }
            if (d.isPos("NN") || d.isPos("PRP")) {
                if (!attached) {
                    speaker = k;
                }
                speakerEnd = k;
            }
        }
        int from = 0;
        int to = comma - 1;
        for (int k = 0; k < comma; k++) {
            if (s.word(k).text().equals(":")) {
                from = k + 1; // "X put it this way: ..., he said."
            }
        }
        int phrase = comma + 1;
        while (from < to && isQuoteMark(s.word(from))) {
            from++;
        }
        while (to > from && isQuoteMark(s.word(to))) {
            to--;
        }
        while (phrase < c && isQuoteMark(s.word(phrase))) {
            phrase++; // '"...," he said.'
        }
        List<Span> content = speaker < 0 ? null : trimmed(text, s, from, to);
        if (content == null) {
            return null;
        }
        Candidate cand = Candidate.in(s, w.span(), verb.cueClass(), speaker, content, c);
        // the phrase up to its last noun: "the local paper [later] reported"
        cand.speakerSpan = new Span(s.word(phrase).span().start(), s.word(speakerEnd).span().end());
        cand.depth = 0; // like "..., officials said": it reports its whole clause, cues inside it included
        return cand;
    }

    /**
     * "Reis ended the debate by saying the port would open", "After adding that ..., Reis left": a
     * gerund of saying after a preposition, parsed as a noun, before a clause. The content runs from
     * the word after the gerund to the end of the sentence, with the usual cuts, or to the comma that
     * closes the phrase when it opens the sentence; the speaker is the subject of the verb the phrase
     * hangs on, or of the main clause.
     */
    private Candidate gerundAfterPrepositionCue(String text, Sentence s, int c) {
        Word w = s.word(c);
        CueLexicon.Verb verb = cues.verb(w.lemma());
        if (verb == null || verb.cueClass() != CueClass.SPEECH || !w.pos().equals("VBG")
                || !GERUND_AS_NOUN.contains(w.relation()) || c == 0 || c + 1 >= s.size()
                || !GERUND_PREPOSITIONS.contains(s.word(c - 1).lemma())
                || !clauseFollows(s, c)) {
            return null;
        }
        int prep = c - 1;
        int speaker = -1;
        int to = s.size() - 1;
        int governor = verbAbove(s, c);
        if (!hasFiniteVerb(s, 0, prep - 1)) {
            // the phrase opens the sentence: it ends at the first comma, and the main clause's subject follows
            int comma = c + 1;
            while (comma < s.size() && !s.word(comma).text().equals(",")) {
                comma++;
            }
            if (governor > comma) {
                int subject = s.child(governor, "nsubj");
                speaker = subject > comma ? subject : -1;
            }
            for (int k = comma + 1; k < s.size() && speaker < 0; k++) {
                if (s.word(k).isRel("nsubj") && s.word(k).head() > comma) {
                    speaker = k;
                }
            }
            to = comma - 1;
        } else {
            for (int v = prep - 1; v >= 0 && speaker < 0; v--) {
                int subject = s.word(v).isPos("VB") ? s.child(v, "nsubj") : -1;
                if (subject >= 0 && subject < v) {
                    speaker = subject;
                }
            }
        }
        if (speaker < 0 || CueSpeakers.NOT_SOURCES.contains(s.word(speaker).lemma())) {
            return null;
        }
        int from = c + 1;
        int clause = clauseVerb(s, c);
        if (clause >= 0 && s.word(clause).isRel("aux") && s.word(clause).head() > c) {
            clause = s.word(clause).head(); // "would" of "the port would open"
        }
        if (to == s.size() - 1) {
            // running to the end of the sentence: the usual cuts (asides, a closing comment, another
            // source's statement: "by saying the tax was fair while his rivals said it was not")
            int head = clause > c ? clause : from;
            to = ContentBounds.cutAsides(s, head, from, to);
            to = bounds.cutTrailingModifier(s, from, to);
            to = bounds.cutCoordinatedCue(s, c, from, to);
        }
        List<Span> content = trimmed(text, s, from, to);
        return content == null ? null : Candidate.in(s, w.span(), verb.cueClass(), speaker, content, c);
    }

    /** Whether word {@code a} is above word {@code k} in the parse. */
    private static boolean isAncestor(Sentence s, int a, int k) {
        for (int h = s.word(k).head(); h >= 0; h = s.word(h).head()) {
            if (h == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finite verb of the clause right after word {@code c} (before any comma), not a verb the
     * gerund itself hangs on ("After saying goodbye she left": "left" governs "saying"); -1 if none.
     */
    private static int clauseVerb(Sentence s, int c) {
        for (int k = c + 1; k < s.size(); k++) {
            Word d = s.word(k);
            if (isEdgePunct(d) && !(k == c + 1 && d.text().equals(","))) {
                return -1;
            }
            if (isFinite(d) && !isAncestor(s, k, c)) {
                return k;
            }
        }
        return -1;
    }

    /** Relations of a gerund the parser took for a noun: "by [saying] he would ...". */
    private static final Set<String> GERUND_AS_NOUN = Set.of("obl", "nmod", "nsubj", "obj", "dep", "mark", "case");

    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "upon", "in", "since");

    /**
     * Whether a clause starts right after word {@code c}: "that", or a finite verb before any comma
     * that is not the verb the gerund hangs on.
     */
    private static boolean clauseFollows(Sentence s, int c) {
        return s.word(c + 1).lemma().equals("that") || clauseVerb(s, c) >= 0;
    }

    /** Prepositions that may attach a noun phrase to a trailing speaker ("the head of the union"). */
    private static final Set<String> SPEAKER_PREPOSITIONS = Set.of("of", "for", "to", "at", "from", "with");

    /** Words a trailing speaker phrase may have: "..., the prime minister's spokesman said." */
    private static final int MAX_TRAILING_SPEAKER = 8;

    private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "you", "we");

    /** Whether only closing punctuation follows word {@code k} in its sentence. */
    private static boolean endsSentence(Sentence s, int k) {
        for (int i = k + 1; i < s.size(); i++) {
            String t = s.word(i).text();
            if (!(t.equals(".") || t.equals("!") || t.equals("?") || isQuoteMark(s.word(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The statement the dependency parse gives for cue word {@code c}, or null. */
    private Candidate parsedVerbCue(String text, Sentence s, int c) {
        Word w = s.word(c);
        if (!w.isPos("VB") || w.head() < 0 && !w.relation().equals("root")) {
            return null;
        }
        CueLexicon.Verb verb = cues.verb(w.lemma());
        CueLexicon.Frame frame = cues.verbFrame(w.lemma());
        if (verb == null && frame == null && isGenericClauseCue(s, c)) {
            verb = new CueLexicon.Verb(w.lemma(), CueClass.OTHER, false);
        }
        if (verb == null && frame == null && isAsPutIt(s, c)) {
            verb = new CueLexicon.Verb(w.lemma(), CueClass.SPEECH, false);
        }
        if (verb == null && frame == null) {
            Candidate clear = madeClearCue(text, s, c);
            if (clear != null) {
                return clear;
            }
        }
        if (verb == null && frame != null && !w.isRel("compound")) {
            return verbFrameCue(text, s, c, frame);
        }
        if (verb == null || w.isRel("compound") || verb.asComplement() && !hasAsComplement(s, c)) {
            return null;
        }
        if (verb.impression()) {
            return impressionCue(text, s, c, verb);
        }
        if (isAspectOfInfinitive(s, c)) {
            return null;
        }
        if (verb.namedSource() && (w.relation().equals("amod") || MISPARSED_PARTICIPLE.contains(w.relation()))) {
            return null; // such a verb needs a subject that names a person
        }
        if (MISPARSED_PARTICIPLE.contains(w.relation()) && w.pos().equals("VBG") && precededByComma(s, c)) {
            return misparsedParticipleCue(text, s, c, verb);
        }
        if (w.relation().equals("amod")) {
            return participleModifierCue(text, s, c, verb);
        }
        int[] speaker = CueSpeakers.speakerOf(s, c, 0);
        if (speaker == null && w.pos().equals("VBG")) {
            speaker = precedingCueSpeaker(s, c);
        }
        if (speaker == null && (w.isRel("root") || w.isRel("parataxis")) && !w.pos().equals("VBG")
                && s.child(c, "nsubj:pass") < 0) {
            speaker = CueSpeakers.adjacentSpeaker(s, c);
        }
        if (speaker == null && isFiniteSpeechVerb(w, verb) && s.child(c, "nsubj:pass") < 0
                && reportsClause(s, c, verb)) {
            // "..., Reis said." hung on the content as a modifier: the noun phrase next to the cue speaks
            speaker = CueSpeakers.adjacentSpeaker(s, c);
        }
        if (speaker == null) {
            Candidate inverted = verb.namedSource() ? null : invertedCue(text, s, c, verb);
            if (inverted != null) {
                return inverted;
            }
            Candidate asked = verb.namedSource() ? null : bareParticipleCue(text, s, c, verb);
            if (asked != null) {
                return asked;
            }
            return verb.namedSource() ? null : unsourcedPassive(text, s, c, verb);
        }
        if (verb.namedSource() && !s.word(speaker[0]).ner().equals("PERSON")) {
            return null;
        }
        List<Span> content = misparsedClauseContent(text, s, c);
        if (content == null) {
            content = rightContent(text, s, c, verb);
        }
        List<Span> broken = clauseBrokenAfterObject(text, s, c, content);
        if (broken != null) {
            content = broken;
        }
        if (content != null && speaker[0] > c && covers(content, s.word(speaker[0]).span())) {
            content = null; // '"...," said Jones': the parser made the speaker the cue's complement
        }
        if (content == null && isMisparsedClauseObject(s, c, speaker[0])) {
            CueLexicon.Verb objectVerb = new CueLexicon.Verb(verb.lemma(), verb.cueClass(), true, false, false);
            content = rightContent(text, s, c, objectVerb);
        }
        if (content == null) {
            // a clause before the cue is not what "who" or "which" said: a misparsed relative clause
            content = NOT_LEFT_SPEAKERS.contains(s.word(speaker[0]).lemma().toLowerCase(Locale.ROOT))
                    ? null : leftContent(text, s, c, speaker[0]);
        }
        if (content == null && s.word(speaker[0]).isRel("obl")) {
            // "X was endorsed by Y": the passive subject is what the agent's act is about
            int subject = s.child(c, "nsubj:pass");
            if (subject >= 0) {
                content = trimmed(text, s, subtreeMin(s, subject), subtreeMax(s, subject));
            }
        }
        if (content == null && frame != null) {
            Candidate framed = verbFrameCue(text, s, c, frame);
            if (framed != null) {
                return framed;
            }
        }
        if (content == null && !verb.namedSource()) {
            return invertedCue(text, s, c, verb);
        }
        if (content == null || content.isEmpty()) {
            return null;
        }
        Candidate cand = new Candidate(s, w.span(), verb.cueClass(), s, speaker[0], content);
        // a parenthetical cue ("..., officials said") reports its whole clause, cues inside it included
        cand.depth = w.isRel("parataxis") && content.get(0).start() < w.span().start() ? 0 : depth(s, c);
        return cand;
    }

    /** Whether the verb has an "as" phrase after its object ("cast [her rival] as a lobbyist"). */
    private static boolean hasAsComplement(Sentence s, int c) {
        int obj = s.child(c, "obj");
        return obj > c && s.children(c).stream().anyMatch(k -> k > obj
                && (s.word(k).isRel("obl") || s.word(k).isRel("advcl") || s.word(k).isRel("xcomp"))
                && caseWord(s, k, Set.of("as")) >= 0);
    }

    /** "As Reis put it, ...": "put it" under "as" reports the clause it hangs on, like "as Reis said". */
    private static boolean isAsPutIt(Sentence s, int c) {
        return s.word(c).lemma().equals("put") && hasChild(s, c, "mark", "as") && hasChild(s, c, "obj", "it");
    }

    /**
     * "Reis made (it) clear that the port would open": "make" with the adjective complement "clear" or
     * "plain" reports the clause after it (hung on the adjective or on the verb); the cue runs from the
     * verb to the adjective.
     */
    private Candidate madeClearCue(String text, Sentence s, int c) {
        if (!s.word(c).lemma().equals("make")) {
            return null;
        }
        int adj = -1;
        for (int k : s.children(c)) {
            if (k > c && s.word(k).isRel("xcomp") && s.word(k).isPos("JJ")
                    && (s.word(k).lemma().equals("clear") || s.word(k).lemma().equals("plain"))) {
                adj = k;
            }
        }
        if (adj < 0) {
            return null;
        }
        int clause = -1;
        for (int head : new int[] {adj, c}) {
            for (int k : s.children(head)) {
                if (clause < 0 && k > adj && s.word(k).isRel("ccomp")) {
                    clause = k;
                }
            }
        }
        int[] speaker = CueSpeakers.speakerOf(s, c, 0);
        if (clause < 0 || speaker == null) {
            return null;
        }
        List<Span> content = trimmed(text, s, subtreeMin(s, clause), subtreeMax(s, clause));
        if (content == null) {
            return null;
        }
        Span cue = new Span(s.word(c).span().start(), s.word(adj).span().end());
        return Candidate.in(s, cue, CueClass.SPEECH, speaker[0], content, c);
    }

    /**
     * A passive cue with no agent: an attribution whose source the text does not name ("it is
     * believed that ...", "the deal is expected to ...", "the plan was criticized as a giveaway").
     * The statement has no speaker.
     */
    private Candidate unsourcedPassive(String text, Sentence s, int c, CueLexicon.Verb verb) {
        int subject = s.child(c, "nsubj:pass");
        if (subject < 0 || s.child(c, "aux:pass") < 0) {
            return null;
        }
        List<Span> content = null;
        for (int k : s.children(c)) {
            if (k < c) {
                continue;
            }
            if (s.word(subject).lemma().equals("it") && s.word(k).isRel("ccomp")) {
                content = trimmed(text, s, subtreeMin(s, k), subtreeMax(s, k));
            } else if (!s.word(subject).lemma().equals("it") && (s.word(k).isRel("xcomp")
                    || s.word(k).isRel("obl") && caseWord(s, k, PASSIVE_COMPLEMENT_CASES) >= 0)) {
                // the subject and the infinitive, without the cue between them
                List<Span> parts = subjectAndComplement(text, s, subject, k);
                content = parts.isEmpty() ? null : parts;
            }
            if (content != null) {
                break;
            }
        }
        if (content == null) {
            return null;
        }
        return Candidate.in(s, s.word(c).span(), verb.cueClass(), -1, content, c);
    }

    private static final Set<String> MISPARSED_PARTICIPLE = Set.of("mark", "obl", "nsubj", "csubj", "ccomp");

    /**
     * "..., saying the gains would outweigh the losses": a participle cue after a comma that the
     * parser took for a subordinator or a noun. The content is the clause after it; the speaker is
     * the subject of the clause the participle's clause hangs on.
     */
    private Candidate misparsedParticipleCue(String text, Sentence s, int c, CueLexicon.Verb verb) {
        int clause = s.word(c).head();
        if (clause <= c || s.word(clause).head() < 0) {
            return null;
        }
        int[] speaker = CueSpeakers.speakerOf(s, s.word(clause).head(), 0);
        if (speaker == null || speaker[0] > c) {
            return null;
        }
        List<Span> content = trimmed(text, s, c + 1, subtreeMax(s, clause));
        if (content == null || content.isEmpty()) {
            return null;
        }
        return Candidate.in(s, s.word(c).span(), verb.cueClass(), speaker[0], content, c);
    }

    /**
     * "Carson appears to be slipping": an impression of the clause, whose subject and complement
     * are the content, with no source. A cue verb in the complement ("seemed to blame X") makes
     * its own statement, with the subject as its source.
     */
    private Candidate impressionCue(String text, Sentence s, int c, CueLexicon.Verb verb) {
        int subject = s.child(c, "nsubj");
        if (subject < 0 || subject > c) {
            return null;
        }
        int complement = -1;
        for (int k : s.children(c)) {
            Word d = s.word(k);
            if (k > c && (d.isRel("xcomp") || d.isRel("ccomp"))) {
                complement = k;
                break;
            }
        }
        if (complement < 0) {
            return null;
        }
        Word comp = s.word(complement);
        if (comp.isPos("VB") && (cues.verb(comp.lemma()) != null || cues.verbFrame(comp.lemma()) != null)) {
            return null;
        }
        List<Span> content = s.word(subject).lemma().equals("it")
                ? trimmedOrEmpty(text, s, subtreeMin(s, complement), subtreeMax(s, complement))
                : subjectAndComplement(text, s, subject, complement);
        if (content.isEmpty()) {
            return null;
        }
        return Candidate.in(s, s.word(c).span(), verb.cueClass(), -1, content, c);
    }

    /** The subject's phrase and the complement's, without the cue between them. */
    private static List<Span> subjectAndComplement(String text, Sentence s, int subject, int complement) {
        List<Span> parts = new ArrayList<>(trimmedOrEmpty(text, s, subtreeMin(s, subject), subtreeMax(s, subject)));
        parts.addAll(trimmedOrEmpty(text, s, subtreeMin(s, complement), subtreeMax(s, complement)));
        return parts;
    }

    /** Prepositions of an agentless passive's complement: "he is best known as ...", "was asked about ...". */
    private static final Set<String> PASSIVE_COMPLEMENT_CASES = Set.of("as", "for", "about", "over", "of");

    /** A verb whose prepositional complement is the content: "called for a ban", "talked about jobs". */
    private Candidate verbFrameCue(String text, Sentence s, int c, CueLexicon.Frame frame) {
        int[] speaker = CueSpeakers.speakerOf(s, c, 0);
        if (speaker == null) {
            return null;
        }
        return NounCues.prepositionalContent(text, s, c, frame, speaker[0], VERB_COMPLEMENTS);
    }

    private static final Set<String> VERB_COMPLEMENTS = Set.of("obl", "nmod", "advcl", "ccomp", "xcomp");

    /**
     * A participle parsed as a modifier of its own object ("expressing confidence that ..."):
     * the object's phrase is the content and the speaker is that of the cue before it.
     */
    private Candidate participleModifierCue(String text, Sentence s, int c, CueLexicon.Verb verb) {
        Word w = s.word(c);
        int noun = w.head();
        if (!w.pos().equals("VBG") || !verb.objectContent() || noun != c + 1) {
            return null;
        }
        int[] speaker = precedingCueSpeaker(s, c);
        if (speaker == null) {
            return null;
        }
        List<Span> content = trimmed(text, s, noun, subtreeMax(s, noun));
        if (content == null) {
            return null;
        }
        return Candidate.in(s, w.span(), verb.cueClass(), speaker[0], content, c);
    }

    /** The subject of the nearest cue verb before {@code c} in its sentence, or null. */
    private int[] precedingCueSpeaker(Sentence s, int c) {
        for (int k = c - 1; k >= 0; k--) {
            Word w = s.word(k);
            if (w.isPos("VB") && cues.verb(w.lemma()) != null) {
                int subject = s.child(k, "nsubj");
                if (subject >= 0 && !s.word(subject).pos().equals("EX")) {
                    return new int[] {subject};
                }
            }
        }
        return null;
    }

    /**
     * A verb outside the lexicon that still reports a source's view: its subject names someone and
     * it takes a finite complement clause ("X hopes that ...", "X warned the court that ...").
     */
    private static boolean isGenericClauseCue(Sentence s, int c) {
        Word w = s.word(c);
        if (w.lemma().equals("be") || w.lemma().equals("have") || w.lemma().equals("do")) {
            return false;
        }
        int subject = s.child(c, "nsubj");
        if (subject < 0 || CueSpeakers.NOT_SOURCES.contains(s.word(subject).lemma())) {
            return false;
        }
        Word subj = s.word(subject);
        if (!(subj.isPos("NNP") || subj.isPos("PRP") || subj.ner().equals("PERSON") || subj.ner().equals("ORGANIZATION"))) {
            return false;
        }
        for (int k : s.children(c)) {
            if (k > c && s.word(k).isRel("ccomp") && (hasChild(s, k, "mark", "that") || s.child(k, "nsubj") >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the lead continues to grow": "continue" only marks the aspect of its infinitive, so it is never
     * the cue when it has one; when that verb is a cue ("she continued to insist that ..."), the
     * statement is the infinitive's own, content "that ...". "he continued: ..." stays a cue.
     */
    private boolean isAspectOfInfinitive(Sentence s, int c) {
        if (!s.word(c).lemma().equals("continue")) {
            return false;
        }
        int x = s.child(c, "xcomp");
        return x >= 0 && s.word(x).isPos("VB");
    }

    /**
     * "Sanders said Clinton was too friendly": without "that", the parser may make the cue the
     * clausal subject of the reported predicate; the content is then everything after the cue up to
     * the end of that predicate.
     */
    private static List<Span> misparsedClauseContent(String text, Sentence s, int c) {
        Word w = s.word(c);
        int head = w.head();
        if (!w.isRel("csubj") || head <= c || s.child(c, "nsubj") < 0 || s.child(c, "ccomp") >= 0
                || s.child(c, "xcomp") >= 0 || s.child(c, "mark") >= 0) {
            return null;
        }
        return trimmed(text, s, c + 1, subtreeMax(s, head));
    }

    /**
     * "The fleet lacks modern boats, said Jan Smit, a port official.": a verb of saying
     * after a comma, followed by the speaker's noun phrase, which the parser made its object or
     * complement. The rest of the sentence, without cue and speaker, is the content.
     */
    private Candidate invertedCue(String text, Sentence s, int c, CueLexicon.Verb verb) {
        String tense = s.word(c).pos();
        if (verb.cueClass() != CueClass.SPEECH || !(tense.equals("VBD") || tense.equals("VBZ"))
                || !precededByComma(s, c) || c + 1 >= s.size() || !hasFiniteVerb(s, 0, c - 1)) {
            return null;
        }
        int speaker = -1;
        for (int k : s.children(c)) {
            Word d = s.word(k);
            if (k > c && subtreeMin(s, k) == c + 1 && CueSpeakers.isSpeakerNoun(d) && !d.isPos("PRP") && !isDate(d)) {
                speaker = k;
                break;
            }
        }
        // the speaker's phrase ends the sentence or its clause: "..., said Jones." / "..., said Jones, but ..."
        int end = speaker < 0 ? -1 : subtreeMax(s, speaker) + 1;
        if (speaker < 0 || end < s.size() && !isEdgePunct(s.word(end))) {
            return null;
        }
        boolean[] keep = new boolean[s.size()];
        java.util.Arrays.fill(keep, true);
        markSubtree(s, speaker, keep, false);
        keep[c] = false;
        List<Span> content = runs(text, s, keep);
        if (content.isEmpty()) {
            return null;
        }
        return Candidate.in(s, s.word(c).span(), verb.cueClass(), speaker, content, c);
    }

    /**
     * "Asked what the quota would cost, Reis replied: ...": a participle of saying with no subject
     * or agent whose complement is a clause. The clause is the content, with no source.
     */
    private Candidate bareParticipleCue(String text, Sentence s, int c, CueLexicon.Verb verb) {
        Word w = s.word(c);
        // with a subject, active or passive ("he was asked ..."), other rules apply (tried: more errors)
        if (!w.pos().equals("VBN") || verb.cueClass() != CueClass.SPEECH || s.child(c, "nsubj") >= 0) {
            return null;
        }
        int complement = -1;
        for (int k : s.children(c)) {
            Word d = s.word(k);
            if (k > c && (d.isRel("ccomp") || (d.isRel("advcl") || d.isRel("dep")) && isClause(s, k))) {
                complement = k;
                break;
            }
            if (k > c && (d.isRel("obj") || d.isRel("iobj"))) {
                return null;
            }
        }
        if (complement < 0) {
            return null;
        }
        // "Asked why, Lopes replied: ...": the main clause the parser hung on the question is not part of it,
        // whether it hangs inside the complement or is the complement itself ("Asked why, Lopes replied that ...")
        int from = subtreeMin(s, complement);
        int to = subtreeMax(s, complement);
        for (int k = to; k >= complement; k--) {
            int subject = s.word(k).isPos("VB") ? s.child(k, "nsubj") : -1;
            int min = subject < 0 ? -1 : subtreeMin(s, subject);
            if (min > (k == complement ? from : complement) && precededByComma(s, min) && isCueVerb(s.word(k))) {
                to = Math.min(to, min - 2);
            }
        }
        List<Span> content = trimmed(text, s, from, to);
        return content == null ? null : Candidate.in(s, w.span(), verb.cueClass(), -1, content, c);
    }

    private boolean isCueVerb(Word w) {
        return w.isPos("VB") && cues.verb(w.lemma()) != null;
    }

    private static boolean isFiniteSpeechVerb(Word w, CueLexicon.Verb verb) {
        return verb.cueClass() == CueClass.SPEECH && isTensedVerb(w);
    }

    /**
     * Whether the cue's complement is a clause after it, or nothing follows a cue of the "said"
     * kind, whose object is no content ("..., Reis said.").
     */
    private static boolean reportsClause(Sentence s, int c, CueLexicon.Verb verb) {
        boolean any = false;
        for (int k : s.children(c)) {
            if (k > c && (s.word(k).isRel("ccomp") || s.word(k).isRel("parataxis"))) {
                return true;
            }
            any |= k > c && !s.word(k).isRel("punct");
        }
        return !any && !verb.objectContent();
    }

    private static boolean covers(List<Span> spans, Span span) {
        return spans.stream().anyMatch(x -> x.contains(span));
    }

    /**
     * "Farm groups said the ruling proves ...": a verb of saying whose reported
     * clause the parser broke up, leaving its subject as the verb's object. The speaker's phrase
     * ends right before the cue (not "..., said [Jones]"), the object is no pronoun and a finite
     * verb follows it: the object and what follows it are the content.
     */
    private static boolean isMisparsedClauseObject(Sentence s, int c, int speaker) {
        int obj = s.child(c, "obj");
        // only "say": its noun-phrase object is never an addressee ("said [the plan] would fail")
        if (!s.word(c).lemma().equals("say") || speaker > c || obj < c || s.word(obj).isPos("PRP")) {
            return false;
        }
        int before = c - 1;
        while (before > speaker && (s.word(before).isPos("RB") || s.word(before).isPos("MD")
                || s.word(before).isRel("aux"))) {
            before--;
        }
        // a comma may only close the speaker's apposition or relative clause ("Jones, a lawyer, said")
        boolean aside = s.child(speaker, "appos") >= 0 || s.child(speaker, "acl:relcl") >= 0;
        if (before > subtreeMax(s, speaker)
                || s.word(before).isRel("punct") && !(aside && s.word(before).text().equals(","))) {
            return false;
        }
        return hasFiniteVerb(s, obj + 1, subtreeMax(s, c));
    }

    /**
     * "revealed her husband had taken her name", "argued the port needed boats": the parser made the
     * reported clause's subject the cue's object and hung its verb elsewhere. When the content is
     * that object, or there is no content yet and the object is no pronoun, and a finite verb with
     * no subject of its own follows it outside the cue's subtree, the content runs from the object
     * to the end of that verb's phrase. Null when the pattern does not apply.
     */
    private static List<Span> clauseBrokenAfterObject(String text, Sentence s, int c, List<Span> content) {
        int obj = s.child(c, "obj");
        if (obj < c || content != null && content.isEmpty()) {
            return null;
        }
        int objEnd = subtreeMax(s, obj);
        if (objEnd + 1 >= s.size()) {
            return null;
        }
        if (content == null ? s.word(obj).isPos("PRP") : content.get(content.size() - 1).end() != s.word(objEnd).span().end()) {
            return null; // with no content yet, the object of "told [him] the port ..." is an addressee
        }
        int n = objEnd + 1;
        if (!hasFiniteVerb(s, n, n)) {
            return null;
        }
        int v = s.word(n).isRel("aux") || s.word(n).isRel("aux:pass") || s.word(n).isRel("cop") ? s.word(n).head() : n;
        // the verb has no subject of its own: "Petrilli, who thinks the plan [made] ..." is another clause
        if (v < 0 || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 || subtreeMax(s, c) >= n) {
            return null;
        }
        return trimmed(text, s, subtreeMin(s, obj), subtreeMax(s, v));
    }

    /** Content to the right of the cue: its complement and what follows it in the cue's subtree. */
    private List<Span> rightContent(String text, Sentence s, int c, CueLexicon.Verb verb) {
        List<Integer> kids = s.children(c);
        int start = -1;
        for (int idx = 0; idx < kids.size(); idx++) {
            int k = kids.get(idx);
            if (k < c) {
                continue;
            }
            Word d = s.word(k);
            boolean clause = isClause(s, k);
            // a participle cue shares the speaker; a participle aside ("..., going on to ...") is not content
            if (isSharedSpeakerCue(s, k) || ContentBounds.isAside(s, k)) {
                break;
            }
            // "said she's not worried", "called the plan unfair": an adjective complement with a subject is a clause
            if (d.isRel("ccomp") || d.isRel("xcomp") && (!d.isPos("JJ") || s.child(k, "nsubj") >= 0)
                    || (d.isRel("dep") || d.isRel("advcl") || d.isRel("parataxis")) && clause && !hasMarkOtherThanThat(s, k)
                    || d.isRel("obj") && (verb.objectContent() || followedByXcomp(s, c, k))
                    || d.isRel("obj") && (isClause(s, k) || hasFiniteVerbModifier(s, k))) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int first = s.word(start).index();
        int from = subtreeMin(s, start);
        int to = subtreeMax(s, start);
        // what follows the complement in the cue's subtree, up to a participle cue of its own
        for (int k : kids) {
            if (k <= start) {
                continue;
            }
            if (isSharedSpeakerCue(s, k) || s.word(k).relation().equals("punct") && isSentenceEnd(s, k)) {
                break;
            }
            if (s.word(k).isRel("nsubj") || ContentBounds.isAside(s, k) || bounds.isMisparsedParticipleClause(s, k)) {
                break;
            }
            // "tweeted that ... and encouraged ...": a coordinated predicate of the cue is not content
            // (a coordinated "that" clause is: "said X and that Y")
            if (s.word(k).isRel("conj") && s.word(k).isPos("VB") && !hasChild(s, k, "mark", "that")
                    && !(s.word(subtreeMin(s, k)).isRel("cc") && s.word(subtreeMin(s, k) + 1).lemma().equals("that"))) {
                break;
            }
            // a noun-phrase object is the content without the cue's own adjuncts ("attacked X in a tweet")
            if (s.word(start).isRel("obj") && !isClause(s, start) && ContentBounds.isCueAdjunct(s, k)) {
                // "urged Congress on Monday to act": a complement after the adjunct still belongs
                final int adjunct = k;
                if (kids.stream().anyMatch(m -> m > adjunct && (s.word(m).isRel("xcomp") || s.word(m).isRel("ccomp")))) {
                    continue;
                }
                break;
            }
            to = Math.max(to, subtreeMax(s, k));
        }
        from = Math.min(from, first);
        to = ContentBounds.cutAsides(s, start, from, to);
        to = bounds.cutTrailingModifier(s, from, to);
        to = bounds.cutCoordinatedCue(s, c, from, to);
        // "adding [the consulate] is still operating": a bare clause whose subject the parser made the object
        for (int k : kids) {
            if (k > c && k < start && s.word(k).isRel("obj") && !verb.objectContent()
                    && !hasPunctBetween(s, c, k) && s.word(start).isRel("dep")) {
                from = Math.min(from, subtreeMin(s, k));
            }
        }
        return trimmed(text, s, from, to);
    }

    /** Content before (or around) the cue: the clause the cue is a parenthetical of, or a clause before it. */
    private List<Span> leftContent(String text, Sentence s, int c, int speaker) {
        Word w = s.word(c);
        int g = w.head();
        if (g >= 0 && (w.isRel("parataxis") || w.isRel("dep") || w.isRel("ccomp") || w.isRel("advcl"))) {
            // a parenthetical cue reports the whole clause around it, not only the word it hangs on
            while (w.isRel("parataxis") && s.word(g).head() >= 0 && !isCueWithOwnSpeaker(s, s.word(g).head())
                    && (s.word(g).isRel("xcomp") || s.word(g).isRel("ccomp") || s.word(g).isRel("conj"))) {
                g = s.word(g).head();
            }
            boolean[] keep = new boolean[s.size()];
            markSubtree(s, g, keep, true);
            markSubtree(s, c, keep, false);
            if (speaker == c - 1 && s.word(speaker).head() != c) {
                // "..., Reis said": a speaker the parser hung on the content
                markSubtree(s, speaker, keep, false);
            }
            for (int k : s.children(g)) {
                if (k != c && (isSharedSpeakerCue(s, k) || k > c && hasParticipleCueModifier(s, k))) {
                    markSubtree(s, k, keep, false);
                }
            }
            dropConnectiveBeforeAsClause(s, c, g, keep);
            return runs(text, s, keep);
        }
        // the cue governs a clause before its subject: "China is willing ..., Xi said"
        int from = -1;
        int to = -1;
        int limit = Math.min(c, speaker);
        for (int k : s.children(c)) {
            if (k >= limit) {
                break;
            }
            Word d = s.word(k);
            if (CLAUSE_RELATIONS.stream().anyMatch(d::isRel) && !isSharedSpeakerCue(s, k)
                    && !hasMarkOtherThanThat(s, k)) {
                from = from < 0 ? subtreeMin(s, k) : Math.min(from, subtreeMin(s, k));
                to = Math.max(to, subtreeMax(s, k));
            }
        }
        if (from < 0) {
            return null;
        }
        if (endsSentenceBetween(s, to, limit)) {
            return null; // "...state." She noted ...: the quotation ended its own sentence
        }
        return trimmed(text, s, from, Math.min(to, limit - 1));
    }

    /**
     * "But as Reis noted, the ward is full": a connective opening the sentence before an "as" cue
     * clause links to the narrator's previous sentence; it is not part of what was noted.
     */
    private static void dropConnectiveBeforeAsClause(Sentence s, int c, int g, boolean[] keep) {
        int mark = s.child(c, "mark");
        if (mark < 0 || !s.word(mark).lemma().equalsIgnoreCase("as")) {
            return;
        }
        for (int k : s.children(g)) {
            Word d = s.word(k);
            if (k < c && (d.isRel("cc") || d.isRel("advmod")) && subtreeMin(s, k) == k && subtreeMax(s, k) == k
                    && opensSentence(s, k)) {
                keep[k] = false;
            }
        }
    }

    /** A participle or coordinated cue verb that takes its speaker from its governor ("adding that"). */
    private boolean isSharedSpeakerCue(Sentence s, int k) {
        Word w = s.word(k);
        if (!w.isPos("VB") || cues.verb(w.lemma()) == null) {
            return false;
        }
        if (!(w.isRel("advcl") || w.isRel("dep") || w.isRel("xcomp") || w.isRel("conj") || w.isRel("parataxis"))) {
            return false;
        }
        if (w.pos().equals("VBG") && s.child(k, "aux") >= 0 && !w.isRel("conj")) {
            // "investigators were feeling ...": a finite verb of the complement, not a participle
            return false;
        }
        if (s.child(k, "nsubj") >= 0) {
            return w.isRel("conj") || w.isRel("parataxis");
        }
        return (w.pos().equals("VBG") || w.isRel("conj")) && hasRightComplement(s, k);
    }

    /** A noun whose participle modifier is a cue: "[expressing] confidence that ...". */
    private boolean hasParticipleCueModifier(Sentence s, int k) {
        for (int c : s.children(k)) {
            Word w = s.word(c);
            if (c == k - 1 && w.isRel("amod") && w.pos().equals("VBG") && cues.verb(w.lemma()) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean isCueWithOwnSpeaker(Sentence s, int k) {
        Word w = s.word(k);
        return w.isPos("VB") && cues.verb(w.lemma()) != null && s.child(k, "nsubj") >= 0
                && hasRightComplement(s, k);
    }
}
