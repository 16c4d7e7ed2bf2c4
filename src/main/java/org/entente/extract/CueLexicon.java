package org.entente.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.lexicon.LexiconSource;
import org.entente.lexicon.TsvTable;
import org.entente.model.CueClass;

/**
 * The attribution cues: verbs ({@code cue-verbs.tsv}), verb, noun and adjective frames
 * ({@code cue-frames.tsv}), light verbs ({@code cue-light-verbs.tsv}) and multi-word phrases such as
 * "according to" ({@code cue-phrases.tsv}). Immutable and thread-safe.
 */
public final class CueLexicon {

    /** File of cue verbs. */
    public static final String VERBS_FILE = "cue-verbs.tsv";
    /** File of multi-word cue phrases. */
    public static final String PHRASES_FILE = "cue-phrases.tsv";

    /**
     * A cue verb.
     *
     * @param lemma         its lemma
     * @param cueClass      the class of attribution it makes
     * @param objectContent whether a noun-phrase object is the content ("expressed solidarity")
     * @param impression    whether the verb reports an impression of its own clause, whose subject
     *                      and complement together are the content, with no source ("Carson
     *                      appears to be slipping")
     * @param namedSource   whether the verb is a cue only when its subject names a person ("Sanders
     *                      supports ...", not "the bill supports ...")
     * @param asComplement  whether the verb is a cue only with an "as" complement after its object
     *                      ("cast her rival as a lobbyist", not "cast a vote")
     */
    public record Verb(String lemma, CueClass cueClass, boolean objectContent, boolean impression,
                       boolean namedSource, boolean asComplement) {
        /** A cue verb that needs no "as" complement. */
        public Verb(String lemma, CueClass cueClass, boolean objectContent, boolean impression, boolean namedSource) {
            this(lemma, cueClass, objectContent, impression, namedSource, false);
        }

        /** A cue verb with any source that is not an impression verb. */
        public Verb(String lemma, CueClass cueClass, boolean objectContent) {
            this(lemma, cueClass, objectContent, false, false);
        }
    }

    /**
     * A cue phrase whose source is the object of its last word ("according to X").
     *
     * @param words    its lower-case words
     * @param cueClass the class of attribution it makes
     */
    public record Phrase(List<String> words, CueClass cueClass) {
    }

    /** File of verb and noun cues whose content is a prepositional complement. */
    public static final String FRAMES_FILE = "cue-frames.tsv";

    /**
     * A verb or noun whose prepositional complement is the content ("called for", "criticism of").
     *
     * @param lemma        its lemma
     * @param prepositions the prepositions that introduce the content
     * @param cueClass     the class of attribution it makes
     */
    public record Frame(String lemma, java.util.Set<String> prepositions, CueClass cueClass) {
    }

    /** File of light verbs whose noun object carries the attribution ("expressed concern that"). */
    public static final String LIGHT_VERBS_FILE = "cue-light-verbs.tsv";

    private final Map<String, Verb> verbs;
    private final java.util.Set<String> lightVerbs;
    private final List<Phrase> phrases;
    private final Map<String, Frame> verbFrames;
    private final Map<String, Frame> nounFrames;
    private final Map<String, Frame> adjectiveFrames;

    private CueLexicon(Map<String, Verb> verbs, List<Phrase> phrases, Map<String, Frame> verbFrames,
                       Map<String, Frame> nounFrames, Map<String, Frame> adjectiveFrames,
                       java.util.Set<String> lightVerbs) {
        this.verbs = Map.copyOf(verbs);
        this.lightVerbs = java.util.Set.copyOf(lightVerbs);
        this.phrases = List.copyOf(phrases);
        this.verbFrames = Map.copyOf(verbFrames);
        this.nounFrames = Map.copyOf(nounFrames);
        this.adjectiveFrames = Map.copyOf(adjectiveFrames);
    }

