package org.entente.score;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ejml.simple.SimpleMatrix;

/**
 * The word space of the {@code context} tone layer: unit-length word vectors for the plain
 * lower-case words (letters, inner hyphens or apostrophes) that have no tone entry and no modifier
 * role, so that the fitted direction gives a small valence to words the lexicons do not list.
 * Read from a CoreNLP {@link Embedding} (by default the word embedding of CoreNLP's neural
 * coreference model in the models jar). Test scope: used by {@link ToneFit} only.
 */
final class ContextSpace {

    /** The CoreNLP resource used when ToneFit is given {@code --context coref}. */
    static final String COREF_EMBEDDING = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+(?:[-'][a-z]+)*");

    final List<String> words;
    final float[][] vectors;
    final Map<String, Integer> index;
    final int dimension;

    private ContextSpace(List<String> words, float[][] vectors) {
        this.words = List.copyOf(words);
        this.vectors = vectors;
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        this.index = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
    }

    /**
     * Loads {@code resource} ("coref" or a path / class-path resource of a serialised Embedding),
     * keeping only the words {@code keep} accepts.
     */
    static ContextSpace load(String resource, ToneLexicon lexicon, Predicate<String> keep) throws IOException {
        String path = resource.equals("coref") ? COREF_EMBEDDING : resource;
        Embedding embedding;
        try {
            embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(path);
        } catch (ClassNotFoundException e) {
            throw new IOException("not a CoreNLP Embedding: " + path, e);
        }
        TreeMap<String, SimpleMatrix> sorted = new TreeMap<>();
        for (Map.Entry<String, SimpleMatrix> e : embedding.entrySet()) {
            String w = e.getKey();
            if (w.length() >= 2 && PLAIN_WORD.matcher(w).matches() && unlisted(lexicon.get(w))
                    && keep.test(w)) {
                sorted.put(w, e.getValue());
            }
        }
        List<String> words = new ArrayList<>(sorted.keySet());
        float[][] vectors = new float[words.size()][];
        int i = 0;
        for (SimpleMatrix m : sorted.values()) {
            int d = m.getNumElements();
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += m.get(k) * m.get(k);
            }
            norm = Math.sqrt(norm);
            float[] v = new float[d];
            for (int k = 0; k < d; k++) {
                v[k] = norm == 0 ? 0 : (float) (m.get(k) / norm);
            }
            vectors[i++] = v;
        }
        return new ContextSpace(words, vectors);
    }

    /** Whether a word the lexicon returns (or null) has neither an entry nor a modifier role. */
    static boolean unlisted(ToneLexicon.Word w) {
        return w == null || w.entry == null && w.role == ToneLexicon.NONE;
    }

    /** The projection of every word on {@code direction}. */
    double[] project(double[] direction) {
        double[] out = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            double s = 0;
            for (int k = 0; k < dimension; k++) {
                s += vectors[i][k] * direction[k];
            }
            out[i] = s;
        }
        return out;
    }

    /** Forms of "be", "have" and "do", which the tagger tags as verbs. */
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were",
            "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "doing");

    /** Whether the word's most frequent tag is a noun, verb, adjective or adverb tag (a content word). */
    private static boolean openClass(String w, String[] tags, Method count, Object dict)
            throws ReflectiveOperationException {
        String best = null;
        int bestCount = -1;
        for (String t : tags) {
            int c = (Integer) count.invoke(dict, w, t);
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        return best != null && (best.startsWith("NN") && !best.startsWith("NNP") || best.startsWith("VB")
                || best.startsWith("JJ") || best.startsWith("RB") && !best.equals("RBR") || best.equals("FW"));
    }

    /**
     * Common words by the dictionary of CoreNLP's English POS tagger (the words of its tagged training
     * text with their tag counts): a word is kept when its lower-case form was tagged, other than as a
     * proper noun, at least as often as its capitalised form was tagged as one. So names ("cruz",
     * "al-rashid") and words mostly used as names ("bush") get no usage tone; words the tagger never
     * saw are left out too, and so are function words and auxiliaries: only words whose most frequent
     * tag is a noun, verb, adjective or adverb tag are kept.
     */
    static Predicate<String> commonWords() {
        try {
            MaxentTagger tagger = new MaxentTagger(
                    "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
            Field field = MaxentTagger.class.getDeclaredField("dict");
            field.setAccessible(true);
            Object dict = field.get(tagger);
            Method tags = dict.getClass().getDeclaredMethod("getTags", String.class);
            Method count = dict.getClass().getDeclaredMethod("getCount", String.class, String.class);
            tags.setAccessible(true);
            count.setAccessible(true);
            return w -> {
                try {
                    if (AUXILIARIES.contains(w)) {
                        return false;
                    }
                    int common = 0;
                    String[] lower = (String[]) tags.invoke(dict, w);
                    if (lower != null) {
                        for (String t : lower) {
                            if (!t.startsWith("NNP")) {
                                common += (Integer) count.invoke(dict, w, t);
                            }
                        }
                    }
                    String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    int proper = 0;
                    String[] upper = (String[]) tags.invoke(dict, cap);
                    if (upper != null) {
                        for (String t : upper) {
                            if (t.startsWith("NNP")) {
                                proper += (Integer) count.invoke(dict, cap, t);
                            }
                        }
                    }
                    return common > 0 && common >= proper && openClass(w, lower, count, dict);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the POS tagger's dictionary", e);
        }
    }
}
