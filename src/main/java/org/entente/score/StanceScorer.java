package org.entente.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.lexicon.LexiconSource;
import org.entente.lexicon.TsvTable;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.text.Token;

/**
 * Scores a statement's stance toward cooperation from a lexicon of cooperation and conflict
 * patterns, and finds its counterpart. Pure: no I/O after construction. Immutable and thread-safe.
 *
 * <p>How a statement is scored:
 * <ol>
 *   <li>Patterns of {@value #PATTERNS} fire on lower-cased tokens (each lemma was expanded to its
 *       inflections at load time); at each token the pattern with most parts (then the longest
 *       match) wins, and the tokens it spans, gaps included, start no other match.</li>
 *   <li>Each firing is modified: negated ("not", "never", "failed to") or inside the scope of a
 *       refusal ("refused to cooperate"), a cooperative entry turns conflictual; hedged ("may",
 *       "consider") or inside an "if" clause it is weakened; inside an appeal's scope, an act of
 *       yielding was asked for, not done, and counts nothing (an appeal to yield is -0.3 on the
 *       scale); a cooperative entry whose beneficiary is
 *       domestic ("supports its enterprises") or a conflictual one aimed at no actor ("war against
 *       the epidemic") counts nothing; an entry that needs an actor counts only when one is named.</li>
 *   <li>The first strong firing (|weight| &ge; {@value #STRONG}) is the statement's main event and
 *       counts in full (unless a strong firing right after it, introduced by "to", points the other
 *       way: "sent troops to attack" reports the attack); the others count {@value #SECONDARY} of
 *       theirs. The sum, scaled from the Goldstein range to [-1, 1], is clipped.</li>
 *   <li>The label is COOPERATIVE from {@value #THRESHOLD}, CONFLICTUAL from -{@value #THRESHOLD},
 *       NEUTRAL between.</li>
 * </ol>
 */
public final class StanceScorer {

    /** The stance pattern lexicon file. */
    public static final String PATTERNS = "stance-patterns.tsv";
    /** The stance modifier lexicon file. */
    public static final String MODIFIERS = "stance-modifiers.tsv";
    /** Evidence lexicon name. */
    public static final String LEXICON = "stance";
    /** |score| from which a statement is COOPERATIVE or CONFLICTUAL (1 on the Goldstein scale). */
    public static final double THRESHOLD = 0.1;
    /** |weight| from which an entry can be a statement's main event. */
    public static final double STRONG = 3.0;
    /** Share of its contribution an entry other than the main event keeps. */
    public static final double SECONDARY = 0.3;

    private static final double MIN_MAIN_SHARE = 0.5;
    private static final String SECONDARY_NOTE = "not the main event: ×" + SECONDARY;
    private static final int NEG_WINDOW = 3;
    private static final int REFUSAL_SCOPE = 6;
    /** Categories of acts that serve a purpose: sending aid or troops, deploying forces. */
    private static final Set<String> MEANS = Set.of("AID", "MOBILIZE");
    private static final int APPEAL_SCOPE = 10;
    private static final int DOMESTIC_WINDOW = 6;
    private static final int NONACTOR_AFTER = 5;
    private static final int NONACTOR_BEFORE = 4;
    private static final int ACTOR_AFTER = 8;
    private static final double HEDGE = 0.6;

    /** Modifier kinds, as bits. */
    static final int NEGATE = 1, HEDGING = 2, CONDITION = 4, DOMESTIC = 8, NONACTOR = 16, CLAUSE = 32;

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("its", "their", "our", "his", "her", "my", "your");
    private static final StanceScore NEUTRAL = StanceScore.neutral();
    private static final StancePattern[] NO_PATTERNS = new StancePattern[0];

    /** What the lexicons know of one lower-cased form: the patterns it starts, its modifier bits. */
    private record Lex(StancePattern[] patterns, int mods, ActorLexicon.Alias[] actors) {
    }

    /** One hash lookup per token gives both its patterns and its modifiers. */
    private final Map<String, Lex> lexicon;
    private final ActorLexicon actors;

