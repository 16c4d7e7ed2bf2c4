package org.entente.extract;

import static org.entente.extract.ParseTrees.caseWord;
import static org.entente.extract.ParseTrees.countWords;
import static org.entente.extract.ParseTrees.depth;
import static org.entente.extract.ParseTrees.hasChild;
import static org.entente.extract.ParseTrees.hasPunctBetween;
import static org.entente.extract.ParseTrees.isClause;
import static org.entente.extract.ParseTrees.isEdgePunct;
import static org.entente.extract.ParseTrees.isSentenceEnd;
import static org.entente.extract.ParseTrees.markSubtree;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.runs;
import static org.entente.extract.ParseTrees.subtreeMax;
import static org.entente.extract.ParseTrees.subtreeMin;
import static org.entente.extract.ParseTrees.trimmed;
import static org.entente.extract.ParseTrees.trimmedOrEmpty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Content;
import org.entente.model.CueClass;
import org.entente.model.Mention;
import org.entente.model.Span;
import org.entente.model.Statement;
import org.entente.model.StatementKind;

/**
 * Finds attributed statements in an annotated document from the dependency parse, a cue
 * lexicon and quotation marks:
 * <ul>
 *   <li>content after the cue: the cue verb's complement clause, {@code to}-infinitive or, for
 *       verbs such as "express", its object ({@code Xi said that ...}, {@code expressed solidarity with ...});</li>
 *   <li>content before or around the cue: the clause the cue is a parenthetical of
 *       ({@code ..., Xi said}; {@code China, he added, will ...});</li>
 *   <li>participles and coordinated cues share the main cue's speaker ({@code ..., adding that ...});</li>
 *   <li>{@code according to X}: the clause with X as its source;</li>
 *   <li>quotations: content reaching into a quote takes the whole quote, and a quote that goes on
 *       after its statement (next sentence or paragraph) keeps the statement's speaker.</li>
 * </ul>
 * A cue inside another statement's content is part of that content, not a statement of its own.
 * Immutable and thread-safe.
 */