    /** The prepositional frame of an adjective ("critical of"), or {@code null}. */
    public Frame adjectiveFrame(String lemma) {
        return adjectiveFrames.get(lemma);
    }

    /** The prepositional frame of a verb, or {@code null}. */
    public Frame verbFrame(String lemma) {
        return verbFrames.get(lemma);
    }

    /** The prepositional frame of a noun, or {@code null}. */
    public Frame nounFrame(String lemma) {
        return nounFrames.get(lemma);
    }

    /** Loads the four cue files from {@code source}. */
    public static CueLexicon load(LexiconSource source) {
        Map<String, Verb> verbs = new HashMap<>();
        TsvTable table = source.read(VERBS_FILE);
        for (TsvTable.Row row : table.rows()) {
            String lemma = row.required("lemma").toLowerCase(Locale.ROOT);
            CueClass cls = row.parsed("class", CueClass::valueOf);
            String object = row.optional("object");
            if (!object.isEmpty() && !object.equals("yes") && !object.equals("no") && !object.equals("clause")
                    && !object.equals("as")) {
                throw row.error("column 'object' must be yes, no, clause or as, not '" + object + "'");
            }
            String sourceKind = row.optional("source");
            if (!sourceKind.isEmpty() && !sourceKind.equals("any") && !sourceKind.equals("person")) {
                throw row.error("column 'source' must be any or person, not '" + sourceKind + "'");
            }
            if (verbs.put(lemma, new Verb(lemma, cls, object.equals("yes") || object.equals("as"), object.equals("clause"),
                    sourceKind.equals("person"), object.equals("as"))) != null) {
                throw row.error("duplicate cue verb '" + lemma + "'");
            }
        }
        List<Phrase> phrases = new java.util.ArrayList<>();
        for (TsvTable.Row row : source.read(PHRASES_FILE).rows()) {
            List<String> words = List.of(row.required("phrase").toLowerCase(Locale.ROOT).split("\\s+"));
            String role = row.required("role");
            if (!role.equals("source-object")) {
                throw row.error("unknown role '" + role + "' (expected source-object)");
            }
            phrases.add(new Phrase(words, row.parsed("class", CueClass::valueOf)));
        }
        Map<String, Frame> verbFrames = new HashMap<>();
        Map<String, Frame> nounFrames = new HashMap<>();
        Map<String, Frame> adjectiveFrames = new HashMap<>();
        for (TsvTable.Row row : source.read(FRAMES_FILE).rows()) {
            String lemma = row.required("lemma").toLowerCase(Locale.ROOT);
            java.util.Set<String> preps = java.util.Set.of(row.required("prepositions").toLowerCase(Locale.ROOT)
                    .split("\\s*,\\s*"));
            Frame frame = new Frame(lemma, preps, row.parsed("class", CueClass::valueOf));
            String pos = row.required("pos");
            Map<String, Frame> target = switch (pos) {
                case "verb" -> verbFrames;
                case "noun" -> nounFrames;
                case "adj" -> adjectiveFrames;
                default -> throw row.error("column 'pos' must be verb, noun or adj, not '" + pos + "'");
            };
            if (target.put(lemma, frame) != null) {
                throw row.error("duplicate " + pos + " frame '" + lemma + "'");
            }
        }
        java.util.Set<String> lightVerbs = new java.util.HashSet<>();
        for (TsvTable.Row row : source.read(LIGHT_VERBS_FILE).rows()) {
            lightVerbs.add(row.required("lemma").toLowerCase(Locale.ROOT));
        }
        return new CueLexicon(verbs, phrases, verbFrames, nounFrames, adjectiveFrames, lightVerbs);
    }

    /** Whether the verb's noun object carries the attribution ("expressed concern that ..."). */
    public boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    /** The cue verb of this lemma, or {@code null}. */
    public Verb verb(String lemma) {
        return verbs.get(lemma);
    }

    /** The cue phrases. */
    public List<Phrase> phrases() {
        return phrases;
    }
}
