package org.entente.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.LexiconSource;

/**
 * A rough single-thread timing of {@link ToneScorer#score} (or, with {@code -Dnoevidence=true},
 * {@link ToneScorer#value}) on pre-tokenised statements (the JMH
 * benchmark of issue 6 is the reference; this is a quick check while developing).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.entente.score.ToneBench \
 *     ../shared/data/tone/nyt_editorials_dev.csv
 * </pre>
 */
public final class ToneBench {

    private static final boolean NOEV = Boolean.getBoolean("noevidence");

    private ToneBench() {
    }

    public static void main(String[] args) throws IOException {
        List<ToneEval.Row> rows = ToneEval.read(Path.of(args[0]));
        ToneScorer scorer = ToneScorer.load(LexiconSource.bundled());
        long tokens = rows.stream().mapToLong(r -> r.tokens().size()).sum();
        double sink = 0;
        for (int round = 0; round < 12; round++) {
            long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int n = 0;
            for (int rep = 0; rep < Math.max(100, 270000 / rows.size()); rep++) {
                for (ToneEval.Row r : rows) {
                    sink += NOEV ? scorer.value(r.text(), r.tokens()) : scorer.score(r.text(), r.tokens(), List.of()).score();
                    n++;
                }
            }
            long dt = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
            System.out.printf(Locale.ROOT, "round %d: %.0f ns of thread CPU time/statement (%.1f tokens avg), %.2f M statements/s%n",
                    round, (double) dt / n, (double) tokens / rows.size(), n * 1e3 / dt);
        }
        System.out.println("checksum " + sink);
    }
}
