package org.entente.extract;

import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.model.Span;

/** Noun-phrase extents over the dependency tree. Stateless. */
final class NounPhrases {

    /** Relations whose dependents belong to a speaker's noun phrase. */
    private static final Set<String> KEEP = Set.of("compound", "flat", "amod", "det", "nmod:poss", "nummod",
            "case", "nmod", "cc", "conj", "fixed", "det:predet", "nmod:npmod", "nmod:tmod");

    private NounPhrases() {
    }

    /**
     * The extent of the noun phrase headed by {@code head}: the head with its name parts, titles,
     * determiners, possessors and "of" modifiers, but not its appositions or relative clauses
     * ("X, who replaced Y," gives "X").
     */
    static Span span(Sentence s, int head) {
        int[] bounds = {head, head};
        extend(s, head, bounds, 0);
        return new Span(s.word(bounds[0]).span().start(), s.word(bounds[1]).span().end());
    }

    private static void extend(Sentence s, int node, int[] bounds, int depth) {
        if (depth > 6) {
            return;
        }
        for (int c : s.children(node)) {
            Word w = s.word(c);
            if (!KEEP.contains(w.relation())) {
                continue;
            }
            if (w.relation().equals("case") && !(w.pos().equals("POS") || depth > 0)) {
                continue;
            }
            if (w.relation().equals("nmod") && !hasCase(s, c, "of")) {
                continue;
            }
            // only contiguous growth: a dependent separated by a comma (apposition-like) stays out
            if (c < bounds[0] && hasPunctBetween(s, c, bounds[0])) {
                continue;
            }
            if (c > bounds[1] && hasPunctBetween(s, bounds[1], c)) {
                continue;
            }
            bounds[0] = Math.min(bounds[0], c);
            bounds[1] = Math.max(bounds[1], c);
            extend(s, c, bounds, depth + 1);
        }
    }

    private static boolean hasCase(Sentence s, int node, String lemma) {
        for (int c : s.children(node)) {
            if (s.word(c).isRel("case") && s.word(c).lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPunctBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Word w = s.word(i);
            if (w.relation().equals("punct") && (w.text().equals(",") || w.text().equals("(") || w.text().equals("--"))) {
                return true;
            }
        }
        return false;
    }
}
