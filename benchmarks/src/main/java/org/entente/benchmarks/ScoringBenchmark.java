package org.entente.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.lexicon.LexiconSource;
import org.entente.score.StanceScorer;
import org.entente.score.ToneScorer;
import org.entente.text.Token;
import org.entente.text.Tokenizer;
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
 * The scoring loop: tone and stance for a batch of pre-tokenised statements, the lexicons loaded
 * once. Scores are statements per second (each operation is one statement). The scorers are
 * shared by all benchmark threads ({@code -t 2} measures scaling).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScoringBenchmark {

    static final int N = Fixtures.STATEMENT_COUNT;

    ToneScorer tone;
    StanceScorer stance;
    List<String> texts;
    List<List<Token>> tokens;

    @Setup
    public void setup() {
        Fixtures.checkCounts();
        tone = ToneScorer.load(LexiconSource.bundled());
        stance = StanceScorer.load(LexiconSource.bundled());
        Tokenizer tokenizer = new Tokenizer();
        texts = Fixtures.STATEMENTS;
        tokens = new ArrayList<>(N);
        int count = 0;
        for (String text : texts) {
            List<Token> t = tokenizer.tokenize(text);
            tokens.add(t);
            count += t.size();
        }
        System.out.printf("%nScoringBenchmark: %d statements, %d tokens (%.1f per statement)%n",
                N, count, (double) count / N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void toneAndStance(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            String text = texts.get(i);
            List<Token> t = tokens.get(i);
            bh.consume(tone.score(text, t, List.of()));
            bh.consume(stance.score(text, t, List.of()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void toneOnly(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(tone.score(texts.get(i), tokens.get(i), List.of()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void stanceOnly(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(stance.score(texts.get(i), tokens.get(i), List.of()));
        }
    }
}
