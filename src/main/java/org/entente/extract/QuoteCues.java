package org.entente.extract;

import static org.entente.extract.ParseTrees.MONTHS;
import static org.entente.extract.ParseTrees.countWords;
import static org.entente.extract.ParseTrees.depth;
import static org.entente.extract.ParseTrees.isParagraphBreak;
import static org.entente.extract.ParseTrees.paragraphEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.CueClass;
import org.entente.model.Span;
import org.entente.model.StatementKind;

/**
 * Statements read from quotation marks and line layout: {@code "...," said X}, {@code X said, "..."},
 * colons ({@code X said: ...}), dash-signed lines and {@code Name: text} headlines; content that
 * takes whole quotations, quotations that go on after their statement, and the statement kind
 * (direct, mixed, indirect). Immutable and thread-safe.
 */
final class QuoteCues {

    private final CueLexicon cues;

    QuoteCues(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * The news pattern {@code "...," said X} / {@code "...," X said}, read from the surface when the
     * parser missed it: a quotation followed, in its sentence, by a cue verb and its speaker. The
     * quotation is the content. A statement the parser found with that cue keeps its speaker but
     * takes the quotation when its own content missed it.
     */
    void quoteCues(AnnotatedDocument document, List<Span> quotes, List<Candidate> found) {
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
        int[] speaker = CueSpeakers.speakerOf(s, k, 0);
        if (speaker == null) {
            speaker = CueSpeakers.adjacentSpeaker(s, k);
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
    void colonCues(AnnotatedDocument document, List<Candidate> found) {
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
                int[] speaker = inverted >= 0 ? new int[] {inverted} : CueSpeakers.speakerOf(s, verb, 0);
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
    static void dashSignedQuotes(AnnotatedDocument document, List<Candidate> found) {
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
    static void headlineCues(AnnotatedDocument document, List<Candidate> out) {
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

    static boolean insideQuote(Span span, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.start() < span.start() && span.end() < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Content that reaches into a quotation takes the whole quotation (but never the cue). */
    static List<Span> withWholeQuotes(Candidate c, List<Span> quotes) {
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
    static void continueQuotes(String text, List<Candidate> kept, List<Span> quotes) {
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
                // next quotation; after that, only punctuation and white space, or sentences of the
                // speaker's own in the same paragraph (see resumesInParagraph)
                int between = countWords(text, new Span(Math.max(end, Math.min(sentenceEnd, q.start())), q.start()));
                if (between > 0 && !resumesInParagraph(text, end, q, claimants, speakerWord(c))) {
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
        int k = lastNonSpaceBefore(text, q.start());
        return k >= 0 && Character.isLetter(text.charAt(k)) && startsCapitalised(text, q);
    }

    /** Index of the last non-space character before {@code pos}, or -1. */
    private static int lastNonSpaceBefore(String text, int pos) {
        int k = pos - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    /** Whether the quotation's first letter or digit is a capital letter. */
    private static boolean startsCapitalised(String text, Span q) {
        int first = q.start();
        while (first < q.end() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        return first < q.end() && Character.isUpperCase(text.charAt(first));
    }

    /**
     * Whether nothing but punctuation follows the quotation in its paragraph: a paragraph that is
     * all quote ({@code "A," she said.} + next paragraph {@code "B."}) goes on with the same
     * statement, while {@code "B," he added.} has a clause of its own.
     */
    private static boolean fillsParagraph(String text, Span q) {
        return countWords(text, new Span(q.end(), paragraphEnd(text, q.end()))) == 0;
    }

    /**
     * {@code "A," said Lopes, a nurse. She paused. "B."}: a quotation that opens a new sentence later
     * in the same paragraph is the speaker going on, when no other statement's cue stands before it
     * and every sentence in between starts with "he", "she", "they" or the speaker's own head word
     * (not {@code Her colleague Ana Reis disagreed. "C."}).
     */
    private static boolean resumesInParagraph(String text, int end, Span q, List<Candidate> all, String speaker) {
        if (speaker == null || isParagraphBreak(text, end, q.start()) || !opensSentenceQuote(text, q)
                || all.stream().anyMatch(o -> o.cue.start() >= end && o.cue.end() <= q.start())) {
            return false;
        }
        java.util.regex.Matcher m = SENTENCE_START.matcher(text).region(end, q.start());
        while (m.find()) {
            String first = m.group(1);
            if (!SPEAKER_PRONOUNS.contains(first) && !first.equals(speaker)) {
                return false;
            }
        }
        return true;
    }

    /** The first word of each sentence: a capitalised word after ". ", "? " or "! ". */
    private static final java.util.regex.Pattern SENTENCE_START = java.util.regex.Pattern.compile(
            "[.?!][\"\u201d'\u2019]*\\s+([A-Z][\\w'\u2019-]*)");

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("He", "She", "They");

    /** The text of the speaker's head word ("Lopes"), or null without a speaker. */
    private static String speakerWord(Candidate c) {
        return c.speakerHead < 0 ? null : c.speakerSentence.word(c.speakerHead).text();
    }

    /** A quotation that starts a sentence: a capital letter after a full stop, "?" or "!". */
    private static boolean opensSentenceQuote(String text, Span q) {
        int k = lastNonSpaceBefore(text, q.start());
        return k >= 0 && ".?!".indexOf(text.charAt(k)) >= 0 && startsCapitalised(text, q);
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

    private static Span trimQuoteEnd(String text, Span q) {
        int e = q.end();
        while (e > q.start() + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(q.start(), e);
    }

    /** DIRECT when every word of the content is quoted, MIXED when some are, else INDIRECT. */
    static StatementKind kind(String text, List<Span> content, List<Span> quotes) {
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
}
