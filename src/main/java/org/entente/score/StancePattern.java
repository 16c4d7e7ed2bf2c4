package org.entente.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.TsvTable;

/**
 * One compiled entry of the stance lexicon: a sequence of elements, each a set of lower-cased
 * surface forms (a lemma's inflections, or exact forms written {@code =form}), with the number of
 * tokens that may be skipped before each element ({@code *}: up to 3, {@code **}: up to 6).
 * Immutable and thread-safe.
 *
 * @param entry     the pattern as written in the lexicon
 * @param elements  the forms each element accepts
 * @param gaps      {@code gaps[i]}: how many tokens may stand between element i-1 and element i
 * @param weight    Goldstein-style weight, -10 .. +10
 * @param category  the event category (AGREE, ACCUSE, ...)
 * @param requires  what the statement must also name for the entry to count
 * @param rationale why the entry has its weight
 */
record StancePattern(String entry, Set<String>[] elements, int[] gaps, double weight, String category,
                     Requires requires, String rationale, int kinds) {

    /** Bits of {@link #kinds}: what the scorer's rules need to know of the category, computed once. */
    static final int BENEFIT = 1, MATERIAL = 2, REJECT = 4, YIELD = 8, DEMAND = 16, APPEAL = 32;

    /** The {@link #kinds} bits of a category. */
    static int kindsOf(String category) {
        return switch (category) {
            case "SUPPORT", "AID", "COOPERATE" -> BENEFIT;
            case "FIGHT", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN" -> MATERIAL;
            case "REJECT" -> REJECT;
            case "YIELD" -> YIELD;
            case "DEMAND" -> DEMAND;
            case "APPEAL" -> APPEAL;
            default -> 0;
        };
    }

    boolean is(int kind) {
        return (kinds & kind) != 0;
    }

    /** Short gap: {@code *}. */
    static final int SHORT_GAP = 3;
    /** Long gap: {@code **}. */
    static final int LONG_GAP = 6;

    /** What else the statement must name for the entry to count (who acts on whom). */
    enum Requires {
        /** Nothing. */
        NONE,
        /** Some actor (country, organisation, ...) anywhere in the statement. */
        ACTOR,
        /** An actor within a few tokens after the entry. */
        ACTOR_AFTER
    }

    int length() {
        return elements.length;
    }

    /** Parses one lexicon row; fails naming file:line. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static StancePattern parse(TsvTable.Row row) {
        String pattern = row.required("pattern");
        double weight = row.number("weight");
        if (weight < -10 || weight > 10) {
            throw row.error("weight " + weight + " is outside -10 .. +10");
        }
        String category = row.required("category").toUpperCase(Locale.ROOT);
        if (!category.matches("[A-Z_]+")) {
            throw row.error("category '" + category + "' is not an upper-case word");
        }
        String req = row.optional("requires").toLowerCase(Locale.ROOT);
        Requires requires = switch (req) {
            case "" -> Requires.NONE;
            case "actor" -> Requires.ACTOR;
            case "actor-after" -> Requires.ACTOR_AFTER;
            default -> throw row.error("column 'requires' must be empty, 'actor' or 'actor-after', not '" + req + "'");
        };
        List<Set<String>> elements = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int pendingGap = 0;
        for (String part : pattern.trim().split("\\s+")) {
            if (part.equals("*") || part.equals("**")) {
                if (elements.isEmpty()) {
                    throw row.error("pattern '" + pattern + "' starts with a gap");
                }
                pendingGap = Math.max(pendingGap, part.length() == 1 ? SHORT_GAP : LONG_GAP);
                continue;
            }
            Set<String> forms = new HashSet<>();
            for (String alt : part.split("\\|")) {
                if (alt.isEmpty() || alt.equals("=")) {
                    throw row.error("pattern '" + pattern + "' has an empty alternative in '" + part + "'");
                }
                if (alt.startsWith("=")) {
                    forms.add(alt.substring(1).toLowerCase(Locale.ROOT));
                } else {
                    forms.addAll(StanceInflector.forms(alt));
                }
            }
            elements.add(Set.copyOf(forms));
            gaps.add(pendingGap);
            pendingGap = 0;
        }
        if (pendingGap > 0) {
            throw row.error("pattern '" + pattern + "' ends with a gap");
        }
        if (elements.isEmpty()) {
            throw row.error("empty pattern");
        }
        return new StancePattern(pattern, elements.toArray(new Set[0]),
                gaps.stream().mapToInt(Integer::intValue).toArray(), weight, category, requires,
                row.optional("rationale"), kindsOf(category));
    }
}
