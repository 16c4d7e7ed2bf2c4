package org.entente.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.Entente;
import org.entente.lexicon.LexiconSource;
import org.entente.score.StanceScorer;
import org.entente.score.ToneScorer;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * The scoring loop and {@code score(text)} timed in thread CPU time rather than wall time, a check
 * on the JMH figures when the machine is shared: time slices taken by other processes do not count
 * (their cache pollution still does). Each thread scores the whole list round after round for
 * {@code seconds} after as long a warm-up; prints CPU ns per statement and statements per CPU-second
 * with 1 and 2 threads.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar org.entente.benchmarks.CpuTimeProbe [fixtures|CSV] [seconds]}
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? args[0] : "fixtures";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<String> texts = Fixtures.statements(source);
        ToneScorer tone = ToneScorer.load(LexiconSource.bundled());
        StanceScorer stance = StanceScorer.load(LexiconSource.bundled());
        Entente entente = Entente.defaults();
        Tokenizer tokenizer = new Tokenizer();
        List<List<Token>> tokens = new ArrayList<>();
        for (String t : texts) {
            tokens.add(tokenizer.tokenize(t));
        }
        Runnable loop = () -> {
            for (int i = 0; i < texts.size(); i++) {
                sink(tone.score(texts.get(i), tokens.get(i), List.of()));
                sink(stance.score(texts.get(i), tokens.get(i), List.of()));
            }
        };
        Runnable text = () -> {
            for (int i = 0; i < texts.size(); i++) {
                sink(entente.score(texts.get(i)));
            }
        };
        System.out.printf(Locale.ROOT, "%d statements from %s; %.0f s per measurement after as long a warm-up%n",
                texts.size(), source, seconds);
        for (int threads = 1; threads <= 2; threads++) {
            measure("toneAndStance (pre-tokenised)", loop, texts.size(), threads, seconds);
            measure("score(text)", text, texts.size(), threads, seconds);
        }
    }

    private static volatile Object last;

    private static void sink(Object o) {
        if (o == null) {
            last = o;
        }
    }

    private static void measure(String what, Runnable round, int perRound, int threads, double seconds)
            throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[threads];
        long[] done = new long[threads];
        List<Thread> workers = new ArrayList<>();
        long wall0 = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                long end = mx.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
                while (mx.getCurrentThreadCpuTime() < end) { // warm-up
                    round.run();
                }
                long c0 = mx.getCurrentThreadCpuTime();
                long stop = c0 + (long) (seconds * 1e9);
                long n = 0;
                long c;
                do {
                    round.run();
                    n += perRound;
                    c = mx.getCurrentThreadCpuTime();
                } while (c < stop);
                cpu[id] = c - c0;
                done[id] = n;
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        long totalCpu = 0, total = 0;
        for (int w = 0; w < threads; w++) {
            totalCpu += cpu[w];
            total += done[w];
        }
        System.out.printf(Locale.ROOT, "%-30s threads=%d  %.0f CPU-ns per statement = %.0f statements per CPU-second"
                + " (wall incl. warm-up %.1f s, load %.1f)%n", what, threads, (double) totalCpu / total,
                total / (totalCpu / 1e9), wall, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
