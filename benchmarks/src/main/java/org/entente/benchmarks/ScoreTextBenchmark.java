package org.entente.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Entente;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Entente.score(text)} from raw text, tokenisation included: statements per second. Loads
 * lexicons only (no CoreNLP model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScoreTextBenchmark {

    static final int N = Fixtures.STATEMENT_COUNT;

    Entente entente;
    List<String> texts;

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        entente = Entente.defaults();
        texts = Fixtures.STATEMENTS;
        int chars = texts.stream().mapToInt(String::length).sum();
        System.out.printf("%nScoreTextBenchmark: %d statements, %d characters%n", N, chars);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void score(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(entente.score(texts.get(i)));
        }
    }
}
