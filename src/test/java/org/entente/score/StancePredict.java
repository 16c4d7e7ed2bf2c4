package org.entente.score;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.entente.lexicon.LexiconSource;
import org.entente.model.StanceScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * Writes stance predictions for an {@code id,text} CSV, until the command line lands: columns
 * {@code id,tone,tone_label,stance,stance_label,counterpart,evidence} (tone is 0/NEUTRAL).
 *
 * <p>usage: {@code StancePredict IN.csv OUT.csv}
 */
public final class StancePredict {

    private StancePredict() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StancePredict IN.csv OUT.csv");
            System.exit(2);
        }
        StanceScorer scorer = StanceScorer.load(LexiconSource.bundled());
        Tokenizer tokenizer = new Tokenizer();
        CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            out.printRecord("id", "tone", "tone_label", "stance", "stance_label", "counterpart", "evidence");
            for (CSVRecord rec : in.parse(r)) {
                String text = rec.get("text");
                List<Token> tokens = tokenizer.tokenize(text);
                StanceScore s = scorer.score(text, tokens, List.of());
                out.printRecord(rec.get("id"), "0", "NEUTRAL", String.format(Locale.ROOT, "%.4f", s.score()),
                        s.label(), s.counterpart() == null ? "" : s.counterpart().text(), s.evidence());
            }
        }
    }
}
