package org.entente.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;

/**
 * What the overview page shows, accumulated document by document: per article, per speaker and
 * per dyad (speaker affiliation to counterpart actor) the statement count and score sums. Holds no
 * text but names, so a large batch stays small in memory. Not thread-safe.
 */
final class Summary {

    /** The speaker key of statements whose text names no source. */
    static final String NO_SOURCE = "(no source)";

    /** Counts and score sums of a group of statements. */
    static final class Group {
        final String name;
        final int order;
        int count;
        double tone;
        double stance;
        final Map<String, Integer> affiliations = new HashMap<>();
        final Set<Integer> documents = new LinkedHashSet<>();

        Group(String name, int order) {
            this.name = name;
            this.order = order;
        }

        void add(ScoredStatement s, int document) {
            count++;
            tone += s.tone().score();
            stance += s.stance().score();
            documents.add(document);
            if (s.speakerAffiliation() != null) {
                affiliations.merge(s.speakerAffiliation(), 1, Integer::sum);
            }
        }

        double meanTone() {
            return count == 0 ? 0 : tone / count;
        }

        double meanStance() {
            return count == 0 ? 0 : stance / count;
        }

        /** The affiliation most often given for this group's statements, or {@code ""}. */
        String affiliation() {
            String best = "";
            int most = 0;
            for (Map.Entry<String, Integer> e : affiliations.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }

    /** One article: its page, its statement count and score sums. */
    record Article(int number, String docId, String href, Group totals, int noSource) {
    }

    /** A speaker affiliation and a counterpart actor. */
    record Dyad(String from, String to) {
    }

    private final Function<String, String> actorOf;
    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Group> speakers = new LinkedHashMap<>();
    private final Map<Dyad, Group> dyads = new LinkedHashMap<>();
    private int statements;
    private int noSource;
    private int withDyad;

    /** @param actorOf the actor a counterpart mention stands for ("Chinese" gives China), or null */
    Summary(Function<String, String> actorOf) {
        this.actorOf = actorOf;
    }

    void add(String docId, String href, List<ScoredStatement> found) {
        int number = articles.size() + 1;
        Group totals = new Group(docId, number);
        int docNoSource = 0;
        for (ScoredStatement s : found) {
            statements++;
            totals.add(s, number);
            String speaker = speakerKey(s);
            if (s.statement().speaker() == null) {
                noSource++;
                docNoSource++;
            }
            speakers.computeIfAbsent(speaker, k -> new Group(k, speakers.size() + 1)).add(s, number);
            Dyad dyad = dyad(s);
            if (dyad != null) {
                withDyad++;
                dyads.computeIfAbsent(dyad, k -> new Group(k.from() + " \u2192 " + k.to(), dyads.size() + 1))
                        .add(s, number);
            }
        }
        articles.add(new Article(number, docId, href, totals, docNoSource));
    }

    /** The speaker a statement is counted under: its canonical speaker, or {@link #NO_SOURCE}. */
    static String speakerKey(ScoredStatement s) {
        return s.statement().speaker() == null ? NO_SOURCE : s.statement().speakerCanonical();
    }

    /** The dyad of a statement with both a speaker affiliation and a counterpart, else null. */
    Dyad dyad(ScoredStatement s) {
        String from = s.speakerAffiliation();
        Mention counterpart = s.stance().counterpart();
        if (from == null || from.isBlank() || counterpart == null) {
            return null;
        }
        return new Dyad(from, counterpartActor(counterpart.text()));
    }

    /** The actor a counterpart mention stands for, or the mention as written. */
    String counterpartActor(String counterpart) {
        String actor = actorOf == null ? null : actorOf.apply(counterpart);
        return actor == null || actor.isBlank() ? counterpart : actor;
    }

    List<Article> articles() {
        return articles;
    }

    /** Speakers, most statements first (ties in order of first appearance). */
    List<Group> speakers() {
        return sorted(speakers.values());
    }

    /** Dyads, most statements first (ties in order of first appearance). */
    List<Group> dyads() {
        return sorted(dyads.values());
    }

    private static List<Group> sorted(java.util.Collection<Group> groups) {
        List<Group> list = new ArrayList<>(groups);
        list.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.order));
        return list;
    }

    int statements() {
        return statements;
    }

    int noSource() {
        return noSource;
    }

    int withDyad() {
        return withDyad;
    }
}
