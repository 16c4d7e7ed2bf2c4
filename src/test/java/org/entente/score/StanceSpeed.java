package org.entente.score;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.lexicon.LexiconSource;
import org.entente.model.StanceScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * A rough single-thread throughput check of {@link StanceScorer#score} on pre-tokenised statements
 * (the JMH benchmark of issue 6 is the reference): the fixtures of {@link NeutralStatementsTest}
 * plus the {@code text} column of any CSV given.
 *
 * <p>usage: {@code StanceSpeed [IN.csv ...]}
 */
public final class StanceSpeed {

    private StanceSpeed() {
    }

    public static void main(String[] args) throws IOException {
        StanceScorer scorer = StanceScorer.load(LexiconSource.bundled());
        Tokenizer tokenizer = new Tokenizer();
        List<String> texts = new ArrayList<>(NeutralStatementsTest.NEUTRAL);
        for (String arg : args) {
            try (Reader r = Files.newBufferedReader(Path.of(arg), StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    texts.add(rec.get("text"));
                }
            }
        }
        List<List<Token>> tokens = new ArrayList<>();
        long tokenCount = 0;
        for (String t : texts) {
            List<Token> tk = tokenizer.tokenize(t);
            tokens.add(tk);
            tokenCount += tk.size();
        }
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                for (int i = 0; i < texts.size(); i++) {
                    StanceScore s = scorer.score(texts.get(i), tokens.get(i), List.of());
                    sink += s.evidence().size();
                    n++;
                }
            }
            double ns = (System.nanoTime() - start) / (double) n;
            System.out.printf(Locale.ROOT, "round %d: %.0f ns/statement, %.2f M statements/s (%d statements, %.1f tokens avg)%n",
                    round, ns, 1000.0 / ns, texts.size(), tokenCount / (double) texts.size());
        }
        System.out.println("sink " + sink);
    }
}
