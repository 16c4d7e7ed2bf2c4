package org.entente.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.lexicon.TsvTable;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * The tone lexicon compiled for scoring: one hash lookup per token, on the lower-cased form, gives
 * the token's single-word entry, its modifier role and the multi-word entries that start with it.
 * Layers are merged in order, a later layer's entry replacing an earlier one of the same text.
 * Immutable and thread-safe; package-private, built by {@link ToneScorer#load}.
 */
final class ToneLexicon {

    /** Modifier roles of tone-rules.tsv. */
    static final byte NONE = 0;
    static final byte NEGATOR = 1;
    static final byte BOOSTER = 2;
    static final byte HEDGE = 3;
    static final byte CANCEL = 4;
    static final byte CONTRAST = 5;
    static final byte CONCEDE = 6;
    static final byte COUNTER = 7;
    /**
     * The word's own entry counts only when the next token is a word (not punctuation, not the end
     * of the statement): "too little" judges excess, "the mayor, too, welcomed" and "voted for it
     * too." mean "also". It modifies no other entry.
     */
    static final byte PREMODIFIER = 8;
    /**
     * An evaluative adverb of degree ("remarkably", "terribly"): directly before a word with an
     * evaluative entry it is a booster and its own entry weighs nothing ("terribly good",
     * "remarkably harsh"); anywhere else it is a plain word whose own entry counts ("performed
     * remarkably").
     */
    static final byte DEGREE = 9;

    /** An entry of some layer: its text as written, its layer and its valence (-4..4). */
    record Entry(String text, String layer, double valence) {
    }

    /** A multi-token entry: the lower-cased tokens it matches. */
    record Phrase(String[] tokens, Entry entry) {
    }

    /** Everything known about one lower-cased token. */
    static final class Word {
        final Entry entry;          // single-token entry, or null
        final byte role;
        final double factor;        // booster / hedge multiplier
        final Phrase[] phrases;     // multi-token entries starting with this token, longest first
        final String note;          // how the role reads in evidence ("negated by 'not'")
        final String noteBefore;    // for a contrast word: "before contrast 'but'"
        final String noteAfter;     // for a contrast word: "after contrast 'but'"

        Word(String word, Entry entry, byte role, double factor, Phrase[] phrases) {
            this.entry = entry;
            this.role = role;
            this.factor = factor;
            this.phrases = phrases;
            this.note = switch (role) {
                case NEGATOR -> "negated by '" + word + "'";
                case BOOSTER, DEGREE -> "intensified by '" + word + "'";
                case HEDGE -> "hedged by '" + word + "'";
                case CONCEDE -> "in concessive clause '" + word + "'";
                case COUNTER -> "countered by '" + word + "'";
                default -> "";
            };
            this.noteBefore = role == CONTRAST ? "before contrast '" + word + "'" : "";
            this.noteAfter = role == CONTRAST ? "after contrast '" + word + "'" : "";
        }
    }

    private static final Phrase[] NO_PHRASES = new Phrase[0];

    /**
     * The layer of small usage valences for words no other layer lists ({@code tone-context.tsv}):
     * it is not inflected (it lists every form it covers) and does not count in a cue's own tone.
     */
    static final String CONTEXT = "context";

    private final Map<String, Word> words;
    private final int entries;

    private ToneLexicon(Map<String, Word> words, int entries) {
        this.words = words;
        this.entries = entries;
    }

    /** The token's information, or {@code null} if the lexicon knows nothing of it. */
    Word get(String lower) {
        return words.get(lower);
    }

    /** Number of entries after merging the layers. */
    int size() {
        return entries;
    }

    /**
     * Compiles layers (in order of precedence, lowest first) and the rules table.
     *
     * @param layers layer name to its table (columns {@code entry}, {@code valence})
     * @param rules  the rules table (columns {@code word}, {@code role}, {@code factor})
     */
    static ToneLexicon compile(Map<String, TsvTable> layers, TsvTable rules, boolean inflect) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, Entry> single = new HashMap<>();
        Map<String, Phrase> multi = new LinkedHashMap<>();
        for (Map.Entry<String, TsvTable> layer : layers.entrySet()) {
            TsvTable table = layer.getValue();
            requireColumns(table, "entry", "valence");
            for (TsvTable.Row row : table.rows()) {
                String text = row.required("entry").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                double valence = row.number("valence");
                if (valence < -4 || valence > 4) {
                    throw row.error("valence " + valence + " outside [-4, 4]");
                }
                List<Token> tokens = tokenizer.tokenize(text);
                if (tokens.isEmpty()) {
                    throw row.error("entry '" + text + "' has no token");
                }
                Entry entry = new Entry(text, layer.getKey(), valence);
                if (tokens.size() == 1) {
                    single.put(tokens.get(0).lower(), entry);
                } else {
                    String[] parts = tokens.stream().map(Token::lower).toArray(String[]::new);
                    multi.put(String.join(" ", parts), new Phrase(parts, entry));
                }
            }
        }
        if (inflect) {
            Map<String, Entry> derived = new HashMap<>();
            for (Map.Entry<String, Entry> e : single.entrySet()) {
                if (e.getValue().valence() != 0 && !CONTEXT.equals(e.getValue().layer())) {
                    for (String form : inflections(e.getKey())) {
                        // a form listed only by a layer that is not inflected (the context layer's
                        // usage tone) gives way to the inflected entry of an evaluative layer
                        Entry listed = single.get(form);
                        if (listed == null || CONTEXT.equals(listed.layer())) {
                            derived.putIfAbsent(form, e.getValue());
                        }
                    }
                }
            }
            for (Map.Entry<String, Entry> e : derived.entrySet()) {
                Entry base = e.getValue();
                single.put(e.getKey(), new Entry(base.text(), base.layer(), base.valence()));
            }
        }
        Map<String, byte[]> roles = new HashMap<>();
        Map<String, Double> factors = new HashMap<>();
        requireColumns(rules, "word", "role", "factor");
        for (TsvTable.Row row : rules.rows()) {
            String word = row.required("word").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            byte role = switch (row.required("role")) {
                case "NEGATOR" -> NEGATOR;
                case "BOOSTER" -> BOOSTER;
                case "HEDGE" -> HEDGE;
                case "CANCEL" -> CANCEL;
                case "CONTRAST" -> CONTRAST;
                case "CONCEDE" -> CONCEDE;
                case "COUNTER" -> COUNTER;
                case "PREMODIFIER" -> PREMODIFIER;
                case "DEGREE" -> DEGREE;
                default -> throw row.error("unknown role '" + row.required("role")
                        + "' (NEGATOR, BOOSTER, HEDGE, CANCEL, CONTRAST, CONCEDE, COUNTER, PREMODIFIER, DEGREE)");
            };
            double factor = 1;
            if (role == BOOSTER || role == DEGREE || role == HEDGE) {
                factor = row.number("factor");
                if ((role == BOOSTER || role == DEGREE) && factor < 1 || role == HEDGE && (factor > 1 || factor < 0)) {
                    throw row.error("factor " + factor + " does not fit role " + row.required("role"));
                }
            }
            roles.put(word, new byte[] {role});
            factors.put(word, factor);
        }
        Map<String, List<Phrase>> byFirst = new HashMap<>();
        for (Phrase p : multi.values()) {
            byFirst.computeIfAbsent(p.tokens()[0], k -> new ArrayList<>()).add(p);
        }
        java.util.Set<String> keys = new java.util.HashSet<>(single.keySet());
        keys.addAll(roles.keySet());
        keys.addAll(byFirst.keySet());
        Map<String, Word> words = new HashMap<>(keys.size() * 2);
        for (String k : keys) {
            List<Phrase> ps = byFirst.get(k);
            Phrase[] phrases = NO_PHRASES;
            if (ps != null) {
                phrases = ps.toArray(NO_PHRASES);
                Arrays.sort(phrases, Comparator.comparingInt((Phrase p) -> -p.tokens().length));
            }
            byte[] role = roles.get(k);
            words.put(k, new Word(k, single.get(k), role == null ? NONE : role[0],
                    factors.getOrDefault(k, 1.0), phrases));
        }
        return new ToneLexicon(words, single.size() + multi.size());
    }

    /**
     * Regular inflections of a single lower-case word (plural / third person, past, gerund,
     * adverb), generated for entries whose lexicon lacks them ("sacrifice" gives "sacrificed").
     * A form that is an entry of its own keeps its own valence.
     */
    static List<String> inflections(String w) {
        int n = w.length();
        if (n < 4) {
            return List.of();
        }
        for (int i = 0; i < n; i++) {
            char ch = w.charAt(i);
            if (ch < 'a' || ch > 'z') {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>(6);
        char last = w.charAt(n - 1);
        char prev = w.charAt(n - 2);
        boolean vowel = "aeiou".indexOf(prev) >= 0;
        if (last == 'e') {
            out.add(w + "s");
            out.add(w + "d");
            out.add(w.substring(0, n - 1) + "ing");
            out.add(w.endsWith("le") ? w.substring(0, n - 1) + "y" : w + "ly");
        } else if (last == 'y' && !vowel) {
            String stem = w.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
            out.add(stem + "ily");
        } else if (last == 's' || last == 'x' || last == 'z' || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
            out.add(w + "ed");
            out.add(w + "ing");
            out.add(w + "ly");
        } else if (w.endsWith("ic")) {
            out.add(w + "s");
            out.add(w + "ally");
        } else if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly")) {
            out.add(w.endsWith("ly") ? w : w + "ly");
        } else {
            out.add(w + "s");
            out.add(w + "ed");
            out.add(w + "ing");
            out.add(w + "ly");
        }
        if (w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ive") || w.endsWith("ent") || w.endsWith("ant")
                || w.endsWith("al")) {
            out.add(w + "ness");
        }
        return out;
    }

    static void requireColumns(TsvTable table, String... columns) {
        for (String c : columns) {
            if (!table.columns().contains(c)) {
                throw new org.entente.EntenteException(table.name() + ": missing column '" + c
                        + "' (header has " + table.columns() + ")");
            }
        }
    }
}
