package org.entente.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.lexicon.LexiconSource;
import org.entente.lexicon.TsvTable;
import org.entente.model.Evidence;
import org.entente.model.Span;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;
import org.entente.text.Token;

/**
 * Scores the tone of a statement from lexicon entries with negation, intensifiers, hedges,
 * contrast, concession, counter words ("prevent", "fight against": a negative entry after them counts
 * by the {@code counter} calibration number), premodifiers (an entry that counts only when a word
 * follows it: "too little", not "she voted for it too."), questions and quotes, normalised for length.
 *
 * <p>Lexicon layers, lowest precedence first: {@code context} ({@code tone-context.tsv}: faint usage
 * valences of common words no other layer lists; not inflected, not counted in a cue's own tone),
 * {@code vader} ({@code tone-vader.tsv}), {@code news} ({@code tone-news.tsv}), {@code fitted}
 * ({@code tone-fitted.tsv}), then every other
 * {@code tone-NAME.tsv} file of the user lexicon directory as layer {@code NAME}, in name order.
 * A later layer's entry replaces an earlier one of the same text; valence 0 switches an entry off.
 * Any layer can be switched off by name with {@link #load(LexiconSource, Set)}. The modifier words
 * ({@code tone-rules.tsv}) and the numbers ({@code tone-calibration.tsv}) are not layers but can be
 * replaced by files of the same name.
 *
 * <p>The score of a statement is {@code scale * sum(contribution) / (words + offset)^exponent},
 * clipped to [-1, 1], where each entry that fires contributes its valence times its modifiers.
 * The cue's own entries are summed apart into {@link ToneScore#cueTone()}.
 *
 * <p>Pure: no I/O after construction. Immutable and thread-safe.
 */
public final class ToneScorer {

    /** The bundled layers, lowest precedence first. */
    public static final List<String> BUNDLED_LAYERS = List.of("context", "vader", "news", "fitted");

    private static final String RULES = "tone-rules.tsv";
    private static final String CALIBRATION = "tone-calibration.tsv";
    private static final double[] DECAY = {1.0, 0.95, 0.9};
    private static final int SCOPE = 3;
    private static final int COUNTER_SCOPE = 4;

    private final ToneLexicon lexicon;
    private final ToneCalibration calibration;
    private final List<String> layers;

    private final double[] norms;   // length normaliser by word count, for short statements

    private ToneScorer(ToneLexicon lexicon, ToneCalibration calibration, List<String> layers) {
        this.lexicon = lexicon;
        this.calibration = calibration;
        this.layers = layers;
        this.norms = new double[256];
        for (int words = 0; words < norms.length; words++) {
            double base = words + calibration.lengthOffset();
            norms[words] = base <= 1 ? 1 : Math.pow(base, calibration.lengthExponent());
        }
    }

    /** Loads the tone lexicons from {@code source}, all layers on. */
    public static ToneScorer load(LexiconSource source) {
        return load(source, Set.of());
    }

