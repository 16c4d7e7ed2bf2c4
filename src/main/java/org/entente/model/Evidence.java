package org.entente.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One lexicon entry that fired while scoring, and what happened to it. Immutable and thread-safe.
 *
 * @param lexicon      the lexicon the entry comes from (e.g. {@code vader}, {@code tone-news}, {@code stance})
 * @param entry        the entry as written in the lexicon ("strengthen cooperation")
 * @param matched      the text it matched, as written in the scored text
 * @param span         where it matched: into the scored text for {@code score(text)}, into the
 *                     document for statements found by {@code analyze}
 * @param category     the entry's category, or {@code ""}: for stance the event class ({@code COOPERATE});
 *                     for tone {@code CUE} (the cue's own tone) or {@code MODIFIER} (a modifier word's own
 *                     tone, such as "not": it counts in the score but makes no label)
 * @param weight       the entry's weight in its lexicon
 * @param contribution what it finally contributed, after the modifiers
 * @param modifiers    what changed it, in words ("negated by 'not'", "intensified by 'deeply'")
 */
public record Evidence(String lexicon, String entry, String matched, Span span, String category,
                       double weight, double contribution, List<String> modifiers) {

    public Evidence {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(span, "span");
        category = category == null ? "" : category;
        modifiers = List.copyOf(modifiers);
        if (!Double.isFinite(weight) || !Double.isFinite(contribution)) {
            throw new IllegalArgumentException("non-finite weight for entry '" + entry + "'");
        }
    }

    /** This evidence with its span moved right by {@code offset}. */
    public Evidence shift(int offset) {
        return offset == 0 ? this : new Evidence(lexicon, entry, matched, span.shift(offset), category,
                weight, contribution, modifiers);
    }

    /** One readable line, e.g. {@code +1.60 "welcome"@[4,12) vader ×-0.74 [negated by 'not']}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%+.2f \"%s\"", contribution, matched));
        if (!entry.equalsIgnoreCase(matched)) {
            s.append(" (").append(entry).append(')');
        }
        if (!category.isEmpty()) {
            s.append(' ').append(category);
        }
        s.append(' ').append(lexicon).append(String.format(Locale.ROOT, " w=%+.2f", weight));
        if (!modifiers.isEmpty()) {
            s.append(' ').append(modifiers);
        }
        return s.toString();
    }
}
