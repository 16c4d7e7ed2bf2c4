package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.lexicon.LexiconSource;
import org.entente.model.Content;
import org.entente.model.Mention;
import org.entente.model.Span;
import org.entente.model.Statement;

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

    private final CueLexicon cues;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final VerbCues verbCues;
    private final NounCues nounCues;
    private final QuoteCues quoteCues;

    private AttributionExtractor(CueLexicon cues) {
        this.cues = cues;
        this.verbCues = new VerbCues(cues, new ContentBounds(cues));
        this.nounCues = new NounCues(cues);
        this.quoteCues = new QuoteCues(cues);
    }

    /** Loads the cue lexicons from {@code source}. */
    public static AttributionExtractor load(LexiconSource source) {
        return new AttributionExtractor(CueLexicon.load(source));
    }

    /** The statements of {@code document}, in document order of their content. */
    public List<ExtractedStatement> extract(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        List<Span> quotes = quoteFinder.find(text);
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            for (Word w : s.words()) {
                Candidate c = verbCues.verbCue(text, s, w.index());
                if (c != null) {
                    found.add(c);
                }
            }
            nounCues.phraseCues(text, s, found);
            nounCues.nounCues(text, s, found);
        }
        QuoteCues.headlineCues(document, found);
        quoteCues.quoteCues(document, quotes, found);
        quoteCues.colonCues(document, found);
        QuoteCues.dashSignedQuotes(document, found);
        StatementFilters.dropVerbsOverNounComplements(found);
        StatementFilters.dropLightVerbOverParticiple(found, cues);
        // a cue inside a quotation is part of what the quoted speaker said
        found.removeIf(c -> c.depth >= 0 && QuoteCues.insideQuote(c.cue, quotes));
        for (Candidate c : found) {
            c.content = QuoteCues.withWholeQuotes(c, quotes);
        }
        for (Candidate c : found) {
            List<Span> content = ContentBounds.withParentheticalPrefix(text, c, quotes);
            Span prefix = content.get(0);
            if (content != c.content && found.stream().noneMatch(o -> o != c && prefix.contains(o.cue))) {
                c.content = content;
            }
        }
        for (Candidate c : found) {
            c.content = ContentBounds.withRelativeWord(c);
        }
        List<Candidate> kept = StatementFilters.dropNested(found);
        QuoteCues.continueQuotes(text, kept, quotes);
        for (Candidate c : kept) {
            c.kind = QuoteCues.kind(text, c.content, quotes);
            c.content = ContentBounds.trimEdges(text, c.content);
        }
        kept.removeIf(c -> c.content.isEmpty() || StatementFilters.isEmptyContent(text, c)
                || StatementFilters.isFragmentBeforeCue(text, c));
        StatementFilters.dropOuterDuplicates(kept);
        StatementFilters.dropSourcedByPhrase(kept);
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
                int pronoun = CueSpeakers.relativePronoun(c.speakerSentence, c.speakerHead, c.cue);
                speaker = Mention.of(text, pronoun >= 0 ? c.speakerSentence.word(pronoun).span() : np);
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
}
