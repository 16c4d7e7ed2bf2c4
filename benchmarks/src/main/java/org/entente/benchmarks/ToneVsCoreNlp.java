package org.entente.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SentimentBenchmark} (Entente tone and CoreNLP sentiment on the same statements, in
 * one run) and prints how many times faster Entente's tone scoring is. Takes the usual JMH
 * options, e.g.
 * {@code java -cp benchmarks/target/benchmarks.jar org.entente.benchmarks.ToneVsCoreNlp -f 1 -t 1}.
 */
public final class ToneVsCoreNlp {

    private ToneVsCoreNlp() {
    }

    public static void main(String[] args) throws Exception {
        Options cli = new CommandLineOptions(args);
        Options options = new OptionsBuilder().parent(cli).include(SentimentBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(options).run();
        double entente = Double.NaN;
        double coreNlp = Double.NaN;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith(".ententeTone")) {
                entente = score;
            } else if (name.endsWith(".coreNlpSentiment")) {
                coreNlp = score;
            }
        }
        System.out.printf(Locale.ROOT, "%nTone from raw text, statements/s: Entente %.0f, CoreNLP parse+sentiment %.2f;"
                + " Entente is %.0fx faster%n", entente, coreNlp, entente / coreNlp);
    }
}
