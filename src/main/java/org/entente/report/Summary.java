package org.entente.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ScoredStatement;

/**
 * Statements summed up document by document: per article, per speaker and per dyad (speaker
 * affiliation to counterpart actor) the statement count, mean tone and mean stance. Holds no text
 * but names, so a large batch stays small in memory. The HTML overview and the summary CSV are
 * drawn from it. Not thread-safe.
 */
public final class Summary {

    /** The speaker key of statements whose text names no source. */
    public static final String NO_SOURCE = "(no source)";

    /** Counts and score sums of a group of statements. Not thread-safe. */
    public static final class Group {
        private final String name;
        private final int order;
        private int count;
        private double tone;
        private double stance;
        private final Map<String, Integer> affiliations = new HashMap<>();
        private final Set<Integer> documents = new LinkedHashSet<>();

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

        /** The group's name: a speaker, or a dyad "from \u2192 to". */
        public String name() {
            return name;
        }

        /** Order of first appearance, from 1. */
        public int order() {
            return order;
        }

        /** Number of statements. */
        public int count() {
            return count;
        }

        /** Number of articles the statements come from. */
        public int articles() {
            return documents.size();
        }

        /** Mean tone of the statements (0 for none). */
        public double meanTone() {
            return count == 0 ? 0 : tone / count;
        }

        /** Mean stance of the statements (0 for none). */
        public double meanStance() {
            return count == 0 ? 0 : stance / count;
        }

        /** The affiliation most often given for this group's statements, or {@code ""}. */
        public String affiliation() {
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

    /**
     * One article.
     *
     * @param number   its number, from 1
     * @param docId    its id
     * @param href     where its page is (for the HTML report), or {@code ""}
     * @param totals   its statements summed up
     * @param noSource how many of its statements have no source
     */
    public record Article(int number, String docId, String href, Group totals, int noSource) {
    }

    /**
     * A speaker affiliation and a counterpart actor.
     *
     * @param from the speaker's affiliation
     * @param to   the counterpart's actor
     */
    public record Dyad(String from, String to) {
    }

    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Group> speakers = new LinkedHashMap<>();
    private final Map<Dyad, Group> dyads = new LinkedHashMap<>();
    private int statements;
    private int noSource;
    private int withDyad;

    /** Adds the statements of one document; {@code href} is where its page is, or {@code ""}. */
    public void add(String docId, String href, List<ScoredStatement> found) {
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
    public static String speakerKey(ScoredStatement s) {
        return s.statement().speaker() == null ? NO_SOURCE : s.statement().speakerCanonical();
    }

    /** The dyad of a statement with both a speaker affiliation and a counterpart, else null. */
    public static Dyad dyad(ScoredStatement s) {
        String from = s.speakerAffiliation();
        String to = s.stance().counterpartActor();
        if (from == null || from.isBlank() || to == null) {
            return null;
        }
        return new Dyad(from, to);
    }

    /** The articles, in the order added. */
    public List<Article> articles() {
        return articles;
    }

    /** Speakers, most statements first (ties in order of first appearance). */
    public List<Group> speakers() {
        return sorted(speakers.values());
    }

    /** Dyads, most statements first (ties in order of first appearance). */
    public List<Group> dyads() {
        return sorted(dyads.values());
    }

    private static List<Group> sorted(java.util.Collection<Group> groups) {
        List<Group> list = new ArrayList<>(groups);
        list.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.order));
        return list;
    }

    /** Number of statements added. */
    public int statements() {
        return statements;
    }

    /** Number of statements without a source. */
    public int noSource() {
        return noSource;
    }

    /** Number of statements with both a speaker affiliation and a counterpart. */
    public int withDyad() {
        return withDyad;
    }
}
