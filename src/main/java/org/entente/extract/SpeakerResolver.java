package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.CorefMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/**
 * Resolves speaker mentions to the people and organisations they name: "Xi" and "he" to
 * "Xi Jinping", "the minister" to the last named minister. A speaker-focused resolver over the
 * parse and NER, with CoreNLP's coreference used first when the profile ran it. One instance per
 * document; it remembers the speakers resolved so far, so mentions must be resolved in order.
 * Not thread-safe.
 */
final class SpeakerResolver {

    /** A named entity in the document: a person or an organisation and all its names. */
    private static final class Entity {
        final String type;
        final Set<String> nameWords = new HashSet<>();
        final Set<String> titleWords = new HashSet<>();
        String canonical = "";
        String phrase = "";

        Entity(String type) {
            this.type = type;
        }
    }

    /** A name as NER found it: a run of PERSON or ORGANIZATION tokens. */
    private record NameRun(int sentence, int first, int last, Span span, Entity entity) {
    }

    /**
     * A resolved speaker.
     *
     * @param canonical the resolved name (or the mention as written)
     * @param phrase    the fullest descriptive phrase for the speaker, for its affiliation
     */
    record Resolved(String canonical, String phrase) {
    }

    private static final Set<String> MALE_FEMALE = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> NEUTER = Set.of("it");

    private final AnnotatedDocument document;
    private final List<NameRun> runs = new ArrayList<>();
    private final Map<Long, NameRun> runByToken = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private Entity lastPersonSpeaker;
    private Entity lastGroupSpeaker;

