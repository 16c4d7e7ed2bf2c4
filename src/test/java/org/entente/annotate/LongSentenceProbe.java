package org.entente.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.entente.Profile;
import org.entente.extract.AttributionExtractor;
import org.entente.lexicon.LexiconSource;

/**
 * Dev probe (not a test): a 5,300-token sentence with no punctuation through CoreNLP as configured
 * before issue 7 (one pipeline, pos.maxlen / depparse.maxlen only) and through {@link CoreNlpAnnotator}
 * (over-long sentences cut before tagging). Prints time, untagged tokens, parsed tokens, statements.
 */
public final class LongSentenceProbe {

    private LongSentenceProbe() {
    }

    public static void main(String[] args) {
        StringBuilder text = new StringBuilder("Foreign Minister Ana Ruiz said that ");
        String[] words = {"the", "talks", "with", "Peru", "would", "go", "on", "and", "cooperation", "will", "grow"};
        for (int i = 0; i < 5000; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        text.append("and envoy Tomas Berg warned that Norway would reject the plan ");
        for (int i = 0; i < 300; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        String doc = text.toString();
        AttributionExtractor extractor = AttributionExtractor.load(LexiconSource.bundled());
        StanfordCoreNLP old = new StanfordCoreNLP(CoreNlpAnnotator.properties(Profile.BALANCED));
        CoreNlpAnnotator now = CoreNlpAnnotator.forProfile(Profile.BALANCED);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            Annotation a = new Annotation(doc);
            old.annotate(a);
            AnnotatedDocument before = CoreNlpAnnotator.convert(doc, a);
            long t1 = System.nanoTime();
            AnnotatedDocument after = now.annotate(doc);
            long t2 = System.nanoTime();
            report("before", before, extractor, t1 - t0);
            report("after ", after, extractor, t2 - t1);
        }
    }

    static void report(String what, AnnotatedDocument d, AttributionExtractor extractor, long nanos) {
        long tokens = d.sentences().stream().mapToLong(s -> s.words().size()).sum();
        long untagged = d.sentences().stream().flatMap(s -> s.words().stream())
                .filter(w -> w.pos().isEmpty() || w.pos().equals("X")).count();
        long parsed = d.sentences().stream().flatMap(s -> s.words().stream())
                .filter(w -> !w.relation().equals("dep")).count();
        var found = extractor.extract(d);
        System.out.printf("%s: %.1f s, %d sentences, %d tokens, %d untagged, %d with a dependency, %d statements %s%n",
                what, nanos / 1e9, d.sentences().size(), tokens, untagged, parsed, found.size(),
                found.stream().map(f -> f.statement().cue().text()).toList());
    }
}
