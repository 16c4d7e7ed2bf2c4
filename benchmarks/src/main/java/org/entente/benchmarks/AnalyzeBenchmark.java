package org.entente.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Entente;
import org.entente.Profile;
import org.entente.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Entente.analyze} on whole articles, per pipeline profile: articles per second (each
 * operation is one article). Setup prints the articles' token count, so tokens/s is the score
 * times tokens-per-article. CoreNLP's models load in setup, before any measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss8m"})
public class AnalyzeBenchmark {

    static final int N = Fixtures.ARTICLE_COUNT;

    @Param({"BALANCED", "ACCURATE"})
    public Profile profile;

    Entente entente;
    List<String> articles;

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        entente = Entente.builder().profile(profile).build();
        articles = Fixtures.ARTICLES;
        Tokenizer tokenizer = new Tokenizer();
        int tokens = 0;
        int statements = 0;
        for (String article : articles) {
            tokens += tokenizer.tokenize(article).size();
            statements += entente.analyze(article).size(); // loads CoreNLP now, outside measurement
        }
        System.out.printf("%nAnalyzeBenchmark[%s]: %d articles, %d tokens (%.1f per article; Entente tokenizer), "
                        + "%d statements found; tokens/s = articles/s x %.1f%n",
                profile, N, tokens, (double) tokens / N, statements, (double) tokens / N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void analyze(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(entente.analyze(articles.get(i)));
        }
    }
}
