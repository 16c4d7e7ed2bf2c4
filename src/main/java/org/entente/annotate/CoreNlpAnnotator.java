package org.entente.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.entente.EntenteException;
import org.entente.Profile;
import org.entente.model.Span;

/**
 * Runs CoreNLP over a document and converts the result to an {@link AnnotatedDocument}. The
 * CoreNLP pipeline is built on first use and shared by all threads (the annotators Entente uses
 * gave identical output shared or not; see ../shared/CORENLP.md). Thread-safe.
 */
public final class CoreNlpAnnotator {

    /** Longest sentence, in tokens, that POS tagging and parsing will take; longer ones get a flat analysis. */
    public static final int MAX_SENTENCE_TOKENS = 250;

    private final Profile profile;
    private volatile StanfordCoreNLP pipeline;

    private CoreNlpAnnotator(Profile profile) {
        this.profile = profile;
    }

    /** An annotator for {@code profile}; its pipeline loads on first use. */
    public static CoreNlpAnnotator forProfile(Profile profile) {
        return new CoreNlpAnnotator(profile);
    }

    /** The CoreNLP properties of a profile. */
    public static Properties properties(Profile profile) {
        Properties p = new Properties();
        boolean coref = profile == Profile.ACCURATE;
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (coref ? ",coref" : ""));
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
        // a blank line ends a sentence: keeps headlines and datelines off the lead sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // lean NER: one CRF model, no fine-grained gazetteer, no SUTime, no numeric classifiers
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", coref ? "true" : "false");
        // NER state that grows across documents breaks determinism (CoreNLP issue #669)
        p.setProperty("maxAdditionalKnownLCWords", "0");
        // limits so that one pathological sentence cannot stall a batch
        p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxtime", "5000");
        p.setProperty("depparse.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        if (coref) {
            p.setProperty("coref.algorithm", "statistical");
            p.setProperty("coref.md.type", "dependency");
        }
        return p;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    try {
                        p = new StanfordCoreNLP(properties(profile));
                    } catch (RuntimeException e) {
                        throw new EntenteException("cannot load the CoreNLP pipeline for profile " + profile
                                + ": " + e.getMessage(), e);
                    }
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** Annotates {@code text}. */
    public AnnotatedDocument annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        return convert(text, annotation);
    }

    static AnnotatedDocument convert(String text, Annotation annotation) {
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            List<CoreLabel> tokens = cs.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            int n = tokens.size();
            int[] heads = new int[n];
            String[] rels = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            if (graph != null) {
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    int dep = edge.getDependent().index() - 1;
                    if (dep >= 0 && dep < n) {
                        heads[dep] = edge.getGovernor().index() - 1;
                        rels[dep] = edge.getRelation().toString();
                    }
                }
                for (IndexedWord r : graph.getRoots()) {
                    int i = r.index() - 1;
                    if (i >= 0 && i < n) {
                        heads[i] = -1;
                        rels[i] = "root";
                    }
                }
            }
            List<Word> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CoreLabel t = tokens.get(i);
                int begin = t.beginPosition();
                int end = Math.max(begin, t.endPosition());
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                words.add(new Word(i, text.substring(begin, end), lemma.toLowerCase(java.util.Locale.ROOT),
                        t.tag() == null ? "" : t.tag(), t.ner() == null ? "O" : t.ner(),
                        new Span(begin, end), heads[i], rels[i]));
            }
            if (!words.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), words));
            }
        }
        List<CorefMention> coref = new ArrayList<>();
        Map<Integer, CorefChain> chains = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            for (CorefChain chain : chains.values()) {
                if (chain.getMentionsInTextualOrder().size() < 2) {
                    continue;
                }
                for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                    int s = m.sentNum - 1;
                    if (s < 0 || s >= coreSentences.size()) {
                        continue;
                    }
                    List<CoreLabel> tokens = coreSentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                    int begin = tokens.get(m.startIndex - 1).beginPosition();
                    int end = tokens.get(m.endIndex - 2).endPosition();
                    coref.add(new CorefMention(chain.getChainID(), s, m.headIndex - 1, new Span(begin, end),
                            text.substring(begin, end)));
                }
            }
        }
        return new AnnotatedDocument(text, sentences, coref);
    }
}
