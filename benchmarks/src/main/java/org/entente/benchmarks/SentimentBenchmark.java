package org.entente.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.entente.lexicon.LexiconSource;
import org.entente.score.ToneScorer;
import org.entente.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entente's tone against the tone model a Java user would otherwise pick, CoreNLP's sentiment
 * annotator (tokenize, ssplit, PCFG parse, sentiment), on the same statements from raw text.
 * Each operation scores one statement: scores are statements per second. {@link ToneVsCoreNlp}
 * runs both and prints the ratio. {@code -p statements=PATH} as in {@link ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SentimentBenchmark {

    @Param("fixtures")
    public String statements;

    ToneScorer tone;
    Tokenizer tokenizer;
    StanfordCoreNLP sentiment;
    String[] texts;

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        texts = Fixtures.statements(statements).toArray(new String[0]);
        tone = ToneScorer.load(LexiconSource.bundled());
        tokenizer = new Tokenizer();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,parse,sentiment");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.isOneSentence", "false");
        sentiment = new StanfordCoreNLP(p);
        sentiment.annotate(new Annotation(texts[0])); // loads lazily-initialised parts outside measurement
    }

    /** Entente: tokenise and score tone, with evidence. */
    @Benchmark
    public Object ententeTone(Cursor cursor) {
        String text = texts[cursor.next(texts.length)];
        return tone.score(text, tokenizer.tokenize(text), List.of());
    }

    /** CoreNLP: parse and sentiment class of each sentence of the statement. */
    @Benchmark
    public void coreNlpSentiment(Cursor cursor, Blackhole bh) {
        Annotation a = new Annotation(texts[cursor.next(texts.length)]);
        sentiment.annotate(a);
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            bh.consume(s.get(SentimentCoreAnnotations.SentimentClass.class));
        }
    }
}