    SpeakerResolver(AnnotatedDocument document) {
        this.document = document;
        for (Sentence s : document.sentences()) {
            int i = 0;
            while (i < s.size()) {
                String ner = s.word(i).ner();
                if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                    int j = i;
                    while (j + 1 < s.size() && s.word(j + 1).ner().equals(ner)) {
                        j++;
                    }
                    addRun(s, i, j, ner);
                    i = j + 1;
                } else {
                    i++;
                }
            }
        }
    }

    private void addRun(Sentence s, int first, int last, String type) {
        Set<String> words = new HashSet<>();
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String w = s.word(k).text();
            if (s.word(k).pos().equals("POS")) {
                continue;
            }
            words.add(w.toLowerCase(Locale.ROOT));
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(w);
        }
        if (words.isEmpty()) {
            return;
        }
        Entity entity = null;
        for (int e = entities.size() - 1; e >= 0 && entity == null; e--) {
            Entity candidate = entities.get(e);
            if (candidate.type.equals(type)
                    && (candidate.nameWords.containsAll(words) || words.containsAll(candidate.nameWords))) {
                entity = candidate;
            }
        }
        if (entity == null) {
            entity = new Entity(type);
            entities.add(entity);
        }
        entity.nameWords.addAll(words);
        if (name.length() > entity.canonical.length()) {
            entity.canonical = name.toString();
        }
        // titles and fuller phrase: the modifiers of the name's head in its noun phrase
        int head = last;
        Span np = NounPhrases.span(s, head);
        for (Word w : s.words()) {
            if (w.span().start() >= np.start() && w.span().end() <= np.end()
                    && (w.index() < first || w.index() > last) && w.isPos("N")) {
                entity.titleWords.add(w.lemma());
            }
            if (w.span().start() >= np.start() && w.span().end() <= np.end() && w.isPos("JJ")) {
                entity.titleWords.add(w.lemma());
            }
        }
        String phrase = np.slice(document.text());
        if (phrase.length() > entity.phrase.length() && phrase.length() < 120) {
            entity.phrase = phrase;
        }
        Span span = new Span(s.word(first).span().start(), s.word(last).span().end());
        NameRun run = new NameRun(s.index(), first, last, span, entity);
        runs.add(run);
        for (int k = first; k <= last; k++) {
            runByToken.put(key(s.index(), k), run);
        }
    }

    private static long key(int sentence, int word) {
        return ((long) sentence << 32) | word;
    }

    /**
     * Resolves the speaker whose noun phrase is {@code np} with head word {@code head} of
     * sentence {@code s}; {@code np} is the mention's extent.
     */
    Resolved resolve(Sentence s, int head, Span np) {
        String written = np.slice(document.text());
        Word h = s.word(head);
        String lower = h.text().toLowerCase(Locale.ROOT);
        // a name in the phrase itself
        NameRun run = runInPhrase(s, head, np);
        if (run != null) {
            return speaker(run.entity);
        }
        if (h.isPos("PRP") || MALE_FEMALE.contains(lower) || PLURAL.contains(lower)) {
            Entity viaCoref = viaCoref(s, head);
            if (viaCoref != null) {
                return speaker(viaCoref);
            }
            if (MALE_FEMALE.contains(lower)) {
                Entity e = lastPersonSpeaker != null ? lastPersonSpeaker : lastRunBefore(np.start(), "PERSON", 3, s.index());
                if (e != null) {
                    return speaker(e);
                }
            } else if (PLURAL.contains(lower) || NEUTER.contains(lower)) {
                Entity e = lastGroupSpeaker != null ? lastGroupSpeaker
                        : NEUTER.contains(lower) ? lastRunBefore(np.start(), "ORGANIZATION", 2, s.index()) : null;
                if (e != null) {
                    return speaker(e);
                }
            }
            return new Resolved(written, written); // "I", "we", or no compatible earlier speaker
        }
        // a name NER missed: match its words against the names found elsewhere in the document
        if (h.isPos("NNP")) {
            Entity e = byNameWord(h.text().toLowerCase(Locale.ROOT), np.start());
            if (e != null) {
                return speaker(e);
            }
        }
        // a description: "the minister", "the ministry", "the company"
        if (h.isPos("NN") && !h.isPos("NNP")) {
            Entity e = byTitle(h.lemma(), np.start());
            if (e != null) {
                return speaker(e);
            }
        }
        return new Resolved(written, written);
    }

    private Resolved speaker(Entity e) {
        if (e.type.equals("PERSON")) {
            lastPersonSpeaker = e;
        } else {
            lastGroupSpeaker = e;
        }
        return new Resolved(e.canonical, e.phrase.isEmpty() ? e.canonical : e.phrase);
    }

    private NameRun runInPhrase(Sentence s, int head, Span np) {
        NameRun atHead = runByToken.get(key(s.index(), head));
        if (atHead != null) {
            return atHead;
        }
        NameRun best = null;
        for (Word w : s.words()) {
            if (np.contains(w.span())) {
                NameRun r = runByToken.get(key(s.index(), w.index()));
                if (r != null && (best == null || r.entity.type.equals("PERSON"))) {
                    best = r;
                }
            }
        }
        return best;
    }

    private Entity viaCoref(Sentence s, int head) {
        if (document.coref().isEmpty()) {
            return null;
        }
        int chain = -1;
        for (CorefMention m : document.coref()) {
            if (m.sentence() == s.index() && m.head() == head) {
                chain = m.chain();
                break;
            }
        }
        if (chain < 0) {
            return null;
        }
        Entity found = null;
        for (CorefMention m : document.coref()) {
            if (m.chain() != chain) {
                continue;
            }
            NameRun r = runByToken.get(key(m.sentence(), m.head()));
            if (r != null && (found == null || r.entity.canonical.length() > found.canonical.length())) {
                found = r.entity;
            }
        }
        return found;
    }

    private Entity lastRunBefore(int offset, String type, int maxSentencesBack, int sentence) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            NameRun r = runs.get(i);
            if (r.span.end() <= offset && r.entity.type.equals(type)) {
                return sentence - r.sentence <= maxSentencesBack ? r.entity : null;
            }
        }
        return null;
    }

    /** The entity with this name word last named before {@code offset}, else the first named after it. */
    private Entity byNameWord(String word, int offset) {
        Entity before = null;
        for (NameRun r : runs) {
            if (r.entity.nameWords.contains(word)) {
                if (r.span.end() <= offset) {
                    before = r.entity;
                } else if (before == null) {
                    return r.entity;
                }
            }
        }
        return before;
    }

    private Entity byTitle(String lemma, int offset) {
        NameRun best = null;
        for (NameRun r : runs) {
            if (r.span.end() > offset) {
                break;
            }
            if (r.entity.titleWords.contains(lemma)) {
                best = r;
            }
        }
        return best == null ? null : best.entity;
    }
}
