package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast rule-based English tokenizer for scoring: words (with inner hyphens, inner periods of
 * abbreviations such as {@code U.S.}, and numbers such as {@code 3.5}), clitics split off as in the
 * Penn Treebank ({@code did|n't}, {@code China|'s}), and punctuation (a run of the same mark is one
 * token: {@code !!!}). It loads no model. Stateless and thread-safe.
 */
public final class Tokenizer {

    private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

    /** Tokenises all of {@code text}; token offsets index into {@code text}. */
    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokenises {@code text[from, to)}; token offsets index into {@code text}. */
    public List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        tokenizeInto(text, from, to, out);
        return out;
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out}. */
    public void tokenizeInto(CharSequence text, int from, int to, List<Token> out) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside text of length " + text.length());
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0' || c == '\ufeff') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, to, out);
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                add(text, i, i + 2, out);
                i += 2;
            } else {
                int j = i + 1;
                while (j < to && text.charAt(j) == c && !isQuote(c)) {
                    j++;
                }
                add(text, i, j, out);
                i = j;
            }
        }
    }

    private static int word(CharSequence text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '.' || c == '\'' || c == '\u2019' || c == '&' || c == '/' || c == ',')
                    && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(text, start, i, c)) {
                i++;
            } else {
                break;
            }
        }
        // abbreviation with a final period: U.S. / U.N. (single letters separated by periods)
        if (i < to && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.'
                && Character.isLetter(text.charAt(i - 1))) {
            i++;
        }
        int end = i;
        // split a trailing clitic off the word (compared char by char: no string built per word)
        for (String clitic : CLITICS) {
            if (endsWithClitic(text, start, end, clitic)) {
                int cut = end - clitic.length();
                add(text, start, cut, out);
                add(text, cut, end, out);
                return end;
            }
        }
        add(text, start, end, out);
        return end;
    }

    /**
     * Whether {@code text[start, end)}, lower-cased with curly apostrophes made straight, is longer
     * than {@code clitic} and ends with it. The clitics are ASCII, and the only characters that
     * lower-case to an ASCII letter are ASCII letters, so comparing {@code Character.toLowerCase}
     * of each char gives what comparing the lower-cased string gives.
     */
    private static boolean endsWithClitic(CharSequence text, int start, int end, String clitic) {
        int k = clitic.length();
        if (end - start <= k) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            char c = text.charAt(end - k + j);
            char want = clitic.charAt(j);
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                c = Character.toLowerCase(c);
            }
            if (c != want) {
                return false;
            }
        }
        return true;
    }

    /** Whether the mark at {@code i} joins two parts of one word. */
    private static boolean joins(CharSequence text, int start, int i, char c) {
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        switch (c) {
            case '-':
                return true;
            case '\'':
            case '\u2019':
                return Character.isLetter(prev) && Character.isLetter(next);
            case '.':
                // 3.5, U.S, e.g
                return Character.isDigit(prev) && Character.isDigit(next)
                        || Character.isLetter(next) && i - start == 1 && Character.isLetter(prev)
                        || Character.isLetter(next) && i - start >= 2 && text.charAt(i - 2) == '.';
            case ',':
                // 1,000
                return Character.isDigit(prev) && Character.isDigit(next);
            case '&':
                // AT&T
                return Character.isUpperCase(prev) && Character.isUpperCase(next);
            case '/':
                return Character.isDigit(prev) && Character.isDigit(next);
            default:
                return false;
        }
    }

    private static void add(CharSequence text, int start, int end, List<Token> out) {
        String t = text.subSequence(start, end).toString();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        out.add(new Token(t, lower, start, end));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
