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
import org.entente.model.Span;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * Countries, demonyms, capitals standing for governments, international organisations and a few
 * leaders, each mapped to a canonical actor ("Chinese", "Beijing" and "Xi Jinping" all give
 * {@code China}). Read from {@code actors.tsv} (columns {@code alias, actor, type, case}) and
 * compiled once into a first-token index. Immutable and thread-safe.
 */
public final class ActorLexicon {

    /** The lexicon file name. */
    public static final String FILE = "actors.tsv";

    /** The kinds of actor alias. */
    public enum Type {
        COUNTRY, DEMONYM, CAPITAL, IGO, GROUP, LEADER,
        /** A generic armed or street actor ("rebels", "police"): can fight, speaks for no country. */
        AGENT
    }

    /**
     * An actor named in a text.
     *
     * @param actor      the canonical actor ("France")
     * @param type       what kind of alias named it
     * @param firstToken index of its first token in the scanned token list
     * @param lastToken  index of its last token (inclusive)
     * @param span       where it stands in the text
     */
    public record Found(String actor, Type type, int firstToken, int lastToken, Span span) {
    }

    /** One alias, compiled: its lower-cased tokens (and exact ones if it is case-sensitive). */
    record Alias(String[] lower, boolean exact, String[] exactText, String actor, Type type) {
    }

    private static final Alias[] NONE = new Alias[0];
    private static final Set<String> YES = Set.of("exact", "yes", "true", "cs");

    private final Map<String, Alias[]> byFirst;
    private final Tokenizer tokenizer = new Tokenizer();

    private ActorLexicon(Map<String, Alias[]> byFirst) {
        this.byFirst = byFirst;
    }

    /** Loads {@value #FILE} from {@code source}; a bad line fails naming file:line. */
    public static ActorLexicon load(LexiconSource source) {
        Objects.requireNonNull(source, "source");
        return of(source.read(FILE));
    }

    /** Compiles an actor table (columns alias, actor, type, and optionally case). */
    public static ActorLexicon of(TsvTable table) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, List<Alias>> lists = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String alias = row.required("alias");
            String actor = row.required("actor");
            Type type = row.parsed("type", v -> Type.valueOf(v.toUpperCase(Locale.ROOT)));
            String caseCell = row.optional("case").toLowerCase(Locale.ROOT);
            if (!caseCell.isEmpty() && !YES.contains(caseCell) && !caseCell.equals("no")) {
                throw row.error("column 'case' must be 'exact' or empty, not '" + caseCell + "'");
            }
            List<Token> tokens = tokenizer.tokenize(alias);
            if (tokens.isEmpty()) {
                throw row.error("alias '" + alias + "' has no word");
            }
            String[] lower = new String[tokens.size()];
            String[] text = new String[tokens.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = tokens.get(i).lower();
                text[i] = tokens.get(i).text();
            }
            Alias a = new Alias(lower, YES.contains(caseCell), text, actor, type);
            lists.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(a);
        }
        Map<String, Alias[]> byFirst = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<Alias>> e : lists.entrySet()) {
            List<Alias> l = e.getValue();
            l.sort((x, y) -> Integer.compare(y.lower.length, x.lower.length)); // longest first
            byFirst.put(e.getKey(), l.toArray(NONE));
        }
        return new ActorLexicon(byFirst);
    }

    /**
     * The actors named in {@code tokens[from, to)}, in text order, longest alias first where they
     * overlap. A hyphenated compound ("China-France", "Israeli-occupied") names each of its parts.
     */
    public List<Found> find(CharSequence text, List<Token> tokens, int from, int to) {
        return find(tokens, from, to, null);
    }

    /** The lower-cased forms that start some alias. */
    java.util.Set<String> firstForms() {
        return byFirst.keySet();
    }

    /** The aliases starting with the lower-cased form {@code lower}, longest first, or null. */
    Alias[] startingWith(String lower) {
        return byFirst.get(lower);
    }

    /**
     * As {@link #find(CharSequence, List, int, int)}, with the alias candidates of each token
     * already looked up by the caller ({@code candidates[i - from]}), or {@code null} to look them up.
     */
    List<Found> find(List<Token> tokens, int from, int to, Alias[][] candidates) {
        List<Found> out = new ArrayList<>(4);
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Alias[] cands = candidates == null ? byFirst.get(t.lower()) : candidates[i - from];
            int matched = cands == null ? 0 : matchAt(tokens, i, to, cands, out);
            if (matched > 0) {
                i += matched;
                continue;
            }
            String lower = t.lower();
            if (lower.indexOf('-') > 0) {
                int partStart = 0;
                for (int k = 0; k <= lower.length(); k++) {
                    if (k == lower.length() || lower.charAt(k) == '-') {
                        if (k > partStart) {
                            Alias a = single(lower.substring(partStart, k), t.text().substring(partStart, k));
                            if (a != null) {
                                out.add(new Found(a.actor, a.type, i, i,
                                        new Span(t.start() + partStart, t.start() + k)));
                            }
                        }
                        partStart = k + 1;
                    }
                }
            }
            i++;
        }
        return out;
    }

    private static int matchAt(List<Token> tokens, int i, int to, Alias[] cands, List<Found> out) {
        for (Alias a : cands) {
            int n = a.lower.length;
            if (i + n > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Token t = tokens.get(i + k);
                ok = a.exact ? t.text().equals(a.exactText[k]) : t.lower().equals(a.lower[k]);
            }
            if (ok) {
                out.add(new Found(a.actor, a.type, i, i + n - 1,
                        new Span(tokens.get(i).start(), tokens.get(i + n - 1).end())));
                return n;
            }
        }
        return 0;
    }

    private Alias single(String lower, String text) {
        Alias[] cands = byFirst.get(lower);
        if (cands == null) {
            return null;
        }
        for (Alias a : cands) {
            if (a.lower.length == 1 && (a.exact ? a.exactText[0].equals(text) : true)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The actor a speaker speaks for: the first actor named in the phrase ("Chinese President Xi
     * Jinping" gives China, "U.S. Secretary of State" gives United States), or empty ("he").
     */
    public Optional<String> affiliation(String speakerPhrase) {
        if (speakerPhrase == null || speakerPhrase.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = tokenizer.tokenize(speakerPhrase);
        for (Found f : find(speakerPhrase, tokens, 0, tokens.size())) {
            if (f.type() != Type.AGENT) {
                return Optional.of(f.actor());
            }
        }
        return Optional.empty();
    }
}
