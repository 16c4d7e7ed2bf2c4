package org.entente.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Entente;
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

/**
 * {@code Entente.score(text)} from raw text, tokenisation included: statements per second (each
 * operation scores the next statement of the list, per thread). Loads lexicons only (no CoreNLP
 * model). {@code -p statements=PATH} as in {@link ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScoreTextBenchmark {

    @Param("fixtures")
    public String statements;

    Entente entente;
    Tokenizer tokenizer;
    String[] texts;

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        entente = Entente.defaults();
        tokenizer = new Tokenizer();
        List<String> list = Fixtures.statements(statements);
        texts = list.toArray(new String[0]);
        int chars = list.stream().mapToInt(String::length).sum();
        System.out.printf("%nScoreTextBenchmark: %d statements, %d characters%n", texts.length, chars);
    }

    @Benchmark
    public Object score(Cursor cursor) {
        return entente.score(texts[cursor.next(texts.length)]);
    }

    /** The tokenizer alone, the part of {@code score} that {@link ScoringBenchmark} leaves out. */
    @Benchmark
    public Object tokenizeOnly(Cursor cursor) {
        return tokenizer.tokenize(texts[cursor.next(texts.length)]);
    }
}
