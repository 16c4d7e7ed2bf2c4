package org.entente.extract;

import static org.entente.extract.ParseTrees.countWords;
import static org.entente.extract.ParseTrees.isClause;
import static org.entente.extract.ParseTrees.isDate;
import static org.entente.extract.ParseTrees.isParagraphBreak;
import static org.entente.extract.ParseTrees.isTensedVerb;
import static org.entente.extract.ParseTrees.precededByComma;
import static org.entente.extract.ParseTrees.subtreeMax;
import static org.entente.extract.ParseTrees.subtreeMin;
import static org.entente.extract.ParseTrees.wordStartingAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/**
 * Where a statement's content starts and ends: the cuts that stop it before asides, trailing
 * modifiers, coordinated cues and the cue's own adjuncts, a parenthetical prefix before the cue
 * that belongs to it, and the trimming of datelines, quotation marks and punctuation at its edges.
 * Immutable and thread-safe.
 */
final class ContentBounds {

    private final CueLexicon cues;

    ContentBounds(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * A narrator's aside rather than more content: a participle clause after a comma ("..., citing
     * a poll") or a clause of contrast ("..., but ...").
     */
    static boolean isAside(Sentence s, int k) {
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
            if (c < k && d.isRel("cc") && d.lemma().equals("but") && precededByComma(s, c) && !notOnlyBefore(s, c)
                    && !isContrastWithinContent(s, k)) {
                return true;
            }
            if (c < k && c == subtreeMin(s, k) && d.isRel("mark") && CONTRAST_MARKS.contains(d.lemma())
                    && precededByComma(s, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said that A, but that B", "said A, but not B", "called the levy costly, but fair": a
     * second complement clause or a verbless conjunct after "but" is the rest of the content.
     */
    private static boolean isContrastWithinContent(Sentence s, int k) {
        Word w = s.word(k);
        if (s.child(k, "mark") >= 0 && s.word(s.child(k, "mark")).lemma().equals("that")) {
            return true;
        }
        return !w.pos().startsWith("VB") && s.child(k, "nsubj") < 0 && s.child(k, "nsubj:pass") < 0
                && s.child(k, "cop") < 0;
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
    static boolean isCueAdjunct(Sentence s, int k) {
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
            "website", "blog", "network", "tv", "line", "behalf", "basis");

    /** Occasions and media of speech, which end a noun-phrase content: "praised X in an interview". */
    private static final Set<String> SPEECH_EVENTS = Set.of("interview", "speech", "tweet", "statement", "rally",
            "conference", "debate", "hearing", "appearance", "letter", "email", "e-mail", "post", "op-ed", "column",
            "event", "meeting", "briefing", "address", "remarks", "print", "public", "campaign", "forum",
            "video", "ad", "advertisement", "essay", "book", "memo", "report", "broadcast",
            "program", "show", "podcast", "session", "luncheon", "dinner", "fundraiser", "fund-raiser", "stop", "news");

    private static final Set<String> CONTRAST_MARKS = Set.of("while", "although", "though", "whereas");

    /**
     * The content's end moved back before a comma-set modifier that closes it: a non-restrictive
     * relative clause (", which ...") or a clause of contrast (", while ..."), which the narrator
     * adds about something in the content, or a participle cue (", saying ...") that makes a
     * statement of its own.
     */
    int cutTrailingModifier(Sentence s, int from, int to) {
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
                    || isMisparsedParticipleClause(s, k)
                    || isCommentingApposition(s, k);
            if (modifier) {
                return min - 2;
            }
        }
        return to;
    }

    /**
     * ", a change that would hit small farms": an apposition of a common noun with a clause of its own,
     * the narrator's comment on what precedes it. Appositions naming a person or describing a named
     * one (", Ana Reis", "Atlas, the company that owns the port") or a person (", a nurse who trained
     * abroad": its clause opens with "who") stay: annotators keep them.
     */
    private static boolean isCommentingApposition(Sentence s, int k) {
        Word w = s.word(k);
        Word anchor = s.word(w.head());
        if (!w.isRel("appos") || !(w.isPos("NN") || w.isPos("CD")) || w.isPos("NNP") || !w.ner().equals("O")
                || anchor.isPos("NNP") || !anchor.ner().equals("O")) {
            return false;
        }
        int clause = s.child(k, "acl:relcl");
        if (clause < 0) {
            clause = s.child(k, "acl");
        }
        return clause >= 0 && !PERSON_RELATIVES.contains(s.word(subtreeMin(s, clause)).lemma());
    }

    /** Relative pronouns that show a clause describes a person. */
    private static final Set<String> PERSON_RELATIVES = Set.of("who", "whom", "whose");

    /**
     * The content's end moved back before a cue verb the parser coordinated inside the content
     * although it is the speaker's next act ("said he earns $40,000 a year and questioned how ..."):
     * a verb in the cue's own tense or participle ("calling it X and asserting that Y"), with no subject
     * of its own, joined by "and" or "but"; or another
     * source's statement ("said A, and the union argued that B", "said A; 46 percent said B", "said A
     * while the union said B"), see {@link #isSpeakerClause}, {@link #sideStatementStart} and
     * {@link #contrastingStatementStart}.
     */
    int cutCoordinatedCue(Sentence s, int c, int from, int to) {
        String tense = s.word(c).pos();
        boolean sameTense = tense.equals("VBD") || tense.equals("VBZ") || tense.equals("VBG");
        for (int k = from + 2; k <= to; k++) {
            Word w = s.word(k);
            int side = sideStatementStart(s, k);
            if (side > from + 1 && w.head() >= from && w.head() < k) {
                return side - 2;
            }
            int contrast = contrastingStatementStart(s, k);
            if (contrast > from + 1 && w.head() >= from && w.head() < k) {
                return precededByComma(s, contrast) ? contrast - 2 : contrast - 1;
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
     * Where another source's statement set against the content starts ("said the tax was fair while
     * his rivals said it was not"): an adverbial clause of contrast whose verb is a tensed cue with a
     * subject of its own; -1 if {@code k} is none.
     */
    private int contrastingStatementStart(Sentence s, int k) {
        Word w = s.word(k);
        if (!w.isRel("advcl") || cues.verb(w.lemma()) == null || !isTensedVerb(w) || s.child(k, "nsubj") < 0) {
            return -1;
        }
        int min = subtreeMin(s, k);
        return CONTRAST_MARKS.contains(s.word(min).lemma()) ? min : -1;
    }

    /**
     * Where another source's statement set beside the content starts ("said they expected little
     * from it; 46 percent said they would leave"): a cue clause with a subject of its own that
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
        return isTensedVerb(w) && s.child(k, "mark") < 0
                && s.child(k, "nsubj:pass") < 0;
    }

    /**
     * A clause introduced by a participle cue the parser took for its subordinator ("..., saying the
     * gains would ..."): the statement of that cue, not more content.
     */
    boolean isMisparsedParticipleClause(Sentence s, int k) {
        int min = subtreeMin(s, k);
        Word first = s.word(min);
        return s.word(k).isRel("advcl") && first.pos().equals("VBG") && first.isRel("mark")
                && cues.verb(first.lemma()) != null && precededByComma(s, min);
    }

    /** The content's end moved back before the first aside attached to its head. */
    static int cutAsides(Sentence s, int head, int from, int to) {
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

    private static final java.util.regex.Pattern PREFIX_END = java.util.regex.Pattern.compile(
            ",[\"\u201d'\u2019]*\\s*$");

    /**
     * "If she wins, Lopes said, workers will keep their pensions" and {@code "As mayor," she said,
     * "I will ...")}: a cue set off by commas inside its content. The words before the speaker
     * are the content's first fragment.
     */
    static List<Span> withParentheticalPrefix(String text, Candidate c, List<Span> quotes) {
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
            // a bare noun the parser made the root ("Courage, Reis noted, had ...") is no clause of its own
            if ((w.isRel("root") || w.isRel("parataxis")) && isClause(s, w.index())) {
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
     * "the cranes, which officials said would arrive in March", "in what Lopes called a shameful decision": a cue
     * in a relative clause whose content lacks the word the relative pronoun stands for. The pronoun
     * right before the speaker is the content's first fragment.
     */
    static List<Span> withRelativeWord(Candidate c) {
        if (c.speakerHead < 0 || c.speakerSentence != c.sentence || c.content.isEmpty()) {
            return c.content;
        }
        Sentence s = c.sentence;
        Span speaker = c.speakerSpan != null ? c.speakerSpan : NounPhrases.span(s, c.speakerHead);
        int cue = wordStartingAt(s, c.cue.start());
        if (cue < 0 || speaker.end() > c.cue.start() || c.content.get(0).start() < c.cue.end()) {
            return c.content;
        }
        int rel = -1;
        for (Word w : s.words()) {
            if (w.span().end() > speaker.start()) {
                break;
            }
            rel = w.index();
        }
        if (rel < 0 || !isRelativePronoun(s, rel) || !standsInContent(s, rel, cue, c.content)) {
            return c.content;
        }
        List<Span> out = new ArrayList<>();
        out.add(s.word(rel).span());
        out.addAll(c.content);
        return out;
    }

    /**
     * "which", "who", "whom", "what", "that" standing for a noun phrase of the content: not "when" or
     * "where", not the object of a preposition ("in which he said ...": the occasion of the cue); "what"
     * after one still opens the content ("in what Lopes called a shameful decision").
     */
    private static boolean isRelativePronoun(Sentence s, int k) {
        Word w = s.word(k);
        return (w.isPos("WDT") || w.isPos("WP")) && !w.isRel("mark") && !w.isRel("advmod") && s.child(k, "case") < 0
                && !(k > 0 && s.word(k - 1).isPos("IN") && !w.lemma().equalsIgnoreCase("what"));
    }

    /**
     * Whether the relative pronoun fills a gap of the content: it hangs on a word of the content
     * ("which officials said [would] arrive"), is the cue's object ("who Lopes called a fine mayor") or
     * heads the cue's relative clause ("what Lopes called X"); not the cue's subject.
     */
    private static boolean standsInContent(Sentence s, int rel, int cue, List<Span> content) {
        int head = s.word(rel).head();
        if (head == cue) {
            // not the "what" of a pseudo-cleft ("What the minister said was that ..."): that clause is a subject
            return s.word(rel).isRel("obj") && !s.word(cue).isRel("csubj");
        }
        return s.word(cue).head() == rel && !s.word(rel).isRel("nsubj") && !s.word(rel).isRel("csubj")
                || head >= 0 && content.stream().anyMatch(x -> x.contains(s.word(head).span()));
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

    private static final String EDGE_MARKS = "\"'\u201c\u201d\u2018\u2019`,.;:\u2014\u2013\u2015-";

    /** A wire-story dateline at the start of a paragraph: "VIENNA, March 4 (Reuters) -- ". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'\\-]+(?:, [\\p{Lu}][\\p{L}.]*\\.? ?\\d{0,2}(?:, \\d{4})?)?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*"
            + "(?:--|-|\\u2014|\\u2013|\\u2015)\\s*");

    /**
     * Every fragment without a leading dateline, white space, quotation marks and punctuation at
     * its ends; empty fragments go.
     */
    static List<Span> trimEdges(String text, List<Span> spans) {
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
}
