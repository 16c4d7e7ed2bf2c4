package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Span;

/**
 * Finds quoted passages in a text: curly double quotes, straight double quotes paired within a
 * paragraph, and the news convention where a quote runs over several paragraphs, each new
 * paragraph opening with a quotation mark and only the last one closing it. Stateless and
 * thread-safe.
 */
final class QuoteFinder {

    /** The quoted passages of {@code text}, marks included, in order, not overlapping. */
    List<Span> find(String text) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        boolean curly = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // two apostrophes ('') stand for a straight double quote in some wire and newspaper styles
            boolean doubled = c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'';
            if (doubled) {
                c = '"';
            }
            if (c == '\n' && open >= 0 && isParagraphBreak(text, i)) {
                // paragraph ends inside a quote: if the next paragraph reopens it, the quote goes on;
                // otherwise the quote is unbalanced and is dropped
                int next = skipBlank(text, i);
                if (next < n && isOpening(text.charAt(next))) {
                    quotes.add(trimEnd(text, open, i));
                    open = -1;
                } else {
                    open = -1;
                }
                continue;
            }
            if (c == '\u201c' || (c == '"' && open < 0)) {
                if (open >= 0 && curly && c == '\u201c') {
                    open = i; // a second opening mark: restart at the later one
                    continue;
                }
                open = i;
                curly = c == '\u201c';
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                int end = doubled ? i + 2 : i + 1;
                if (i > open + 1) {
                    quotes.add(new Span(open, end));
                }
                open = -1;
            }
            if (doubled) {
                i++;
            }
        }
        return quotes;
    }

    private static boolean isOpening(char c) {
        return c == '\u201c' || c == '"';
    }

    private static boolean isParagraphBreak(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n' || j >= text.length();
    }

    private static int skipBlank(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static Span trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(start, e);
    }
}
