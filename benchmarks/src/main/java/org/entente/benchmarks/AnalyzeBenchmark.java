package org.entente.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Entente;
import org.entente.Profile;
import org.entente.text.Tokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Entente.analyze} on whole articles, per pipeline profile. Each operation analyses one
 * article (the next of the list, per thread): the primary score is articles per second, the
 * secondary {@code tokens} counter is tokens per second (Entente tokenizer's count of the articles
 * analysed). One {@code Entente} is shared by all benchmark threads ({@code -t 2}: two documents in
 * parallel through one pipeline). CoreNLP's models load and warm up in setup, before any measurement.
 *
 * <p>{@code -p articles=DIR} reads the {@code .txt} files of a directory instead of the 3 built-in
 * articles, e.g. ../shared/data/polnear/dev (85 articles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 20)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss8m"})
public class AnalyzeBenchmark {

    @Param({"BALANCED", "ACCURATE"})
    public Profile profile;

    @Param("fixtures")
    public String articles;

    Entente entente;
    String[] texts;
    int[] tokenCounts;

    /** Tokens analysed, reported by JMH as a rate next to the articles/s score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Tokens {
        public long tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        entente = Entente.builder().profile(profile).build();
        List<String> list = Fixtures.articles(articles);
        texts = list.toArray(new String[0]);
        tokenCounts = new int[texts.length];
        Tokenizer tokenizer = new Tokenizer();
        long tokens = 0;
        int statements = 0;
        for (int i = 0; i < texts.length; i++) {
            tokenCounts[i] = tokenizer.tokenize(texts[i]).size();
            tokens += tokenCounts[i];
            if (i < 10) {
                statements += entente.analyze(texts[i]).size(); // loads CoreNLP now, outside measurement
            }
        }
        System.out.printf("%nAnalyzeBenchmark[%s]: %d articles, %d tokens (%.1f per article; Entente tokenizer), "
                        + "%d statements in the first %d; max heap %d MB%n",
                profile, texts.length, tokens, (double) tokens / texts.length, statements,
                Math.min(10, texts.length), Runtime.getRuntime().maxMemory() >> 20);
    }

    @Benchmark
    public Object analyze(Cursor cursor, Tokens counter) {
        int i = cursor.next(texts.length);
        counter.tokens += tokenCounts[i];
        return entente.analyze(texts[i]);
    }
}