    private StanceScorer(Map<String, Lex> lexicon, ActorLexicon actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    /** Loads the stance and actor lexicons from {@code source}. */
    public static StanceScorer load(LexiconSource source) {
        Objects.requireNonNull(source, "source");
        return of(source.read(PATTERNS), source.read(MODIFIERS), ActorLexicon.load(source));
    }

    /** Compiles a scorer from already-read tables. */
    static StanceScorer of(TsvTable patterns, TsvTable modifierTable, ActorLexicon actors) {
        Map<String, List<StancePattern>> lists = new HashMap<>();
        for (TsvTable.Row row : patterns.rows()) {
            StancePattern p = StancePattern.parse(row);
            for (String form : p.elements()[0]) {
                lists.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, StancePattern[]> byFirst = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<StancePattern>> e : lists.entrySet()) {
            List<StancePattern> l = e.getValue();
            l.sort((a, b) -> Integer.compare(b.length(), a.length())); // most elements first
            byFirst.put(e.getKey(), l.toArray(NO_PATTERNS));
        }
        Map<String, Integer> mods = new HashMap<>();
        for (TsvTable.Row row : modifierTable.rows()) {
            String word = row.required("word").toLowerCase(Locale.ROOT);
            String kind = row.required("kind").toUpperCase(Locale.ROOT);
            int bit = switch (kind) {
                case "NEGATE" -> NEGATE;
                case "HEDGE" -> HEDGING;
                case "CONDITION" -> CONDITION;
                case "DOMESTIC" -> DOMESTIC;
                case "NONACTOR" -> NONACTOR;
                default -> throw row.error("unknown modifier kind '" + kind
                        + "' (NEGATE, HEDGE, CONDITION, DOMESTIC, NONACTOR)");
            };
            mods.merge(word, bit, (a, b) -> a | b);
        }
        for (String p : new String[] {".", ";", "!", "?", ":", ",", "--", "but", "while", "whereas", "although"}) {
            mods.merge(p, CLAUSE, (a, b) -> a | b);
        }
        java.util.Set<String> keys = new java.util.HashSet<>(byFirst.keySet());
        keys.addAll(mods.keySet());
        keys.addAll(actors.firstForms());
        Map<String, Lex> lexicon = new HashMap<>(keys.size() * 2);
        for (String k : keys) {
            lexicon.put(k, new Lex(byFirst.get(k), mods.getOrDefault(k, 0), actors.startingWith(k)));
        }
        return new StanceScorer(lexicon, actors);
    }

    /** The actor lexicon this scorer finds counterparts and affiliations with. */
    public ActorLexicon actors() {
        return actors;
    }

    /** One firing pattern while a statement is scored. */
    private static final class Fired {
        final StancePattern pattern;
        final int first;
        final int last;
        double factor = 1;
        boolean negated;
        List<String> modifiers;

        Fired(StancePattern pattern, int first, int last) {
            this.pattern = pattern;
            this.first = first;
            this.last = last;
        }

        void note(String m) {
            if (modifiers == null) {
                modifiers = new ArrayList<>(2);
            }
            modifiers.add(m);
        }

        double effective() {
            double w = pattern.weight() / 10.0;
            if (negated) {
                // a refused or negated offer is a rejection; a negated threat is a weak gesture
                w = w > 0 ? -Math.max(0.4, 0.8 * w) : -0.3 * w;
            }
            return w * factor;
        }
    }

    /**
     * The stance of {@code content}; {@code cue} (possibly empty) is the attribution cue.
     * Token offsets index into {@code text}, and so do the evidence and counterpart spans.
     */
    public StanceScore score(CharSequence text, List<Token> content, List<Token> cue) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = cue == null || cue.isEmpty() ? content : merge(content, cue);
        int n = tokens.size();
        List<Fired> fired = null;
        // per-token modifier bits and actor starts: allocated when the first entry fires, so that
        // a statement where nothing fires allocates nothing
        int[] mods = null;
        ActorLexicon.Alias[][] actorStarts = null;
        int i = 0;
        while (i < n) {
            Lex lex = lexicon.get(tokens.get(i).lower());
            if (lex == null) {
                i++;
                continue;
            }
            if (mods != null) {
                mods[i] = lex.mods;
                actorStarts[i] = lex.actors;
            }
            StancePattern[] cands = lex.patterns;
            if (cands != null) {
                Fired f = matchAt(tokens, i, cands);
                if (f != null && f.pattern.weight() != 0) {
                    if (fired == null) {
                        fired = new ArrayList<>(4);
                        mods = new int[n];
                        actorStarts = new ActorLexicon.Alias[n][];
                        fillMods(tokens, mods, actorStarts, 0, i);
                    }
                    fired.add(f);
                }
                if (f != null) {
                    // a match uses up its span, gap included: "release the detained sailors" is one
                    // release, not also a detention; a stop phrase (weight 0) counts nothing
                    if (mods != null) {
                        fillMods(tokens, mods, actorStarts, i + 1, f.last);
                    }
                    i = f.last + 1;
                    continue;
                }
            }
            i++;
        }
        if (fired == null) {
            return NEUTRAL;
        }
        List<ActorLexicon.Found> found = actors.find(tokens, 0, n, actorStarts);
        modify(tokens, mods, fired, found);
        Fired main = null;
        for (int fIndex = 0; fIndex < fired.size(); fIndex++) {
            Fired f = fired.get(fIndex);
            if (f.factor != 0 && Math.abs(f.pattern.weight()) >= STRONG) {
                main = f;
                break;
            }
        }
        if (main == null) {
            for (int fIndex = 0; fIndex < fired.size(); fIndex++) {
                Fired f = fired.get(fIndex);
                if (main == null || Math.abs(f.effective()) > Math.abs(main.effective())) {
                    main = f;
                }
            }
        }
        main = purposeOf(tokens, fired, main);
        double mainScore = main.effective();
        double score = mainScore;
        List<Evidence> evidence = new ArrayList<>(fired.size());
        for (int fIndex = 0; fIndex < fired.size(); fIndex++) {
            Fired f = fired.get(fIndex);
            double c = f.effective() * (f == main ? 1 : SECONDARY);
            if (f != main && c != 0) {
                f.note(SECONDARY_NOTE);
                score += c;
            }
            Span span = new Span(tokens.get(f.first).start(), tokens.get(f.last).end());
            evidence.add(new Evidence(LEXICON, f.pattern.entry(), span.slice(text), span,
                    f.pattern.category(), f.pattern.weight(), c,
                    f.modifiers == null ? List.of() : f.modifiers));
        }
        // the main event decides the direction: the others can weaken it by half at most
        if (mainScore != 0 && (Math.signum(score) != Math.signum(mainScore)
                || Math.abs(score) < MIN_MAIN_SHARE * Math.abs(mainScore))) {
            score = MIN_MAIN_SHARE * mainScore;
        }
        score = Math.max(-1, Math.min(1, score));
        if (Math.abs(score) < 1e-9) {
            score = 0;
        }
        StanceLabel label = score >= THRESHOLD ? StanceLabel.COOPERATIVE
                : score <= -THRESHOLD ? StanceLabel.CONFLICTUAL : StanceLabel.NEUTRAL;
        Mention counterpart = label == StanceLabel.NEUTRAL ? null : counterpart(text, tokens, found, main);
        String actor = counterpart == null ? null : actors.affiliation(counterpart.text()).orElse(null);
        return new StanceScore(score, label, counterpart, actor, evidence);
    }

    /**
     * The main event, or the purpose it serves when that points the other way: in "sent 500 troops
     * (to Mali) to attack the rebels" the sending is the means and the attack, a strong entry that is
     * a bare verb right after "to", straight after the main event's span or after a destination ("to
     * Mali"), is what the statement reports. Only for a means (AID, MOBILIZE) whose span holds its
     * object ("sent 500 troops"): in "would not meet demands to release prisoners" the demand keeps
     * its content.
     */
    private static Fired purposeOf(List<Token> tokens, List<Fired> fired, Fired main) {
        for (int k = 0; k < fired.size(); k++) {
            Fired f = fired.get(k);
            int to = f.first - 1;
            if (f != main && f.factor != 0 && Math.abs(f.pattern.weight()) >= STRONG
                    && MEANS.contains(main.pattern.category()) && main.last > main.first
                    && to > main.last && tokens.get(to).lower().equals("to") && isBareVerb(tokens.get(f.first))
                    && Math.signum(f.effective()) == -Math.signum(main.effective())
                    && (to == main.last + 1 || isDestination(tokens, main.last + 1, to))) {
                return f;
            }
        }
        return main;
    }

    /** "to Mali", "into the region": a destination of at most three words between a sending and its purpose. */
    private static boolean isDestination(List<Token> tokens, int from, int to) {
        String first = tokens.get(from).lower();
        if (to - from < 2 || to - from > 4 || !first.equals("to") && !first.equals("into")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word can be a bare infinitive after "to" ("attack", "address"), not "demands", "talks". */
    private static boolean isBareVerb(Token t) {
        String w = t.lower();
        return !(w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed") || w.endsWith("ing"));
    }

    private Fired matchAt(List<Token> tokens, int i, StancePattern[] cands) {
        StancePattern best = null;
        int bestLast = -1;
        for (StancePattern p : cands) {
            if (best != null && p.length() < best.length()) {
                break;
            }
            int last = matchEnd(tokens, i, p);
            if (last >= 0 && last > bestLast) {
                best = p;
                bestLast = last;
            }
        }
        if (best == null) {
            return null;
        }
        return new Fired(best, i, bestLast);
    }

    /** The index of the last token of {@code p} matched from {@code i}, or -1. */
    private static int matchEnd(List<Token> tokens, int i, StancePattern p) {
        int n = tokens.size();
        int pos = i;
        for (int e = 1; e < p.length(); e++) {
            int gap = p.gaps()[e];
            int next = -1;
            for (int k = pos + 1; k <= pos + 1 + gap && k < n; k++) {
                String lower = tokens.get(k).lower();
                if (p.elements()[e].contains(lower)) {
                    next = k;
                    break;
                }
                if (isBreak(lower)) {
                    break;
                }
            }
            if (next < 0) {
                return -1;
            }
            pos = next;
        }
        return pos;
    }

    private static boolean isBreak(String lower) {
        if (lower.length() != 1) {
            return false;
        }
        char c = lower.charAt(0);
        return c == '.' || c == ';' || c == '!' || c == '?';
    }

    private void fillMods(List<Token> tokens, int[] mods, ActorLexicon.Alias[][] actorStarts, int from, int to) {
        for (int k = from; k <= to; k++) {
            Lex lex = lexicon.get(tokens.get(k).lower());
            if (lex != null) {
                mods[k] = lex.mods;
                actorStarts[k] = lex.actors;
            }
        }
    }

    /** Applies negation, refusal scope, hedges, conditions, domestic beneficiaries and actor checks. */
    private void modify(List<Token> tokens, int[] mods, List<Fired> fired, List<ActorLexicon.Found> found) {
        int n = tokens.size();
        int refusalEnd = -1;
        String refusal = null;
        Fired appeal = null;
        int appealEnd = -1;
        String demand = null;
        int demandEnd = -1;
        int stopScan = 0;
        int lastStop = -1;
        boolean[] actorTokens = null;
        for (int fi = 0; fi < fired.size(); fi++) {
            Fired f = fired.get(fi);
            StancePattern p = f.pattern;
            int lastOfPrevious = fi == 0 ? -1 : fired.get(fi - 1).last;
            // negation just before, within the clause and not before the previous firing
            for (int k = f.first - 1; k >= Math.max(0, f.first - NEG_WINDOW) && k > lastOfPrevious; k--) {
                int m = mods[k];
                if ((m & CLAUSE) != 0) {
                    break;
                }
                if (((m & NEGATE) != 0 || isRatherThan(tokens, k)) && !(k + 1 < n && tokens.get(k + 1).lower().equals("only"))) {
                    f.negated = true;
                    f.note("negated by '" + tokens.get(k).text() + "'");
                    break;
                }
                if ((m & HEDGING) != 0) {
                    f.factor *= HEDGE;
                    f.note("hedged by '" + tokens.get(k).text() + "'");
                }
            }
            // inside a refusal's scope: "refused to allow", "rejected an offer to cooperate"
            if (!f.negated && p.weight() > 0 && f.first <= refusalEnd) {
                f.negated = true;
                f.note("in the scope of '" + refusal + "'");
            }
            if (p.weight() < 0 && !f.negated && p.is(StancePattern.REJECT)) {
                refusalEnd = clauseEnd(tokens, f.last, REFUSAL_SCOPE);
                refusal = p.entry();
            }
            // inside an appeal's scope: asked for, not done. By the scale's convention an appeal to
            // yield (CAMEO 025: "urged X to release ...") is no event; an appeal for cooperation or
            // aid (021-023, 026-028) stays cooperative; an appeal for a hostile act is not an appeal
            if (appeal != null && f.first <= appealEnd) {
                if (p.is(StancePattern.YIELD) && !f.negated) {
                    f.factor = 0;
                    f.note("appealed for by '" + appeal.pattern.entry() + "', not done");
                    appeal.factor = 0;
                    appeal.note("an appeal to yield (CAMEO 025, -0.3)");
                } else if (f.effective() < 0 && appeal.factor != 0) {
                    appeal.factor = 0;
                    appeal.note("appeal for a conflictual act");
                }
            }
            // inside a demand's scope: "insisted that the rector resign" asks for a resignation
            if (demandEnd >= f.first && p.weight() > 0 && !f.negated) {
                f.factor = 0;
                f.note("demanded by '" + demand + "', not done");
            }
            if (p.is(StancePattern.DEMAND) && !f.negated) {
                demandEnd = clauseEnd(tokens, f.last, APPEAL_SCOPE);
                demand = p.entry();
            }
            if (p.is(StancePattern.APPEAL) && !f.negated) {
                appeal = f;
                appealEnd = clauseEnd(tokens, f.last, APPEAL_SCOPE);
            }
            // an "if" clause: weakened. The nearest condition word or clause break (not a comma)
            // before the firing decides; found by one forward scan shared by all firings, which
            // come in text order (scanning back from each firing was quadratic in long texts)
            if (f.first < stopScan) { // not in text order after all: scan again from the start
                stopScan = 0;
                lastStop = -1;
            }
            for (; stopScan < f.first; stopScan++) {
                int m = mods[stopScan];
                if ((m & CONDITION) != 0 || (m & CLAUSE) != 0 && !tokens.get(stopScan).lower().equals(",")) {
                    lastStop = stopScan;
                }
            }
            if (lastStop >= 0 && (mods[lastStop] & CONDITION) != 0) {
                f.factor *= HEDGE;
                f.note("conditional on '" + tokens.get(lastStop).text() + "'");
            }
            // who acts on whom
            if (p.weight() > 0 && !f.negated && p.is(StancePattern.BENEFIT) && f.first > 0) {
                Token before = tokens.get(f.first - 1);
                if ((mods[f.first - 1] & DOMESTIC) != 0 && !POSSESSIVES.contains(before.lower())) {
                    f.factor = 0;
                    f.note("domestic: '" + before.text() + "'");
                }
            }
            if (p.weight() > 0 && !f.negated && f.factor != 0 && p.is(StancePattern.BENEFIT)) {
                int end = Math.min(n - 1, f.last + DOMESTIC_WINDOW);
                for (int k = f.last + 1; k <= end; k++) {
                    if (actorTokens == null) {
                        actorTokens = actorTokens(found, n);
                    }
                    if ((mods[k] & CLAUSE) != 0 || actorTokens[k]) {
                        break;
                    }
                    if ((mods[k] & DOMESTIC) != 0) {
                        f.factor = 0;
                        f.note("domestic beneficiary '" + tokens.get(k).text() + "'");
                        break;
                    }
                }
            }
            if (p.weight() < 0 && f.factor != 0 && p.is(StancePattern.MATERIAL)) {
                int target = nonActorNear(mods, f);
                if (target >= 0) {
                    f.factor = 0;
                    f.note("aimed at no actor: '" + tokens.get(target).text() + "'");
                }
            }
            if (f.factor != 0 && p.requires() != StancePattern.Requires.NONE) {
                boolean ok = false;
                for (int aIndex = 0; aIndex < found.size(); aIndex++) {
                    ActorLexicon.Found a = found.get(aIndex);
                    if (a.type() == ActorLexicon.Type.AGENT && !(p.weight() < 0 && p.is(StancePattern.MATERIAL))) {
                        continue; // rebels or police can fight, but cannot sign treaties for a country
                    }
                    if (p.requires() == StancePattern.Requires.ACTOR
                            || a.firstToken() > f.last && a.firstToken() <= f.last + ACTOR_AFTER) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    f.factor = 0;
                    f.note(p.requires() == StancePattern.Requires.ACTOR ? "no actor named" : "no actor after it");
                }
            }
        }
    }

    /**
     * "rather than" and "instead of" negate what follows them: "dialogue rather than sanctions".
     * A word of its own in stance-modifiers.tsv would not do: "than" alone also follows counts
     * ("more than 500").
     */
    private static boolean isRatherThan(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return w.equals("than") && k > 0 && tokens.get(k - 1).lower().equals("rather")
                || w.equals("of") && k > 0 && tokens.get(k - 1).lower().equals("instead");
    }

    /** Which of the {@code n} tokens lie inside a found actor (one array per statement, not a scan per token). */
    private static boolean[] actorTokens(List<ActorLexicon.Found> found, int n) {
        boolean[] inside = new boolean[n];
        for (int aIndex = 0; aIndex < found.size(); aIndex++) {
            ActorLexicon.Found a = found.get(aIndex);
            for (int k = Math.max(0, a.firstToken()); k <= a.lastToken() && k < n; k++) {
                inside[k] = true;
            }
        }
        return inside;
    }

    private static int nonActorNear(int[] mods, Fired f) {
        int n = mods.length;
        for (int k = f.last + 1; k < n && k <= f.last + NONACTOR_AFTER; k++) {
            int m = mods[k];
            if ((m & NONACTOR) != 0) {
                return k;
            }
            if ((m & CLAUSE) != 0) {
                break;
            }
        }
        for (int k = f.first - 1; k >= 0 && k >= f.first - NONACTOR_BEFORE; k--) {
            int m = mods[k];
            if ((m & NONACTOR) != 0) {
                return k;
            }
            if ((m & CLAUSE) != 0) {
                break;
            }
        }
        return -1;
    }

    private int clauseEnd(List<Token> tokens, int from, int max) {
        int end = Math.min(tokens.size() - 1, from + max);
        for (int k = from + 1; k <= end; k++) {
            if (isBreak(tokens.get(k).lower())) {
                return k - 1;
            }
        }
        return end;
    }

    /**
     * The counterpart: the actor nearest after the main event that is not the statement's agent
     * (the first actor named before the main event); else any other actor. In a compound dyad
     * ("China-France partnership") the speaker's side is conventionally named first, so its last
     * part is preferred.
     */
    private Mention counterpart(CharSequence text, List<Token> tokens, List<ActorLexicon.Found> found, Fired main) {
        if (found.isEmpty()) {
            return null;
        }
        boolean named = false; // whether a country or organisation is named: then generic agents give way
        for (int aIndex = 0; aIndex < found.size(); aIndex++) {
            named |= found.get(aIndex).type() != ActorLexicon.Type.AGENT;
        }
        String agent = null;
        ActorLexicon.Found first = found.get(0);
        if (first.lastToken() < main.first) {
            agent = first.actor();
        }
        ActorLexicon.Found best = null;
        for (int aIndex = 0; aIndex < found.size(); aIndex++) {
            ActorLexicon.Found a = found.get(aIndex);
            if (a.type() == ActorLexicon.Type.AGENT && named) {
                continue;
            }
            if (a.firstToken() >= main.first && !a.actor().equals(agent)) {
                if (best == null) {
                    best = a;
                } else if (best.firstToken() == a.firstToken()) {
                    best = a; // a later part of the same hyphenated compound
                } else {
                    break;
                }
            }
        }
        if (best == null) {
            for (int aIndex = 0; aIndex < found.size(); aIndex++) {
                ActorLexicon.Found a = found.get(aIndex);
                if (!a.actor().equals(agent) && !(a.type() == ActorLexicon.Type.AGENT && named)) {
                    best = a;
                    break;
                }
            }
        }
        return best == null ? null : Mention.of(text.toString(), best.span());
    }

    private static List<Token> merge(List<Token> content, List<Token> cue) {
        List<Token> all = new ArrayList<>(content.size() + cue.size());
        int a = 0, b = 0;
        while (a < content.size() || b < cue.size()) {
            if (b >= cue.size() || a < content.size() && content.get(a).start() <= cue.get(b).start()) {
                all.add(content.get(a++));
            } else {
                all.add(cue.get(b++));
            }
        }
        return all;
    }

    /**
     * The country or organisation a speaker speaks for, from the speaker's mention and the
     * words around it ("Chinese President Xi Jinping" gives China), if the text gives one.
     *
     * @param speakerPhrase the speaker mention with its modifiers as written in the text
     */
    public Optional<String> affiliation(String speakerPhrase) {
        return actors.affiliation(speakerPhrase);
    }
}
