package org.entente.extract;

import static org.entente.extract.ParseTrees.countWords;
import static org.entente.extract.ParseTrees.wordStartingAt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;
import org.entente.model.StatementKind;

/**
 * Filters over the candidate statements of a document: nested statements, outer duplicates,
 * statements sourced by an "according to" phrase, light verbs over their participle or noun cue,
 * empty contents and fragments before the cue. Stateless.
 */
final class StatementFilters {

    private StatementFilters() {
    }

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
    static boolean isEmptyContent(String text, Candidate c) {
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
    static boolean isFragmentBeforeCue(String text, Candidate c) {
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

    /**
     * Two statements with nearly the same content ("Cruz said: ..." as the content of "asked", and
     * the quote as the content of "said"): the one whose content holds the other's cue goes.
     */
    static void dropOuterDuplicates(List<Candidate> kept) {
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
    static void dropSourcedByPhrase(List<Candidate> kept) {
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
     * "expressed concern that X": the noun's complement is the content, not the whole object, so the
     * statement of the verb whose object a noun cue is ({@link Candidate#objectOfVerb}) goes when its
     * content holds the noun cue.
     */
    static void dropVerbsOverNounComplements(List<Candidate> found) {
        for (Candidate n : List.copyOf(found)) {
            if (n.objectOfVerb != null) {
                found.removeIf(o -> o != n && o.cue.equals(n.objectOfVerb) && o.extent().contains(n.cue));
            }
        }
    }

    /**
     * "issued a statement saying that ...", "released an ad calling it dangerous": the statement is the
     * participle's, with the light verb's speaker, and the light verb's own (content "a statement
     * saying that ...") goes.
     */
    static void dropLightVerbOverParticiple(List<Candidate> found, CueLexicon cues) {
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
    static List<Candidate> dropNested(List<Candidate> found) {
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
}