public final class AttributionExtractor {

    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "parataxis", "dep", "advcl", "csubj");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> NOT_LEFT_SPEAKERS = Set.of("who", "which", "that", "this");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

    private final CueLexicon cues;
    private final QuoteFinder quoteFinder = new QuoteFinder();

    private AttributionExtractor(CueLexicon cues) {
        this.cues = cues;
    }

    /** Loads the cue lexicons from {@code source}. */
    public static AttributionExtractor load(LexiconSource source) {
        return new AttributionExtractor(CueLexicon.load(source));
    }

    /** A statement found in one sentence, before its speaker is resolved. */
    private static final class Candidate {
        final Sentence sentence;
        final Span cue;
        final CueClass cueClass;
        final int speakerHead;
        final Sentence speakerSentence;
        Span speakerSpan;
        List<Span> content;
        StatementKind kind = StatementKind.INDIRECT;
        int depth;
        /** Whether the cue is a sourcing phrase ("according to X"). */
        boolean sourcingPhrase;
        /** The cue verb whose object this candidate's cue noun is ("expressed concern that ..."), or null. */
        Span objectOfVerb;
        /** Whether the content is the subject the cue's act is aimed at ("the plan drew criticism"), not a fragment. */
        boolean targetSubject;

        Candidate(Sentence sentence, Span cue, CueClass cueClass, Sentence speakerSentence,
                  int speakerHead, List<Span> content) {
            this.sentence = sentence;
            this.cue = cue;
            this.cueClass = cueClass;
            this.speakerSentence = speakerSentence;
            this.speakerHead = speakerHead;
            this.content = content;
        }

        /** A candidate whose cue and speaker lie in {@code s}, nested as deep as word {@code depthWord}. */
        static Candidate in(Sentence s, Span cue, CueClass cueClass, int speakerHead, List<Span> content, int depthWord) {
            Candidate c = new Candidate(s, cue, cueClass, s, speakerHead, content);
            c.depth = depth(s, depthWord);
            return c;
        }

        Span extent() {
            return new Span(content.get(0).start(), content.get(content.size() - 1).end());
        }
    }

    /** The statements of {@code document}, in document order of their content. */
    public List<ExtractedStatement> extract(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        List<Span> quotes = quoteFinder.find(text);
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            for (Word w : s.words()) {
                Candidate c = verbCue(text, s, w.index());
                if (c != null) {
                    found.add(c);
                }
            }
            phraseCues(text, s, found);
            nounCues(text, s, found);
        }
        headlineCues(document, found);
        quoteCues(document, quotes, found);
        colonCues(document, found);
        dashSignedQuotes(document, found);
        // "expressed concern that X": the noun's complement is the content, not the whole object
        for (Candidate n : List.copyOf(found)) {
            if (n.objectOfVerb != null) {
                found.removeIf(o -> o != n && o.cue.equals(n.objectOfVerb) && o.extent().contains(n.cue));
            }
        }
        dropLightVerbOverParticiple(found);
        // a cue inside a quotation is part of what the quoted speaker said
        found.removeIf(c -> c.depth >= 0 && insideQuote(c.cue, quotes));
        for (Candidate c : found) {
            c.content = withWholeQuotes(c, quotes);
        }
        for (Candidate c : found) {
            List<Span> content = withParentheticalPrefix(text, c, quotes);
            Span prefix = content.get(0);
            if (content != c.content && found.stream().noneMatch(o -> o != c && prefix.contains(o.cue))) {
                c.content = content;
            }
        }
        List<Candidate> kept = dropNested(found);
        continueQuotes(text, kept, quotes);
        for (Candidate c : kept) {
            c.kind = kind(text, c.content, quotes);
            c.content = trimEdges(text, c.content);
        }
        kept.removeIf(c -> c.content.isEmpty() || isEmptyContent(text, c) || isFragmentBeforeCue(text, c));
        dropOuterDuplicates(kept);
        dropSourcedByPhrase(kept);
        kept.sort(Comparator.comparingInt((Candidate c) -> c.extent().start()).thenComparingInt(c -> c.cue.start()));
        // speakers are resolved in document order: pronouns look back at earlier speakers
        List<Candidate> byCue = new ArrayList<>(kept);
        byCue.sort(Comparator.comparingInt(c -> c.cue.start()));
        SpeakerResolver resolver = new SpeakerResolver(document);
        java.util.Map<Candidate, ExtractedStatement> out = new java.util.IdentityHashMap<>();
        for (Candidate c : byCue) {
            Mention speaker = null;
            String canonical = null;
            String phrase = null;
            if (c.speakerHead >= 0) {
                Span np = c.speakerSpan != null ? c.speakerSpan : NounPhrases.span(c.speakerSentence, c.speakerHead);
                speaker = Mention.of(text, np);
                SpeakerResolver.Resolved r = resolver.resolve(c.speakerSentence, c.speakerHead, np);
                canonical = r.canonical();
                phrase = r.phrase();
            }
            Statement st = new Statement(speaker, canonical, Mention.of(text, c.cue), Content.of(text, c.content),
                    c.kind, c.cueClass);
            out.put(c, new ExtractedStatement(st, phrase));
        }
        List<ExtractedStatement> result = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            result.add(out.get(c));
        }
        return result;
    }

    // ---------------------------------------------------------------- verb cues

    private Candidate verbCue(String text, Sentence s, int c) {
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
        int[] speaker = speakerOf(s, c, 0);
        if (speaker == null && w.pos().equals("VBG")) {
            speaker = precedingCueSpeaker(s, c);
        }
        if (speaker == null && (w.isRel("root") || w.isRel("parataxis")) && !w.pos().equals("VBG")
                && s.child(c, "nsubj:pass") < 0) {
            speaker = adjacentSpeaker(s, c);
        }
        if (speaker == null && isFiniteSpeechVerb(w, verb) && s.child(c, "nsubj:pass") < 0
                && reportsClause(s, c, verb)) {
            // "..., Reis said." hung on the content as a modifier: the noun phrase next to the cue speaks
            speaker = adjacentSpeaker(s, c);
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
        int[] speaker = speakerOf(s, c, 0);
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
        int[] speaker = speakerOf(s, s.word(clause).head(), 0);
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
        int[] speaker = speakerOf(s, c, 0);
        if (speaker == null) {
            return null;
        }
        return prepositionalContent(text, s, c, frame, speaker[0], VERB_COMPLEMENTS);
    }

    /** Nouns whose prepositional complement is the content: "his criticism of the plan", "voiced support for". */
    private void nounCues(String text, Sentence s, List<Candidate> out) {
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
                int[] sp = speakerOf(s, n.head(), 0);
                source = sp == null ? -1 : sp[0];
            } else if (s.child(n.index(), "cop") >= 0 && s.child(n.index(), "nsubj") >= 0) {
                // "Lopes is a longtime critic of the deal"
                source = s.child(n.index(), "nsubj");
                if (NOT_SOURCES.contains(s.word(source).lemma())) {
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
            Candidate cand = null;
            if (clause >= 0 && (firstNmod < 0 || clause < firstNmod)) {
                List<Span> content = trimmed(text, s, subtreeMin(s, clause), subtreeMax(s, clause));
                if (content != null) {
                    cand = Candidate.in(s, n.span(), frame.cueClass(), source, content, n.index());
                }
            } else {
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
            if (subject < 0 || RELATIVE_PRONOUNS.contains(s.word(subject).lemma().toLowerCase(Locale.ROOT))) {
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
            if (subject < 0 || NOT_SOURCES.contains(s.word(subject).lemma())) {
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

    private static final Set<String> VERB_COMPLEMENTS = Set.of("obl", "nmod", "advcl", "ccomp", "xcomp");
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("nmod");
    private static final Set<String> ADJECTIVE_COMPLEMENTS = Set.of("obl", "nmod", "advcl");

    /**
     * The statement of a cue word whose complement introduced by one of its frame's prepositions is
     * the content ("called [for a ban]", "criticism [of the plan]", "critical [of the deal]"), the cue
     * running from the word to the preposition; null when it has none.
     */
    private static Candidate prepositionalContent(String text, Sentence s, int head, CueLexicon.Frame frame,
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

    /**
     * A speaker the parser failed to make the subject: the noun phrase right before the cue
     * ({@code ," Merkley said}) or right after it ({@code ," said Fallon}).
     */
    private static int[] adjacentSpeaker(Sentence s, int c) {
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

    private static boolean isSpeakerNoun(Word w) {
        return w.isPos("NNP") || w.isPos("NN") || w.pos().equals("PRP") && !w.lemma().equals("it")
                && !w.lemma().equals("you");
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

    private static final Set<String> NOT_SOURCES = Set.of("it", "this", "that", "there", "which", "what", "all");

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
        if (subject < 0 || NOT_SOURCES.contains(s.word(subject).lemma())) {
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

    /** The speaker's head word: [index], or null when the cue has none. */
    private int[] speakerOf(Sentence s, int c, int level) {
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
            return new int[] {subject};
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
        // "a statement saying ...", "protesters chanting ...": the modified noun is the source
        int g = w.head();
        if (g >= 0 && w.isRel("acl") && !w.isRel("acl:relcl") && w.pos().equals("VBG") && s.word(g).isPos("NN")) {
            return new int[] {g};
        }
        // "went on to say": the speaker of "go"
        if (g >= 0 && (w.isRel("obl") || w.isRel("xcomp") || w.isRel("advcl"))
                && s.word(g).lemma().equals("go")) {
            return speakerOf(s, g, level + 1);
        }
        // no subject: participles and coordinated or controlled cues share their governor's speaker
        if (g >= 0 && (w.isRel("conj") || w.isRel("advcl") || w.isRel("dep") || w.isRel("xcomp")
                || w.isRel("parataxis")) && s.word(g).isPos("VB") || g >= 0 && w.isRel("xcomp")) {
            return speakerOf(s, g, level + 1);
        }
        return null;
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
            if (k > c && subtreeMin(s, k) == c + 1 && isSpeakerNoun(d) && !d.isPos("PRP") && !isDate(d)) {
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

    private static boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
            String pos = s.word(k).pos();
            if (pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFiniteSpeechVerb(Word w, CueLexicon.Verb verb) {
        return verb.cueClass() == CueClass.SPEECH
                && (w.pos().equals("VBD") || w.pos().equals("VBZ") || w.pos().equals("VBP"));
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

    /** Verbs of saying whose noun-phrase object is never an addressee: "said [the plan] would fail". */
    private static final Set<String> SAY_VERBS = Set.of("say");

    /**
     * "Farm groups said the ruling proves ...": a verb of saying whose reported
     * clause the parser broke up, leaving its subject as the verb's object. The speaker's phrase
     * ends right before the cue (not "..., said [Jones]"), the object is no pronoun and a finite
     * verb follows it: the object and what follows it are the content.
     */
    private static boolean isMisparsedClauseObject(Sentence s, int c, int speaker) {
        int obj = s.child(c, "obj");
        if (!SAY_VERBS.contains(s.word(c).lemma()) || speaker > c || obj < c || s.word(obj).isPos("PRP")) {
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
     * "revealed her husband had taken her name", "showing he was paid": the parser made the
     * reported clause's subject the cue's object and hung its verb elsewhere. When the content is
     * that object and a finite verb with no subject of its own follows it outside the cue's
     * subtree, the content runs on to the end of that verb's phrase. Null when the pattern does not
     * apply.
     */
    private static List<Span> clauseBrokenAfterObject(String text, Sentence s, int c, List<Span> content) {
        int obj = s.child(c, "obj");
        if (obj < c || content == null || content.isEmpty()) {
            return null;
        }
        int objEnd = subtreeMax(s, obj);
        if (content.get(content.size() - 1).end() != s.word(objEnd).span().end() || objEnd + 1 >= s.size()) {
            return null;
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
            if (isSharedSpeakerCue(s, k) || isAside(s, k)) {
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
            if (s.word(k).isRel("nsubj") || isAside(s, k) || isMisparsedParticipleClause(s, k)) {
                break;
            }
            // "tweeted that ... and encouraged ...": a coordinated predicate of the cue is not content
            // (a coordinated "that" clause is: "said X and that Y")
            if (s.word(k).isRel("conj") && s.word(k).isPos("VB") && !hasChild(s, k, "mark", "that")
                    && !(s.word(subtreeMin(s, k)).isRel("cc") && s.word(subtreeMin(s, k) + 1).lemma().equals("that"))) {
                break;
            }
            // a noun-phrase object is the content without the cue's own adjuncts ("attacked X in a tweet")
            if (s.word(start).isRel("obj") && !isClause(s, start) && isCueAdjunct(s, k)) {
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
        to = cutAsides(s, start, from, to);
        to = cutTrailingModifier(s, from, to);
        to = cutCoordinatedCue(s, c, from, to);
        // "adding [the consulate] is still operating": a bare clause whose subject the parser made the object
        for (int k : kids) {
            if (k > c && k < start && s.word(k).isRel("obj") && !verb.objectContent()
                    && !hasPunctBetween(s, c, k) && s.word(start).isRel("dep")) {
                from = Math.min(from, subtreeMin(s, k));
            }
        }
        return trimmed(text, s, from, to);
    }

    /**
     * A narrator's aside rather than more content: a participle clause after a comma ("..., citing
     * a poll") or a clause of contrast ("..., but ...").
     */
    private static boolean isAside(Sentence s, int k) {
        Word w = s.word(k);
        if (!(w.isRel("advcl") || w.isRel("obl") || w.isRel("dep") || w.isRel("xcomp") || w.isRel("parataxis")
                || w.isRel("conj") || w.isRel("acl"))) {
            return false;
        }
        if (w.pos().equals("VBG") && !w.isRel("xcomp") && s.child(k, "nsubj") < 0 && precededByComma(s, subtreeMin(s, k))) {
            return true;
        }
        for (int c : s.children(k)) {
            Word d = s.word(c);
            if (c < k && d.isRel("cc") && d.lemma().equals("but") && precededByComma(s, c) && !notOnlyBefore(s, c)) {
                return true;
            }
            if (c < k && c == subtreeMin(s, k) && d.isRel("mark") && CONTRAST_MARKS.contains(d.lemma())
                    && precededByComma(s, c)) {
                return true;
            }
        }
        return false;
    }

    /** "not only A, but B": the "but" joins two halves of one content. */
    private static boolean notOnlyBefore(Sentence s, int but) {
        for (int i = 1; i < but; i++) {
            if (s.word(i).lemma().equals("only") && s.word(i - 1).lemma().equals("not")) {
                return true;
            }
        }
        return false;
    }

    // Stopping every content (clauses too) at time adjuncts of the cue ("on Thursday", "after the
    // debate") was tried and cost matches on PolNeAR train: annotators keep them after a clause.
    private static final Set<String> ADJUNCT_CASES = Set.of("on", "during", "since", "until", "after", "before",
            "while", "amid", "through", "via", "following", "without");

    /**
     * A time or manner adjunct of the cue verb after its object ("attacked X on Thursday", "... during
     * the debate", "... last week", "denied X through a spokeswoman", "praised X in an interview").
     * "in" and "at" only with a date or an occasion of speech: "expressed solidarity with X in the fight
     * against Y" keeps its phrase; "on" not with a topic (see {@link #isTopicOfOn}). Adverbial clauses after the object were tried as well and cost matches
     * on PolNeAR train.
     */
    private static boolean isCueAdjunct(Sentence s, int k) {
        Word w = s.word(k);
        if (w.isRel("obl:tmod") || w.isRel("nmod:tmod") || w.isRel("advmod")) {
            return true;
        }
        if (w.isRel("obl")) {
            int cs = s.child(k, "case");
            if (cs < 0) {
                return false;
            }
            String prep = s.word(cs).lemma().toLowerCase(Locale.ROOT);
            // "in 2008", "at noon", "in a tweet", "at a rally": "in" and "at" only with a date, a time
            // or an occasion of speech
            return ADJUNCT_CASES.contains(prep) && !(prep.equals("on") && isTopicOfOn(s, k))
                    || (prep.equals("in") || prep.equals("at"))
                    && (isDate(w) || SPEECH_EVENTS.contains(w.lemma().toLowerCase(Locale.ROOT)));
        }
        return false;
    }

    /**
     * "on" with neither a day, a date, an occasion nor a medium of speech introduces the topic of
     * what was said ("criticized X on two fronts", "outlined positions on education issues"), which
     * stays in the content; "on Monday", "on Twitter", "on multiple occasions" are adjuncts.
     */
    private static boolean isTopicOfOn(Sentence s, int k) {
        Word w = s.word(k);
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        if (isDate(w) || w.isPos("CD") || SPEECH_EVENTS.contains(lemma) || ON_MEDIA.contains(lemma)
                || w.ner().equals("ORGANIZATION") || w.isPos("NNP")) {
            return false;
        }
        for (int j = subtreeMin(s, k); j < k; j++) {
            if (isDate(s.word(j))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ON_MEDIA = Set.of("occasion", "account", "page", "air", "television", "radio",
            "camera", "record", "trail", "stage", "floor", "day", "date", "eve", "night", "call", "phone", "site",
            "website", "blog", "program", "network", "tv", "line", "behalf", "basis");

    /** Occasions and media of speech, which end a noun-phrase content: "praised X in an interview". */
    private static final Set<String> SPEECH_EVENTS = Set.of("interview", "speech", "tweet", "statement", "rally",
            "conference", "debate", "hearing", "appearance", "letter", "email", "e-mail", "post", "op-ed", "column",
            "event", "meeting", "briefing", "address", "remarks", "print", "public", "campaign", "forum",
            "video", "ad", "advertisement", "essay", "book", "memo", "report", "broadcast",
            "program", "show", "podcast", "session", "luncheon", "dinner", "fundraiser", "fund-raiser", "stop", "news");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "noon", "midnight");

    /** A month, weekday, part of a day or a year ("May", "Sunday", "2008"): the head of a time phrase. */
    private static boolean isDate(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return MONTHS.contains(lower) || WEEKDAYS.contains(lower) || w.isPos("CD") && lower.matches("(19|20)\\d\\d");
    }

    private static final Set<String> CONTRAST_MARKS = Set.of("while", "although", "though", "whereas");

    /**
     * The content's end moved back before a comma-set modifier that closes it: a non-restrictive
     * relative clause (", which ...") or a clause of contrast (", while ..."), which the narrator
     * adds about something in the content, or a participle cue (", saying ...") that makes a
     * statement of its own.
     */
    private int cutTrailingModifier(Sentence s, int from, int to) {
        for (int k = from + 2; k <= to; k++) {
            Word w = s.word(k);
            int min = subtreeMin(s, k);
            if (min <= from + 1 || subtreeMax(s, k) < to || !precededByComma(s, min) || w.head() < from || w.head() > to) {
                continue;
            }
            // appositions were tried and cost exact matches on PolNeAR train: annotators keep them
            boolean modifier = w.isRel("acl:relcl") && s.word(min).pos().startsWith("W")
                    || (w.isRel("advcl") || w.isRel("conj")) && CONTRAST_MARKS.contains(s.word(min).lemma())
                    // "..., saying ...": a participle cue of the main clause's speaker
                    || w.pos().equals("VBG") && min == k && cues.verb(w.lemma()) != null && s.child(k, "nsubj") < 0
                    && !w.isRel("xcomp")
                    || isMisparsedParticipleClause(s, k);
            if (modifier) {
                return min - 2;
            }
        }
        return to;
    }

    /**
     * The content's end moved back before a cue verb the parser coordinated inside the content
     * although it is the speaker's next act ("said he earns $40,000 a year and questioned how ..."):
     * a verb in the cue's own tense or participle ("calling it X and asserting that Y"), with no subject
     * of its own, joined by "and" or "but"; or another
     * source's statement ("said A, and the union argued that B", "said A; 46 percent said B"), see
     * {@link #isSpeakerClause} and {@link #sideStatementStart}.
     */
    private int cutCoordinatedCue(Sentence s, int c, int from, int to) {
        String tense = s.word(c).pos();
        boolean sameTense = tense.equals("VBD") || tense.equals("VBZ") || tense.equals("VBG");
        for (int k = from + 2; k <= to; k++) {
            Word w = s.word(k);
            int side = sideStatementStart(s, k);
            if (side > from + 1 && w.head() >= from && w.head() < k) {
                return side - 2;
            }
            if (!w.isRel("conj") || w.head() < from || w.head() > to || cues.verb(w.lemma()) == null) {
                continue;
            }
            boolean ownSubject = s.child(k, "nsubj") >= 0;
            if (ownSubject ? !isSpeakerClause(s, k) : !sameTense || !w.pos().equals(tense) || s.child(k, "nsubj:pass") >= 0) {
                continue;
            }
            int min = subtreeMin(s, k);
            Word first = s.word(min);
            if (min > from + 1 && first.isRel("cc") && (first.lemma().equals("and") || first.lemma().equals("but"))) {
                return precededByComma(s, min) ? min - 2 : min - 1;
            }
        }
        return to;
    }

    /**
     * Where another source's statement set beside the content starts ("said they were not looking
     * forward to it; 46 percent said they would leave"): a cue clause with a subject of its own that
     * the parser hung on the content's verb (parataxis or dep) after a semicolon, comma or dash; -1 if
     * {@code k} is none.
     */
    private int sideStatementStart(Sentence s, int k) {
        Word w = s.word(k);
        if (!(w.isRel("parataxis") || w.isRel("dep")) || cues.verb(w.lemma()) == null || s.child(k, "nsubj") < 0 || !isSpeakerClause(s, k)) {
            return -1;
        }
        int min = subtreeMin(s, k);
        return min > 0 && (s.word(min - 1).text().equals(";") || precededByComma(s, min)) ? min : -1;
    }

    /**
     * "said the plan was dead, and the minister called it unfair": a finite cue verb with a subject of
     * its own and no complementiser, coordinated inside the content, is a new statement.
     */
    private static boolean isSpeakerClause(Sentence s, int k) {
        Word w = s.word(k);
        return (w.isPos("VBD") || w.isPos("VBZ") || w.isPos("VBP")) && s.child(k, "mark") < 0
                && s.child(k, "nsubj:pass") < 0;
    }

    /**
     * A clause introduced by a participle cue the parser took for its subordinator ("..., saying the
     * gains would ..."): the statement of that cue, not more content.
     */
    private boolean isMisparsedParticipleClause(Sentence s, int k) {
        int min = subtreeMin(s, k);
        Word first = s.word(min);
        return s.word(k).isRel("advcl") && first.pos().equals("VBG") && first.isRel("mark")
                && cues.verb(first.lemma()) != null && precededByComma(s, min);
    }

    /** The content's end moved back before the first aside attached to its head. */
    private static int cutAsides(Sentence s, int head, int from, int to) {
        for (int k : s.children(head)) {
            if (k > head && k <= to && isAside(s, k)) {
                int cut = subtreeMin(s, k) - 1;
                if (cut > from) {
                    return cut;
                }
            }
        }
        return to;
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

    /** Whether only punctuation stands before word {@code k} in its sentence. */
    private static boolean opensSentence(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (Character.isLetterOrDigit(s.word(j).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence-final mark stands between word {@code from} and word {@code to} (both excluded). */
    private static boolean endsSentenceBetween(Sentence s, int from, int to) {
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

    // ---------------------------------------------------------------- phrase cues ("according to X")

    private void phraseCues(String text, Sentence s, List<Candidate> out) {
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
                if (g < 0) {
                    continue;
                }
                // set off by a comma or opening the sentence, the phrase sources the whole sentence
                // ("Exports grew, according to the ministry"), wherever the parser attached it
                if (i == 0 || precededByComma(s, i)) {
                    g = s.root();
                }
                boolean[] keep = new boolean[s.size()];
                markSubtree(s, g, keep, true);
                markSubtree(s, source, keep, false);
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

    // ---------------------------------------------------------------- quotes

    private static final java.util.regex.Pattern PREFIX_END = java.util.regex.Pattern.compile(
            ",[\"\u201d'\u2019]*\\s*$");

    /**
     * "If she wins, Lopes said, workers will keep their pensions" and {@code "As mayor," she said,
     * "I will ...")}: a cue set off by commas inside its content. The words before the speaker
     * are the content's first fragment.
     */
    private static List<Span> withParentheticalPrefix(String text, Candidate c, List<Span> quotes) {
        if (c.speakerHead < 0 || c.speakerSentence != c.sentence || c.depth < 0 || c.content.isEmpty()) {
            return c.content;
        }
        Sentence s = c.sentence;
        Span speaker = c.speakerSpan != null ? c.speakerSpan : NounPhrases.span(s, c.speakerHead);
        Span first = c.content.get(0);
        if (speaker.end() > c.cue.start() || first.start() < c.cue.end()) {
            return c.content;
        }
        for (Word w : s.words()) {
            if (w.span().start() >= first.start()) {
                // "..., before insisting ...": a participle clause, not the rest of a content
                if (w.pos().equals("VBG") || w.pos().equals("IN") && !w.lemma().equals("that")) {
                    return c.content;
                }
                break;
            }
        }
        String gap = text.substring(c.cue.end(), first.start());
        if (gap.indexOf(',') < 0 || countWords(text, new Span(c.cue.end(), first.start())) > 6) {
            return c.content;
        }
        int start = s.span().start();
        if (start >= speaker.start()) {
            return c.content;
        }
        String prefix = text.substring(start, speaker.start());
        if (!PREFIX_END.matcher(prefix).find() || isParagraphBreak(text, start, speaker.start())
                || opensQuotedSentence(text, c.cue, first, prefix)) {
            return c.content;
        }
        // no other statement in the prefix: no verb with a subject of its own before a quote
        for (Word w : s.words()) {
            if (w.span().start() >= speaker.start()) {
                break;
            }
            if (w.isRel("root") || w.isRel("parataxis")) {
                boolean quoted = quotes.stream().anyMatch(q -> q.contains(w.span()));
                if (!quoted) {
                    return c.content;
                }
            }
        }
        List<Span> out = new ArrayList<>();
        out.add(new Span(start, speaker.start()));
        out.addAll(c.content);
        return out;
    }

    /**
     * {@code In an interview, Lopes said, "We will ..."}: an unquoted prefix before a quotation that
     * opens a new sentence (capital letter) is the narrator's scene-setting, not the first part of
     * what was said; {@code If she wins, Lopes said, "workers will ..."} runs on and keeps it.
     */
    private static boolean opensQuotedSentence(String text, Span cue, Span first, String prefix) {
        int k = first.start();
        while (k < first.end() && !Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        String lead = text.substring(cue.end(), k);
        return k < first.end() && Character.isUpperCase(text.charAt(k))
                && (lead.indexOf('"') >= 0 || lead.indexOf('\u201c') >= 0 || lead.contains("''"))
                && prefix.indexOf('"') < 0 && prefix.indexOf('\u201c') < 0 && prefix.indexOf('\u201d') < 0
                && !prefix.contains("''");
    }

    /** Content that reaches into a quotation takes the whole quotation (but never the cue). */
    private static List<Span> withWholeQuotes(Candidate c, List<Span> quotes) {
        List<Span> out = new ArrayList<>(c.content.size());
        for (Span span : c.content) {
            int start = span.start();
            int end = span.end();
            for (Span q : quotes) {
                if (q.overlaps(span) && !q.contains(c.cue)) {
                    if (q.start() < start && q.end() > start) {
                        start = q.start();
                    }
                    if (q.end() > end && q.start() < end) {
                        end = q.end();
                    }
                }
            }
            if (c.cue.start() >= end || c.cue.end() <= start) {
                out.add(new Span(start, end));
            } else {
                out.add(span);
            }
        }
        // merged fragments must stay ordered and disjoint
        List<Span> merged = new ArrayList<>();
        for (Span span : out) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() > span.start()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(last.union(span));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * A quotation that goes on after its statement's cue ({@code "A," she said, "B."}) in the same
     * paragraph is more of the same content: its fragments are added to the statement. Quotations
     * in the next paragraphs that go on with no cue of their own keep the speaker and cue: a paragraph
     * that is only a quotation joins the statement, one with more words after the quotation is a
     * statement of its own. Only quotes that no other statement claims.
     */
    private static void continueQuotes(String text, List<Candidate> kept, List<Span> quotes) {
        List<Candidate> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingInt(c -> c.extent().start()));
        // statements split off below must be seen as claiming their quotations too
        List<Candidate> claimants = new ArrayList<>(sorted);
        for (Candidate c : sorted) {
            int end = Math.max(c.extent().end(), c.cue.end());
            int sentenceEnd = c.sentence.span().end();
            List<List<Span>> parts = new ArrayList<>();
            List<Span> added = new ArrayList<>();
            parts.add(added);
            for (Span q : quotes) {
                if (q.start() < end) {
                    continue;
                }
                if (countWords(text, q) < 2 || claimed(q, c, claimants) || q.start() - end > 600) {
                    break;
                }
                // after the cue's own clause ("she said, emphasizing ...") any words may stand before the
                // next quotation; after that, only punctuation and white space
                int between = countWords(text, new Span(Math.max(end, Math.min(sentenceEnd, q.start())), q.start()));
                if (between > 0) {
                    break;
                }
                if (c.extent().end() <= c.cue.start() && isTitleQuote(text, q)) {
                    continue;
                }
                // a quotation in a later paragraph is a statement of its own, by the same speaker, unless
                // it fills its paragraph: then the speaker simply goes on talking
                if (isParagraphBreak(text, end, q.start()) && !fillsParagraph(text, q)) {
                    added = new ArrayList<>();
                    parts.add(added);
                }
                added.add(trimQuoteEnd(text, q));
                end = q.end();
                sentenceEnd = end;
            }
            if (!parts.get(0).isEmpty()) {
                List<Span> content = new ArrayList<>(c.content);
                content.addAll(parts.get(0));
                c.content = content;
            }
            for (List<Span> part : parts.subList(1, parts.size())) {
                Candidate more = new Candidate(c.sentence, c.cue, c.cueClass, c.speakerSentence, c.speakerHead, part);
                more.speakerSpan = c.speakerSpan;
                more.depth = c.depth;
                kept.add(more);
                claimants.add(more);
            }
        }
    }

    /**
     * A capitalised quotation that a word runs straight into: a title ("on the podcast \u201cHere's
     * the Thing\u201d", "told \"Fox and Friends\""), not more of what was said.
     */
    private static boolean isTitleQuote(String text, Span q) {
        int k = q.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        int first = q.start();
        while (first < q.end() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        return k >= 0 && Character.isLetter(text.charAt(k)) && first < q.end()
                && Character.isUpperCase(text.charAt(first));
    }

    /**
     * Whether nothing but punctuation follows the quotation in its paragraph: a paragraph that is
     * all quote ({@code "A," she said.} + next paragraph {@code "B."}) goes on with the same
     * statement, while {@code "B," he added.} has a clause of its own.
     */
    private static boolean fillsParagraph(String text, Span q) {
        return countWords(text, new Span(q.end(), paragraphEnd(text, q.end()))) == 0;
    }

    /** Whether a paragraph ends between {@code from} and {@code to}: a line break (blank or not). */
    private static boolean isParagraphBreak(String text, int from, int to) {
        return text.substring(from, to).indexOf('\n') >= 0;
    }

    /** The end of the paragraph {@code from} is in: the next line break, or the end of the text. */
    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Whether another statement has the quotation as content or its cue inside it. */
    private static boolean claimed(Span q, Candidate self, List<Candidate> all) {
        for (Candidate o : all) {
            if (o == self) {
                continue;
            }
            if (q.contains(o.cue) || o.content.stream().anyMatch(q::overlaps)) {
                return true;
            }
        }
        return false;
    }

    private static final String EDGE_MARKS = "\"'\u201c\u201d\u2018\u2019`,.;:\u2014\u2013\u2015-";

    /** A wire-story dateline at the start of a paragraph: "VIENNA, March 4 (Reuters) -- ". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'\\-]+(?:, [\\p{Lu}][\\p{L}.]*\\.? ?\\d{0,2}(?:, \\d{4})?)?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*"
            + "(?:--|-|\\u2014|\\u2013|\\u2015)\\s*");

    /**
     * Every fragment without a leading dateline, white space, quotation marks and punctuation at
     * its ends; empty fragments go.
     */
    private static List<Span> trimEdges(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int a = span.start();
            int b = span.end();
            if (a == 0 || text.charAt(a - 1) == '\n') {
                java.util.regex.Matcher m = DATELINE.matcher(text).region(a, Math.min(text.length(), a + 80));
                if (m.lookingAt()) {
                    a = Math.min(b, m.end());
                }
            }
            while (a < b && (Character.isWhitespace(text.charAt(a)) || EDGE_MARKS.indexOf(text.charAt(a)) >= 0)) {
                a++;
            }
            while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || EDGE_MARKS.indexOf(text.charAt(b - 1)) >= 0)) {
                b--;
            }
            if (a < b) {
                out.add(new Span(a, b));
            }
        }
        return out;
    }

    private static boolean insideQuote(Span span, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.start() < span.start() && span.end() < q.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The news pattern {@code "...," said X} / {@code "...," X said}, read from the surface when the
     * parser missed it: a quotation followed, in its sentence, by a cue verb and its speaker. The
     * quotation is the content. A statement the parser found with that cue keeps its speaker but
     * takes the quotation when its own content missed it.
     */
    private void quoteCues(AnnotatedDocument document, List<Span> quotes, List<Candidate> found) {
        for (Span q : quotes) {
            Sentence s = null;
            int k = -1;
            for (Sentence sentence : document.sentences()) {
                if (sentence.span().end() <= q.end()) {
                    continue;
                }
                for (Word w : sentence.words()) {
                    if (w.span().start() >= q.end()) {
                        s = sentence;
                        k = w.index();
                        break;
                    }
                }
                break;
            }
            if (s == null) {
                continue;
            }
            if (quoteAfterCue(document, q, found)) {
                continue;
            }
            if (s.word(k).text().equals(",")) {
                k++;
            }
            if (k >= s.size() || s.word(k).span().start() - q.end() > 3) {
                continue;
            }
            int cue = -1;
            int speaker = -1;
            Word first = s.word(k);
            if (isSpeechVerb(first) && first.pos().matches("VB[DZP]?")) {
                // inverted: "...," said Gorka
                cue = k;
                for (int j = k + 1; j < s.size() && j <= k + 6 && isNounPhraseWord(s.word(j)); j++) {
                    if (s.word(j).isPos("NN") || s.word(j).isPos("PRP")) {
                        speaker = j;
                    } else if (speaker >= 0) {
                        break;
                    }
                }
            } else if (first.isPos("NN") || first.isPos("PRP") || first.isPos("DT") || first.isPos("JJ")) {
                // "...," Rep. Moore (D-Wis.) said / "...," a spokesman for the ministry, said
                int lastNoun = -1;
                for (int j = k; j < s.size() && j <= k + 14; j++) {
                    Word w = s.word(j);
                    if (j > k && isSpeechVerb(w) && w.isPos("VB")) {
                        cue = j;
                        break;
                    }
                    if (!isNounPhraseWord(w) && !w.text().equals(",") && !w.text().equals("(") && !w.text().equals(")")
                            && !w.isPos("IN") && !w.isPos("CC") && !w.isPos("RB") && !w.isPos("HYPH")) {
                        break;
                    }
                    if ((lastNoun < 0 || j == lastNoun + 1) && (w.isPos("NN") || w.isPos("PRP"))) {
                        lastNoun = j;
                    }
                }
                speaker = lastNoun;
            }
            Sentence cueSentence = s;
            if (cue < 0 && speaker >= 0 && s.index() + 1 < document.sentences().size()) {
                // "Sen. Ana Lopes (D-Mo.) said": the splitter broke the sentence at the abbreviation
                Sentence next = document.sentences().get(s.index() + 1);
                for (int j = 0; j < Math.min(3, next.size()); j++) {
                    if (isSpeechVerb(next.word(j)) && next.word(j).isPos("VB")) {
                        cueSentence = next;
                        cue = j;
                        break;
                    }
                    if (!next.word(j).text().equals(")") && !next.word(j).isPos("RB")) {
                        break;
                    }
                }
            }
            if (cue < 0 || speaker < 0) {
                continue;
            }
            Span cueSpan = cueSentence.word(cue).span();
            Candidate existing = null;
            for (Candidate c : found) {
                if (c.cue.equals(cueSpan)) {
                    existing = c;
                }
            }
            if (existing != null) {
                continue;
            }
            Candidate c = new Candidate(cueSentence, cueSpan, CueClass.SPEECH, s, speaker, List.of(q));
            c.depth = depth(cueSentence, cue);
            found.add(c);
        }
    }

    /**
     * {@code X tweeted, "..."} / {@code X said: "..."}: a speech verb with its subject right before the
     * quotation (a comma or colon between) takes the quotation as content, unless a statement already has it.
     */
    private boolean quoteAfterCue(AnnotatedDocument document, Span q, List<Candidate> found) {
        Sentence s = null;
        int k = -1;
        for (Sentence sentence : document.sentences()) {
            for (Word w : sentence.words()) {
                if (w.span().end() <= q.start()) {
                    s = sentence;
                    k = w.index();
                }
            }
            if (sentence.span().start() > q.start()) {
                break;
            }
        }
        if (s == null || k < 1 || q.start() - s.word(k).span().end() > 2) {
            return false;
        }
        if (s.word(k).text().equals(",") || s.word(k).text().equals(":")) {
            k--;
        }
        Word verb = s.word(k);
        if (!isSpeechVerb(verb) || !verb.isPos("VB")) {
            return false;
        }
        for (Candidate c : found) {
            if (c.cue.equals(verb.span()) || c.content.stream().anyMatch(q::overlaps)) {
                return false;
            }
        }
        int[] speaker = speakerOf(s, k, 0);
        if (speaker == null) {
            speaker = adjacentSpeaker(s, k);
        }
        if (speaker == null) {
            return false;
        }
        found.add(Candidate.in(s, verb.span(), CueClass.SPEECH, speaker[0], List.of(q), k));
        return true;
    }

    /**
     * "X said:" or "X made the following comment:" followed by what was said: what follows the
     * colon, up to three more sentences of the same paragraph (the next paragraph's first sentences
     * when the colon ends a paragraph's sentence).
     */
    private void colonCues(AnnotatedDocument document, List<Candidate> found) {
        String text = document.text();
        List<Sentence> sentences = document.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (int colon = 1; colon < s.size(); colon++) {
                if (!s.word(colon).text().equals(":")) {
                    continue;
                }
                boolean last = colon == s.size() - 1;
                if (last && si + 1 >= sentences.size()) {
                    continue;
                }
                int cue = -1;
                int verb = -1;
                int inverted = -1;
                // "Said Ellis: ..." opening a sentence (tagged as part of the name)
                if (colon >= 2 && colon <= 5 && INVERTED_CUES.contains(s.word(0).text().toLowerCase(Locale.ROOT))
                        && s.word(colon - 1).isPos("NNP")) {
                    cue = 0;
                    verb = 0;
                    inverted = colon - 1;
                }
                for (int k = colon - 1; cue < 0 && k >= 0 && k >= colon - 7; k--) {
                    Word w = s.word(k);
                    if (w.isPos("VB") && isSpeechVerb(w)) {
                        cue = k;
                        verb = k;
                        break;
                    }
                    if (w.isPos("NN") && isSpeechNoun(w) && w.isRel("obj") && w.head() >= 0
                            && w.head() < k && cues.isLightVerb(s.word(w.head()).lemma())) {
                        cue = k;
                        verb = w.head();
                        break;
                    }
                }
                if (cue < 0) {
                    continue;
                }
                Span cueSpan = s.word(cue).span();
                if (found.stream().anyMatch(c -> c.cue.equals(cueSpan))) {
                    continue;
                }
                int[] speaker = inverted >= 0 ? new int[] {inverted} : speakerOf(s, verb, 0);
                if (speaker == null) {
                    continue;
                }
                int start;
                int end;
                int next;
                if (last) {
                    start = sentences.get(si + 1).span().start();
                    end = sentences.get(si + 1).span().end();
                    next = si + 2;
                } else {
                    start = s.word(colon + 1).span().start();
                    end = s.span().end();
                    next = si + 1;
                }
                int paragraphEnd = paragraphEnd(text, start);
                for (int sj = next; sj < sentences.size() && sj <= next + 2; sj++) {
                    Span sp = sentences.get(sj).span();
                    if (sp.start() > paragraphEnd) {
                        break;
                    }
                    end = sp.end();
                }
                Candidate c = Candidate.in(s, cueSpan, CueClass.SPEECH, speaker[0], List.of(new Span(start, end)), cue);
                if (verb != cue) {
                    c.objectOfVerb = s.word(verb).span(); // "issued the following statement:": the noun is the cue
                }
                if (inverted >= 0) {
                    c.speakerSpan = new Span(s.word(1).span().start(), s.word(inverted).span().end());
                }
                found.add(c);
                break;
            }
        }
    }

    private static final java.util.regex.Pattern DASH_SIGNED = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(\\S.*?\\S)[ \\t\\u00a0]*[\\u2015\\u2014][ \\t\\u00a0]*"
            + "(\\p{Lu}[\\p{L}.'\\u2019-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.'\\u2019-]*){0,3})[ \\t\\u00a0.]*$");

    /**
     * A line signed with a dash: {@code "We deserve better." ― Ana Lopes}, as in readers' quotes and
     * epigraphs. The line before the dash is the content, the name after it the source.
     */
    private static void dashSignedQuotes(AnnotatedDocument document, List<Candidate> found) {
        String text = document.text();
        java.util.regex.Matcher m = DASH_SIGNED.matcher(text);
        while (m.find()) {
            Span content = new Span(m.start(1), m.end(1));
            Span name = new Span(m.start(2), m.end(2));
            if (countWords(text, content) < 3) {
                continue;
            }
            int[] at = wordAt(document, name.end() - 1);
            if (at == null) {
                continue;
            }
            Sentence s = document.sentences().get(at[0]);
            int d = m.end(1);
            while (d < m.start(2) && text.charAt(d) != '\u2015' && text.charAt(d) != '\u2014') {
                d++;
            }
            Candidate c = new Candidate(s, new Span(d, d + 1), CueClass.SPEECH, s, at[1], List.of(content));
            c.speakerSpan = name;
            c.depth = 1;
            found.add(c);
        }
    }

    /** The sentence and word index of the word covering {@code offset}, or null. */
    private static int[] wordAt(AnnotatedDocument document, int offset) {
        for (Sentence s : document.sentences()) {
            if (s.span().end() <= offset) {
                continue;
            }
            for (Word w : s.words()) {
                if (w.span().end() > offset) {
                    return w.span().start() <= offset ? new int[] {s.index(), w.index()} : null;
                }
            }
        }
        return null;
    }

    /** A noun of speech in the cue frames ("statement", "comment"), which may introduce a colon. */
    private boolean isSpeechNoun(Word w) {
        CueLexicon.Frame frame = cues.nounFrame(w.lemma());
        return frame != null && frame.cueClass() == CueClass.SPEECH;
    }

    private boolean isSpeechVerb(Word w) {
        CueLexicon.Verb verb = cues.verb(w.lemma());
        return verb != null && verb.cueClass() == CueClass.SPEECH;
    }

    private static boolean isNounPhraseWord(Word w) {
        return w.isPos("NN") || w.isPos("DT") || w.isPos("JJ") || w.isPos("PRP") || w.pos().equals("POS")
                || w.isPos("CD") || w.text().equals(".");
    }

    /** "Name: text" at the start of a line: a headline ("Pence: Flowers Won't Be at Debate") or a transcript turn. */
    private static final java.util.regex.Pattern SPEAKER_COLON = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*[\"\\u201c]?(\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,3}):[ \\t]+(\\S[^\\n]*)");
    /** "Said Ellis: ..." is a cue and its speaker, not a speaker's name. */
    private static final Set<String> INVERTED_CUES = Set.of("said", "says", "added", "adds", "wrote", "writes",
            "told", "asked", "replied", "explained");
    private static final Set<String> LABELS = Set.of("note", "update", "updated", "editor", "editor's", "editor\u2019s",
            "photo", "photos", "watch", "read", "related", "source", "sources", "caption", "video", "correction",
            "disclosure", "advertisement", "share", "follow", "image", "images", "credit", "subscribe", "click", "see",
            "more", "also", "listen", "q", "a", "question", "answer", "warning", "breaking", "live", "latest", "transcript");

    /**
     * A headline or transcript turn of the form {@code Name: text} at the start of a line: a short
     * capitalised source, a colon, then the content up to the end of the line. Labels such as
     * "Note:" or "Photo:" and times are not sources.
     */

    private static void headlineCues(AnnotatedDocument document, List<Candidate> out) {
        String text = document.text();
        java.util.regex.Matcher m = SPEAKER_COLON.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
            if (LABELS.contains(first) || MONTHS.contains(first) || INVERTED_CUES.contains(first) || name.length() < 2) {
                continue;
            }
            Span content = new Span(m.start(2), m.end(2));
            if (countWords(text, content) < 4) {
                continue;
            }
            int[] at = wordAt(document, m.end(1) - 1);
            if (at == null) {
                continue;
            }
            Sentence s = document.sentences().get(at[0]);
            if (!canNameSpeaker(s, new Span(m.start(1), m.end(1)))) {
                continue; // a heading such as "The Gap Goes On: ..." rather than a speaker
            }
            Candidate c = new Candidate(s, new Span(m.end(1), m.end(1) + 1), CueClass.SPEECH, s, at[1],
                    List.of(content));
            c.speakerSpan = new Span(m.start(1), m.end(1));
            c.depth = -1; // the outermost attribution of its line
            out.add(c);
        }
    }

    /** Whether {@code span} in {@code s} can name a speaker: no verb in it, no article before it. */
    private static boolean canNameSpeaker(Sentence s, Span span) {
        boolean first = true;
        for (Word w : s.words()) {
            if (w.span().start() >= span.start() && w.span().end() <= span.end()) {
                if (w.isPos("VB") || first && w.pos().equals("DT")) {
                    return false;
                }
                first = false;
            }
        }
        return !first;
    }

    private static Span trimQuoteEnd(String text, Span q) {
        int e = q.end();
        while (e > q.start() + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(q.start(), e);
    }

    /** DIRECT when every word of the content is quoted, MIXED when some are, else INDIRECT. */
    private static StatementKind kind(String text, List<Span> content, List<Span> quotes) {
        int quoted = 0;
        int plain = 0;
        for (Span span : content) {
            for (int i = span.start(); i < span.end(); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    continue;
                }
                boolean in = false;
                for (Span q : quotes) {
                    if (q.start() <= i && i < q.end()) {
                        in = true;
                        break;
                    }
                }
                if (in) {
                    quoted++;
                } else {
                    plain++;
                }
            }
        }
        return quoted == 0 ? StatementKind.INDIRECT : plain == 0 ? StatementKind.DIRECT : StatementKind.MIXED;
    }

    // ---------------------------------------------------------------- nesting

    /**
     * Whether a nested cue makes a statement of its own inside another statement's content:
     * "according to" ("Officials said that, according to the police, the roads were closed" reports
     * two). Keeping nested "said" as well was tried: more exact matches, fewer partial ones on
     * PolNeAR train.
     */
    private static boolean isReportingCue(Candidate c) {
        for (Word w : c.sentence.words()) {
            if (w.span().start() == c.cue.start()) {
                return w.lemma().equals("accord") && c.cue.end() > w.span().end();
            }
        }
        return false;
    }

    private static final Set<String> EMPTY_CONTENT_WORDS = Set.of("so", "basically",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "later", "earlier", "again", "too");

    /**
     * A content that says nothing: the speaker's own words ("Joseph said Joseph" from a broken
     * parse) or a lone time word or filler ("remarks on Saturday", "said so").
     */
    private static boolean isEmptyContent(String text, Candidate c) {
        if (c.speakerHead >= 0) {
            Span speaker = c.speakerSpan != null ? c.speakerSpan : NounPhrases.span(c.speakerSentence, c.speakerHead);
            if (c.content.stream().allMatch(speaker::contains)) {
                return true;
            }
        }
        if (c.content.size() != 1) {
            return false;
        }
        String words = text.substring(c.content.get(0).start(), c.content.get(0).end()).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\s]", " ").trim();
        return !words.isEmpty() && java.util.Arrays.stream(words.split("\\s+")).allMatch(EMPTY_CONTENT_WORDS::contains);
    }

    /**
     * A short unquoted content wholly before an active cue is a fragment of the sentence, not what
     * the source said: "[That is] what the minister wrote", "[new members] ... to sign up". A main or
     * parenthetical cue keeps a clause of a few words ("The port was busy, he said", "..., according to
     * X"); a passive cue keeps its subject ("The meeting was reported by Politico").
     */
    private static boolean isFragmentBeforeCue(String text, Candidate c) {
        if (c.kind != StatementKind.INDIRECT || c.targetSubject || c.content.get(c.content.size() - 1).end() > c.cue.start()) {
            return false;
        }
        int cue = wordStartingAt(c.sentence, c.cue.start());
        if (cue < 0 || c.sentence.child(cue, "aux:pass") >= 0 || c.sentence.child(cue, "nsubj:pass") >= 0) {
            return false;
        }
        int words = c.content.stream().mapToInt(sp -> countWords(text, sp)).sum();
        Word w = c.sentence.word(cue);
        boolean parenthetical = c.sourcingPhrase || w.isRel("root") || w.isRel("parataxis");
        return words < (parenthetical ? MIN_LEFT_CLAUSE_WORDS : MIN_LEFT_CONTENT_WORDS);
    }

    private static final int MIN_LEFT_CLAUSE_WORDS = 4;
    private static final int MIN_LEFT_CONTENT_WORDS = 7;

    private static int wordStartingAt(Sentence s, int offset) {
        for (Word w : s.words()) {
            if (w.span().start() == offset) {
                return w.index();
            }
        }
        return -1;
    }

    /**
     * Two statements with nearly the same content ("Cruz said: ..." as the content of "asked", and
     * the quote as the content of "said"): the one whose content holds the other's cue goes.
     */
    private static void dropOuterDuplicates(List<Candidate> kept) {
        List<Candidate> drop = new ArrayList<>();
        for (Candidate a : kept) {
            for (Candidate b : kept) {
                // "according to X, Y said ...": the sourcing phrase reports the whole report, kept
                if (a == b || drop.contains(b) || a.cue.equals(b.cue)
                        || a.content.stream().noneMatch(sp -> sp.contains(b.cue)) || a.sourcingPhrase || b.sourcingPhrase) {
                    continue;
                }
                if (overlapRatio(a.content, b.content) >= 0.5) {
                    drop.add(a);
                    break;
                }
            }
        }
        kept.removeAll(drop);
    }

    /**
     * "X declined the offer, according to a publisher": the sourcing phrase reports the whole clause,
     * so a cue inside its content ("declined") is part of that content, not a statement of its own.
     * A phrase that hangs inside the cue's complement ("officials said that, according to the police,
     * ...") is nested in that statement instead, and both stay.
     */
    private static void dropSourcedByPhrase(List<Candidate> kept) {
        kept.removeIf(c -> !c.sourcingPhrase && kept.stream().anyMatch(k -> k.sourcingPhrase && k != c
                && k.content.stream().anyMatch(sp -> sp.contains(c.cue)) && !hangsBelowCue(k, c)));
    }

    /** Whether sourcing phrase {@code phrase} attaches inside the complement clause of the cue word of {@code c}. */
    private static boolean hangsBelowCue(Candidate phrase, Candidate c) {
        Sentence s = phrase.sentence;
        int cue = c.sentence == s ? wordStartingAt(s, c.cue.start()) : -1;
        if (cue < 0 || phrase.speakerHead < 0) {
            return false;
        }
        for (int k = s.word(phrase.speakerHead).head(); k >= 0; k = s.word(k).head()) {
            if (s.word(k).head() == cue) {
                return s.word(k).isRel("ccomp");
            }
        }
        return false;
    }

    /** Shared characters over the mean length of two contents. */
    private static double overlapRatio(List<Span> a, List<Span> b) {
        long shared = 0;
        long la = 0;
        long lb = 0;
        for (Span x : a) {
            la += x.end() - x.start();
            for (Span y : b) {
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        for (Span y : b) {
            lb += y.end() - y.start();
        }
        return la + lb == 0 ? 0 : 2.0 * shared / (la + lb);
    }

    /**
     * "issued a statement saying that ...", "released an ad calling it dangerous": the statement is the
     * participle's, with the light verb's speaker, and the light verb's own (content "a statement
     * saying that ...") goes.
     */
    private void dropLightVerbOverParticiple(List<Candidate> found) {
        for (Candidate n : List.copyOf(found)) {
            Sentence s = n.sentence;
            int k = wordStartingAt(s, n.cue.start());
            if (k < 0 || !s.word(k).isRel("acl") || !s.word(k).pos().equals("VBG")) {
                continue;
            }
            Word object = s.word(s.word(k).head());
            if (!object.isRel("obj") || !cues.isLightVerb(s.word(object.head()).lemma())) {
                continue;
            }
            Span verb = s.word(object.head()).span();
            Candidate light = found.stream().filter(o -> o != n && o.sentence == s && o.cue.equals(verb)
                    && o.extent().contains(n.cue)).findFirst().orElse(null);
            // n may already be gone from found: the light verb of a later participle ("issued a report sharing a
            // statement saying ...") when another rule added the participle's candidate after it
            int at = found.indexOf(n);
            if (light != null && at >= 0) {
                Candidate c = new Candidate(s, n.cue, n.cueClass, light.speakerSentence, light.speakerHead, n.content);
                c.speakerSpan = light.speakerSpan;
                c.depth = n.depth;
                c.kind = n.kind;
                found.set(at, c);
                found.remove(light);
            }
        }
    }

    /**
     * Keeps the outermost statements: a cue inside another statement's content belongs to that
     * content, except a nested "according to" (see {@link #isReportingCue}).
     */
    private static List<Candidate> dropNested(List<Candidate> found) {
        List<Candidate> order = new ArrayList<>(found);
        order.sort(Comparator.comparingInt((Candidate c) -> c.depth).thenComparingInt(c -> c.cue.start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : order) {
            boolean nested = false;
            for (Candidate k : kept) {
                for (Span span : k.content) {
                    if (span.contains(c.cue) && !(c.speakerHead >= 0 && c.depth > k.depth && isReportingCue(c)
                            && span.contains(c.speakerSentence.word(c.speakerHead).span()))) {
                        nested = true;
                        break;
                    }
                }
                if (nested) {
                    break;
                }
                if (k.cue.equals(c.cue) && k.extent().overlaps(c.extent())) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(c);
            }
        }
        return kept;
    }

    // ---------------------------------------------------------------- tree helpers

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

    private static boolean hasRightComplement(Sentence s, int k) {
        for (int c : s.children(k)) {
            if (c > k && (s.word(c).isRel("ccomp") || s.word(c).isRel("obj") || s.word(c).isRel("xcomp")
                    || s.word(c).isRel("dep"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarkOtherThanThat(Sentence s, int k) {
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
    private static boolean hasFiniteVerbModifier(Sentence s, int k) {
        for (int m : s.children(k)) {
            Word d = s.word(m);
            if (m > k && (d.relation().equals("acl") || d.isRel("dep")) && (d.isPos("VBD") || d.isPos("VBZ") || d.isPos("VBP")
                    || s.child(m, "aux") >= 0 && s.word(s.child(m, "aux")).isPos("MD"))
                    && s.child(m, "mark") < 0 && !hasPunctBetween(s, k, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByXcomp(Sentence s, int c, int obj) {
        for (int k : s.children(c)) {
            if (k > obj && s.word(k).isRel("xcomp")) {
                return true;
            }
        }
        return false;
    }

}
