package org.entente.benchmarks;

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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The scoring loop: tone and stance, with their evidence, for pre-tokenised statements, the
 * lexicons loaded once. Each operation scores one statement (the next one of the list, per
 * thread), so scores are statements per second. The scorers are shared by all benchmark threads
 * ({@code -t 2} measures scaling).
 *
 * <p>{@code -p statements=PATH} reads the {@code text} column of a CSV file instead of the 40
 * built-in fixtures, e.g. ../shared/data/tone/nyt_editorials_dev.csv (2,694 statements: a working
 * set larger than the CPU caches).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScoringBenchmark {

    @Param("fixtures")
    public String statements;

    ToneScorer tone;
    StanceScorer stance;
    String[] texts;
    List<Token>[] tokens;

    @Setup
    @SuppressWarnings("unchecked")
    public void setup() {
        Fixtures.checkCounts();
        tone = ToneScorer.load(LexiconSource.bundled());
        stance = StanceScorer.load(LexiconSource.bundled());
        Tokenizer tokenizer = new Tokenizer();
        List<String> list = Fixtures.statements(statements);
        texts = list.toArray(new String[0]);
        tokens = new List[texts.length];
        int count = 0;
        for (int i = 0; i < texts.length; i++) {
            tokens[i] = tokenizer.tokenize(texts[i]);
            count += tokens[i].size();
        }
        System.out.printf("%nScoringBenchmark: %d statements, %d tokens (%.1f per statement)%n",
                texts.length, count, (double) count / texts.length);
    }

    @Benchmark
    public void toneAndStance(Cursor cursor, Blackhole bh) {
        int i = cursor.next(texts.length);
        bh.consume(tone.score(texts[i], tokens[i], List.of()));
        bh.consume(stance.score(texts[i], tokens[i], List.of()));
    }

    @Benchmark
    public Object toneOnly(Cursor cursor) {
        int i = cursor.next(texts.length);
        return tone.score(texts[i], tokens[i], List.of());
    }

    /** The tone number alone, without evidence records ({@code ToneScorer.value}). */
    @Benchmark
    public double toneValueOnly(Cursor cursor) {
        int i = cursor.next(texts.length);
        return tone.value(texts[i], tokens[i]);
    }

    @Benchmark
    public Object stanceOnly(Cursor cursor) {
        int i = cursor.next(texts.length);
        return stance.score(texts[i], tokens[i], List.of());
    }
}