    /**
     * Loads the tone lexicons from {@code source} without the layers named in {@code disabledLayers}
     * (names as in {@link #layers()}: {@code context}, {@code vader}, {@code news}, {@code fitted}, or the
     * {@code NAME} of a user file {@code tone-NAME.tsv}).
     *
     * @throws IllegalArgumentException if a disabled name is no known layer
     * @throws org.entente.EntenteException if a lexicon file is missing or malformed (naming file:line)
     */
    public static ToneScorer load(LexiconSource source, Set<String> disabledLayers) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(disabledLayers, "disabledLayers");
        List<String> all = new ArrayList<>(BUNDLED_LAYERS);
        for (String file : source.userFiles("tone-")) {
            String name = file.substring("tone-".length(), file.length() - ".tsv".length());
            if (!all.contains(name) && !file.equals(RULES) && !file.equals(CALIBRATION)) {
                all.add(name);
            }
        }
        for (String d : disabledLayers) {
            if (!all.contains(d)) {
                throw new IllegalArgumentException("unknown tone layer '" + d + "', known: " + all);
            }
        }
        Map<String, TsvTable> tables = new LinkedHashMap<>();
        for (String name : all) {
            if (!disabledLayers.contains(name)) {
                tables.put(name, source.read("tone-" + name + ".tsv"));
            }
        }
        ToneLexicon lexicon = ToneLexicon.compile(tables, source.read(RULES), true);
        ToneCalibration calibration = ToneCalibration.read(source.read(CALIBRATION));
        return new ToneScorer(lexicon, calibration, List.copyOf(tables.keySet()));
    }

    /** The active layers, lowest precedence first. */
    public List<String> layers() {
        return layers;
    }

    /** The compiled lexicon (fitting tools only). */
    ToneLexicon lexicon() {
        return lexicon;
    }

    /** The calibration in use. */
    public ToneCalibration calibration() {
        return calibration;
    }

    /** This scorer with other calibration numbers, same lexicon. */
    public ToneScorer withCalibration(ToneCalibration calibration) {
        return new ToneScorer(lexicon, Objects.requireNonNull(calibration, "calibration"), layers);
    }

    /**
     * The label of a score under this scorer's thresholds, for a statement in which at least one
     * evaluative entry fired (see {@link #score}: usage words of the {@code context} layer alone
     * never make a label).
     */
    public ToneLabel label(double score) {
        if (score >= calibration.positiveThreshold() && score > 0) {
            return ToneLabel.POSITIVE;
        }
        if (score <= calibration.negativeThreshold() && score < 0) {
            return ToneLabel.NEGATIVE;
        }
        return ToneLabel.NEUTRAL;
    }

    /**
     * The tone of {@code content}; {@code cue} (possibly empty) is scored apart as the cue's own tone.
     * Token offsets index into {@code text}, and so do the evidence spans. The label follows
     * {@link #label(double)} when an entry of an evaluative layer (any but {@code context}) fired in
     * the content, and is NEUTRAL otherwise: faint usage tone alone counts in the score but makes no label.
     */
    public ToneScore score(CharSequence text, List<Token> content, List<Token> cue) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
        Run run = new Run(text, true);
        double score = clip(pass(run, content, false, null));
        ToneLabel label = run.evaluative ? label(score) : ToneLabel.NEUTRAL;
        double cueTone = cue.isEmpty() ? 0 : clip(pass(run, cue, true, null));
        List<Evidence> evidence = run.evidence;
        if (evidence == null) {
            return score == 0 && cueTone == 0 ? ToneScore.neutral()
                    : new ToneScore(score, label, cueTone, List.of());
        }
        if (!cue.isEmpty() && !content.isEmpty() && cue.get(0).start() < content.get(0).start()) {
            evidence.sort((x, y) -> x.span().compareTo(y.span()));
        }
        return new ToneScore(score, label, cueTone, evidence);
    }

    /**
     * The tone of {@code content} alone, without evidence and without a cue: the same number as
     * {@code score(text, content, List.of()).score()}, for loops that need only the number (it
     * allocates almost nothing).
     */
    public double value(CharSequence text, List<Token> content) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        return clip(pass(new Run(text, false), content, false, null));
    }

    /** Receives every word the scorer weighs (fitting tools only). */
    interface Probe {
        /**
         * @param key        the entry's text, or the lower-cased word when it has no entry
         * @param entry      the entry that fired, or {@code null} for a word without entry (or whose
         *                   entry does not fire: a premodifier not followed by a word)
         * @param multiplier the product of the modifiers acting on it (before negative_weight)
         * @param modifier   whether the word is a modifier word of tone-rules.tsv
         * @param name       whether the word, having no entry, is capitalised inside a sentence, so that
         *                   an entry of the context layer would not count for it
         */
        void word(String key, ToneLexicon.Entry entry, double multiplier, boolean modifier, boolean name);
    }

    /** Runs the content pass reporting every word to {@code probe}; returns the score before clipping. */
    double probe(CharSequence text, List<Token> content, Probe probe) {
        return pass(new Run(text, false), content, false, probe);
    }

    /** The length normaliser of a statement. */
    double norm(List<Token> content) {
        int words = 0;
        for (int i = 0, n = content.size(); i < n; i++) {
            if (content.get(i).isWord()) {
                words++;
            }
        }
        return norm(words);
    }

    private double norm(int words) {
        if (words < norms.length) {
            return norms[words];
        }
        double base = words + calibration.lengthOffset();
        return base <= 1 ? 1 : Math.pow(base, calibration.lengthExponent());
    }

    private static double clip(double x) {
        return x > 1 ? 1 : x < -1 ? -1 : x;
    }

    /** The state of one call of {@link #score}: the text, the evidence so far, the notes of one entry. */
    private static final class Run {
        final CharSequence text;
        final boolean withEvidence;
        /**
         * Whether an entry of an evaluative layer (not the context layer, not a modifier word's own
         * tone) contributed to the content.
         */
        boolean evaluative;
        List<Evidence> evidence;
        String[] notes;
        int noteCount;
        ToneLexicon.Word[] words;

        Run(CharSequence text, boolean withEvidence) {
            this.text = text;
            this.withEvidence = withEvidence;
        }

        void note(String note) {
            if (withEvidence) {
                if (notes == null) {
                    notes = new String[4];
                } else if (noteCount == notes.length) {
                    notes = java.util.Arrays.copyOf(notes, noteCount * 2);
                }
                notes[noteCount++] = note;
            }
        }

        List<String> takeNotes() {
            List<String> out = switch (noteCount) {
                case 0 -> List.of();
                case 1 -> List.of(notes[0]);
                case 2 -> List.of(notes[0], notes[1]);
                default -> List.of(java.util.Arrays.copyOf(notes, noteCount));
            };
            noteCount = 0;
            return out;
        }
    }

    /**
     * One pass over {@code tokens}: finds entries, applies modifiers, returns the scaled sum of
     * contributions (valence times modifiers), adding evidence to the run.
     */
    private double pass(Run run, List<Token> tokens, boolean isCue, Probe probe) {
        int n = tokens.size();
        if (n == 0) {
            return 0;
        }
        ToneLexicon.Word[] words = run.words == null || run.words.length < n ? new ToneLexicon.Word[n] : run.words;
        run.words = words;
        int lastContrast = -1;
        int wordCount = 0;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            ToneLexicon.Word w = lexicon.get(t.lower());
            words[i] = w;
            if (w != null) {
                any = true;
                if (w.role == ToneLexicon.CONTRAST && !isCue && !afterNotOnly(tokens, words, i)) {
                    lastContrast = i;
                }
            }
            if (t.isWord()) {
                wordCount++;
            }
        }
        if (!any && probe == null) {
            return 0;
        }
        ToneCalibration c = calibration;
        double evidenceScale = isCue ? c.cueScale() : c.scale() / norm(wordCount);
        boolean question = false;
        if (!isCue) {
            for (int i = n - 1; i >= 0; i--) {
                String s = tokens.get(i).lower();
                if (!isQuoteMark(s)) {
                    question = s.indexOf('?') >= 0;
                    break;
                }
            }
        }
        double sum = 0;
        boolean inQuote = false;
        int concedeStart = -1;   // index of the concessive word of the open concessive clause, or -1
        int floor = 0;           // modifiers are not looked for before this index
        for (int i = 0; i < n; ) {
            Token t = tokens.get(i);
            ToneLexicon.Word w = words[i];
            int scopeFloor = floor;
            ToneLexicon.Entry entry = null;
            int length = 1;
            if (w != null && w.phrases.length > 0) {
                for (ToneLexicon.Phrase p : w.phrases) {
                    if (matches(p.tokens(), tokens, i) && !usageToneBlocked(p.entry(), isCue, tokens, i)) {
                        entry = p.entry();
                        length = p.tokens().length;
                        break;
                    }
                }
            }
            if (entry == null) {
                // a COUNTER or PREMODIFIER word is scored as a plain word (its own entry takes the
                // usual modifiers)
                if (w == null || w.role == ToneLexicon.NONE || w.role == ToneLexicon.COUNTER
                        || w.role == ToneLexicon.PREMODIFIER
                        || w.role == ToneLexicon.DEGREE && !degreeModifies(tokens, words, i)) {
                    if (!t.isWord()) {
                        String lower = t.lower();
                        if (isDoubleQuote(lower) && i > 0 && i < n - 1) {
                            // marks opening or closing the whole statement are its own quotation
                            inQuote = !inQuote;
                        } else if (isClauseBreak(lower)) {
                            concedeStart = -1;
                        }
                        i++;
                        continue;
                    }
                } else {
                    if (w.role == ToneLexicon.CONCEDE && !isCue && startsClause(tokens, i)) {
                        concedeStart = i;
                    } else if (w.role == ToneLexicon.CONTRAST) {
                        concedeStart = -1;
                    }
                    // a negator or contrast word may carry a tone of its own ("no", "lack", "not"),
                    // counted as it stands; boosters and hedges do not, nor "not" in "not only"
                    ToneLexicon.Entry own = ownTone(w, tokens, words, i, n);
                    if (probe != null && own != NO_TONE) {
                        probe.word(own == null ? t.lower() : own.text(), own, 1, true, false);
                    }
                    if (own != null && own != NO_TONE && own.valence() != 0
                            && !ToneLexicon.CONTEXT.equals(own.layer())) {
                        // counted, but a modifier word's own tone ("not", "but") makes no label
                        sum += add(run, t, t.end(), own, 1, isCue ? CUE : MODIFIER, evidenceScale, c);
                    }
                    i++;
                    continue;
                }
                entry = w == null ? null : w.entry;
                if (entry != null && usageToneBlocked(entry, isCue, tokens, i)) {
                    entry = null;
                }
                if (entry != null && w.role == ToneLexicon.PREMODIFIER && !(i + 1 < n && tokens.get(i + 1).isWord())) {
                    // a premodifier's entry counts only before a word it can modify ("too little",
                    // not "the mayor, too, welcomed" nor "voted for it too."): here it is a plain word
                    entry = null;
                }
                if (entry == null ? probe == null : entry.valence() == 0) {
                    i++;
                    continue;
                }
            } else {
                floor = i + length;
                if (entry.valence() == 0) {
                    i += length;
                    continue;
                }
            }
            // the counter rule is for evaluative entries, not for faint usage tone
            double m = modifiers(run, tokens, words, i, scopeFloor,
                    entry != null && entry.valence() < 0 && !ToneLexicon.CONTEXT.equals(entry.layer()));
            if (lastContrast >= 0) {
                ToneLexicon.Word cw = words[lastContrast];
                if (i < lastContrast) {
                    m *= c.contrastBefore();
                    run.note(cw.noteBefore);
                } else {
                    m *= c.contrastAfter();
                    run.note(cw.noteAfter);
                }
            }
            if (concedeStart >= 0) {
                m *= c.concedeClause();
                run.note(words[concedeStart].note);
            }
            if (inQuote && !isCue && c.quoted() != 1) {
                m *= c.quoted();
                run.note("inside quotes");
            }
            if (question && c.question() != 1) {
                m *= c.question();
                run.note("in a question");
            }
            if (probe != null) {
                probe.word(entry == null ? t.lower() : entry.text(), entry, m, false,
                        entry == null && capitalisedInside(tokens, i));
                if (entry == null) {
                    i++;
                    continue;
                }
            }
            double contribution = add(run, t, length == 1 ? t.end() : tokens.get(i + length - 1).end(), entry, m,
                    isCue ? CUE : "", evidenceScale, c);
            if (!isCue && contribution != 0 && !ToneLexicon.CONTEXT.equals(entry.layer())) {
                run.evaluative = true;
            }
            sum += contribution;
            i += length;
        }
        return sum * evidenceScale;
    }

    /**
     * Whether the entry is of the context layer and may not count here: not in a cue (a cue's own
     * tone comes from evaluative entries such as "praised", not from the usage tone of "added"), and
     * not for a word capitalised inside a sentence, which is taken for a name ("Arenas", "Mr. Hope").
     */
    private static boolean usageToneBlocked(ToneLexicon.Entry entry, boolean isCue, List<Token> tokens, int i) {
        return ToneLexicon.CONTEXT.equals(entry.layer()) && (isCue || capitalisedInside(tokens, i));
    }

    /** Titles whose full stop ends no sentence ("Mr. Hope"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "rev", "st", "jr", "sr", "pres", "amb", "hon", "mt", "ft");

    /**
     * Whether token {@code i} starts with a capital letter but does not start a sentence. A sentence
     * starts at the statement's first token, after a colon, an opening quote or bracket, a dash, or
     * sentence-final punctuation ({@code . ! ? ...}, also behind closing quotes or brackets); the full
     * stop of a title or an initial ("Mr. Hope", "J. Hope") ends no sentence. A word in capitals
     * ("NATO") counts as capitalised.
     */
    static boolean capitalisedInside(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String text = token.text();
        if (i == 0 || text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        String before = previous.text();
        if (OPENING.contains(before)
                || (before.equals("\"") || before.equals("'")) && previous.end() == token.start()) {
            return false;   // after a colon, a dash, or an opening quote or bracket
        }
        int j = i - 1;
        while (j > 0 && CLOSING.contains(tokens.get(j).text())) {
            j--;
        }
        before = tokens.get(j).text();
        if (CLOSING.contains(before)) {
            return false;   // the statement opened with the quote
        }
        if (before.equals(".") && j >= 1) {
            String word = tokens.get(j - 1).text();
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            return initial || TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));
        }
        return !(before.equals("!") || before.equals("?") || before.endsWith("...") || before.equals("\u2026"));
    }

    /** Tokens after which a sentence or quotation may start. */
    private static final Set<String> OPENING = Set.of(":", ";", "\u201c", "\u2018", "(", "[", "{", "\u2014", "\u2013",
            "-", "--", "``");

    /** Closing quotes and brackets, looked through for the punctuation before them. */
    private static final Set<String> CLOSING = Set.of("\u201d", "\u2019", "''", ")", "]", "}", "\"", "'");

    /** Evidence category of the cue's own entries. */
    static final String CUE = "CUE";
    /**
     * Evidence category of a modifier word's own tone ("not", "but"): it counts in the score but,
     * like usage tone, makes no label.
     */
    static final String MODIFIER = "MODIFIER";

    /** Marks a modifier word that cannot carry a tone of its own. */
    private static final ToneLexicon.Entry NO_TONE = new ToneLexicon.Entry("", "", 0);

    /** The own entry of the modifier word at {@code i} (null if none), or NO_TONE if it can have none. */
    private static ToneLexicon.Entry ownTone(ToneLexicon.Word w, List<Token> tokens, ToneLexicon.Word[] words,
                                             int i, int n) {
        switch (w.role) {
            case ToneLexicon.NEGATOR -> {
                ToneLexicon.Word next = i + 1 < n ? words[i + 1] : null;
                return next != null && next.role == ToneLexicon.CANCEL || superlativeAhead(tokens, i, n)
                        ? NO_TONE : w.entry;
            }
            case ToneLexicon.CONTRAST, ToneLexicon.CONCEDE -> {
                return w.entry;
            }
            default -> {
                return NO_TONE;
            }
        }
    }

    /** The contribution of an entry that fired with modifiers {@code m}; adds its evidence to the run. */
    private static double add(Run run, Token t, int end, ToneLexicon.Entry entry, double m, String category,
                              double evidenceScale, ToneCalibration c) {
        double v = entry.valence();
        double contribution = v * m;
        if (contribution < 0) {
            contribution *= c.negativeWeight();
        }
        if (run.withEvidence) {
            int start = t.start();
            String matched = end == t.end() && t.text().length() == end - start ? t.text()
                    : run.text.subSequence(start, end).toString();
            if (run.evidence == null) {
                run.evidence = new ArrayList<>(4);
            }
            run.evidence.add(new Evidence(entry.layer(), entry.text(), matched, new Span(start, end),
                    category, v, contribution * evidenceScale, run.takeNotes()));
        }
        return contribution;
    }

    /**
     * The product of the negators, boosters and hedges in the scope before token {@code i} (up to
     * {@link #SCOPE} words), and for a negative entry the counter factor of a COUNTER word up to
     * {@link #COUNTER_SCOPE} words before it ("prevent the spread of the disease").
     */
    private double modifiers(Run run, List<Token> tokens, ToneLexicon.Word[] words, int i, int floor,
                             boolean negative) {
        double m = 1;
        int seen = 0;
        int reach = negative ? COUNTER_SCOPE : SCOPE;
        boolean countered = false;
        int superlative = superlativeNegator(tokens, words, i);   // "could not be better", or -1
        // a COUNTER word may stand inside a multi-word entry before the entry ("fight against
        // terrorism"); the other modifiers are not looked for before floor
        for (int j = i - 1; j >= (negative ? 0 : floor) && seen < reach; j--) {
            ToneLexicon.Word w = words[j];
            if (j < floor && (w == null || w.role != ToneLexicon.COUNTER)) {
                Token t = tokens.get(j);
                if (!t.isWord() && isClauseBreak(t.lower())) {
                    break;
                }
                if (t.isWord()) {
                    seen++;
                }
                continue;
            }
            if (w == null || w.role == ToneLexicon.NONE
                    || w.role == ToneLexicon.DEGREE && !degreeModifies(tokens, words, j)) {
                Token t = tokens.get(j);
                if (!t.isWord()) {
                    if (isClauseBreak(t.lower())) {
                        break;
                    }
                    continue;
                }
            } else if (w.role == ToneLexicon.COUNTER) {
                if (negative && !countered && calibration.counter() != 1) {
                    countered = true;
                    m *= calibration.counter();
                    run.note(w.note);
                }
            } else if (seen < SCOPE) {
                switch (w.role) {
                    case ToneLexicon.NEGATOR -> {
                        ToneLexicon.Word next = j + 1 < i ? words[j + 1] : null;
                        if (next != null && next.role == ToneLexicon.CANCEL) {
                            // "not only": no negation
                        } else if (j == superlative) {
                            run.note("'" + tokens.get(j).lower() + " ... " + tokens.get(i).lower()
                                    + "' not negated: a superlative");
                        } else {
                            m *= calibration.negation();
                            run.note(w.note);
                        }
                    }
                    case ToneLexicon.BOOSTER, ToneLexicon.HEDGE, ToneLexicon.DEGREE -> {
                        // the modal of "could not be better" hedges nothing
                        if (w.role != ToneLexicon.HEDGE || !superlativeModal(tokens, j, superlative)) {
                            m *= 1 + (w.factor - 1) * DECAY[seen];
                            run.note(w.note);
                        }
                    }
                    case ToneLexicon.CONTRAST, ToneLexicon.CONCEDE -> {
                        return m;
                    }
                    default -> {
                    }
                }
            } else if (w.role == ToneLexicon.CONTRAST || w.role == ToneLexicon.CONCEDE) {
                return m;
            }
            seen++;
        }
        return m;
    }

    /**
     * Whether the DEGREE word at {@code i} modifies the next token: that token is a plain word (no
     * modifier role) with an evaluative entry ("terribly good", "remarkably harsh"), not only usage tone.
     */
    private static boolean degreeModifies(List<Token> tokens, ToneLexicon.Word[] words, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        ToneLexicon.Word next = words[i + 1];
        return next != null && next.role == ToneLexicon.NONE && next.entry != null && next.entry.valence() != 0
                && !ToneLexicon.CONTEXT.equals(next.entry.layer());
    }

    /** How far (in tokens) a "but" may stand after "not only" to close it. */
    private static final int NOT_ONLY_REACH = 10;

    /** Words before "not" that make "not just" mean "merely not" ("we can't just walk away, but ..."). */
    private static final Set<String> MODALS = Set.of("can", "ca", "could", "will", "wo", "would", "should",
            "shall", "must", "may", "might", "'ll", "'d");

    /**
     * Whether the contrast word at {@code i} closes a "not only ... but" ("not only useful but
     * friendly"): a negator followed by a CANCEL word at most {@link #NOT_ONLY_REACH} tokens before it,
     * in the same sentence (up to a semicolon), the negator not after a modal. Then "but" adds rather
     * than contrasts. Reads {@code words} before {@code i} only.
     */
    private static boolean afterNotOnly(List<Token> tokens, ToneLexicon.Word[] words, int i) {
        for (int j = i - 2; j >= 0 && j >= i - NOT_ONLY_REACH; j--) {
            if (endsSentence(tokens.get(j + 1).lower())) {
                return false;
            }
            ToneLexicon.Word w = words[j];
            ToneLexicon.Word next = words[j + 1];
            if (w != null && w.role == ToneLexicon.NEGATOR && next != null && next.role == ToneLexicon.CANCEL) {
                return j == 0 || !MODALS.contains(tokens.get(j - 1).lower());
            }
        }
        return false;
    }

    private static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char ch = s.charAt(0);
        return ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\u2026';
    }

    /** The negator up to 6 tokens before the entry at {@code i} that reads as a superlative with it, or -1. */
    private static int superlativeNegator(List<Token> tokens, ToneLexicon.Word[] words, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            ToneLexicon.Word w = words[j];
            if (w != null && w.role == ToneLexicon.NEGATOR && negatedComparative(tokens, j, i)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the negator at {@code i} reads as a superlative with a word up to 5 tokens after it. */
    private static boolean superlativeAhead(List<Token> tokens, int i, int n) {
        for (int k = i + 1; k < n && k <= i + 5; k++) {
            if (negatedComparative(tokens, i, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Comparatives that make "could not be X" a superlative. "more" covers "could not be more pleased";
     * "less" is left out ("could not be less interested" means not interested at all).
     */
    private static final Set<String> COMPARATIVES = Set.of("better", "worse", "more", "greater",
            "higher", "lower", "bigger", "larger", "smaller", "stronger", "weaker", "clearer", "safer",
            "happier", "prouder", "closer", "brighter", "easier", "harder", "richer", "poorer", "greener",
            "warmer", "colder", "tougher", "wider", "deeper", "sweeter", "nicer", "finer", "fitter",
            "healthier", "wealthier", "luckier", "busier", "earlier", "sooner", "faster", "slower");

    /** Modals before the negator that make "could not be better" a superlative ("would not be cheaper" is a plain negation). */
    private static final Set<String> SUPERLATIVE_MODALS = Set.of("could", "can", "ca");

    /** Forms of "be" and other linking verbs, one of which stands between the negator and the comparative. */
    private static final Set<String> LINKING_VERBS = Set.of("be", "been", "is", "was", "were", "are",
            "look", "looked", "looks", "feel", "felt", "sound", "sounded", "seem", "seemed");

    /** Other words that may stand between them ("could not have been better", "nothing could be better"). */
    private static final Set<String> SUPERLATIVE_LINKS = Set.of("have", "'ve", "has", "had", "ever", "any",
            "much", "could", "can");

    /**
     * Whether the negator at {@code j} and the word at {@code i} read as a superlative: "could not be
     * better", "cannot be better prepared", "couldn't be more pleased", "has never been greener",
     * "never looked better", "nothing could be better". The word at {@code i}, or the one before it, is
     * a comparative of {@link #COMPARATIVES}; between the negator and the comparative stand a linking
     * verb and otherwise only auxiliaries; and the negator is "never" (after no modal but "could"/"can"),
     * "cannot", "not"/"hardly"/"scarcely" after "could" or "can", or "nothing"/"nobody"/"none" before
     * "could" or "can". Decided from the tokens alone.
     */
    static boolean negatedComparative(List<Token> tokens, int j, int i) {
        int comparative = COMPARATIVES.contains(tokens.get(i).lower()) ? i
                : i - 1 > j && COMPARATIVES.contains(tokens.get(i - 1).lower()) ? i - 1 : -1;
        if (comparative < 0) {
            return false;
        }
        boolean linked = false;
        boolean modalBetween = false;
        for (int k = j + 1; k < comparative; k++) {
            String s = tokens.get(k).lower();
            if (LINKING_VERBS.contains(s)) {
                linked = true;
            } else if (SUPERLATIVE_LINKS.contains(s)) {
                modalBetween |= SUPERLATIVE_MODALS.contains(s);
            } else {
                return false;
            }
        }
        if (!linked) {
            return false;
        }
        String before = j > 0 ? tokens.get(j - 1).lower() : "";
        return switch (tokens.get(j).lower()) {
            // "will never be safer" is a plain negation; "has never been", "could never be" are not
            case "never" -> !MODALS.contains(before) || SUPERLATIVE_MODALS.contains(before);
            case "cannot" -> true;
            case "not", "n't", "hardly", "scarcely" -> SUPERLATIVE_MODALS.contains(before);
            case "nothing", "nobody", "none" -> modalBetween;
            default -> false;
        };
    }

    /** Whether the hedge at {@code j} is the "could"/"can" of the superlative read at negator {@code negator}. */
    private static boolean superlativeModal(List<Token> tokens, int j, int negator) {
        return negator >= 0 && (j == negator - 1 || j > negator) && SUPERLATIVE_MODALS.contains(tokens.get(j).lower());
    }

    private static boolean matches(String[] parts, List<Token> tokens, int i) {
        if (i + parts.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!parts[k].equals(tokens.get(i + k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsClause(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String s = tokens.get(j).lower();
            if (isQuoteMark(s) || s.equals("(")) {
                continue;
            }
            return isClauseBreak(s);
        }
        return true;
    }

    private static boolean isDoubleQuote(String s) {
        return s.length() == 1 && (s.charAt(0) == '"' || s.charAt(0) == '\u201c' || s.charAt(0) == '\u201d');
    }

    private static boolean isClauseBreak(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char ch = s.charAt(0);
        return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?'
                || ch == '\u2014' || ch == '\u2013' || s.equals("--") || ch == '(' || ch == ')';
    }

    private static boolean isQuoteMark(String s) {
        if (s.length() != 1) {
            return false;
        }
        char ch = s.charAt(0);
        return ch == '"' || ch == '\'' || ch == '\u201c' || ch == '\u201d' || ch == '\u2018' || ch == '\u2019' || ch == '`';
    }
}
