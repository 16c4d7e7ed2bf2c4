package org.entente.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.LexiconSource;
import org.entente.model.ToneScore;
import org.entente.text.Tokenizer;

/**
 * Checks tone signs on a reference gold TSV (columns include {@code cue}, {@code tone_sign},
 * {@code content}): each content is scored alone with its cue; '+' needs score >= 0.1, '-' needs
 * score <= -0.1, '0' needs |score| < 0.1, '?' is not checked.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.entente.score.ToneReference \
 *     ../shared/reference/xi-macron-call.gold.tsv [--verbose]
 * </pre>
 * Test scope: a development tool.
 */
public final class ToneReference {

    private ToneReference() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        boolean verbose = args.length > 1 && args[1].equals("--verbose");
        List<String> header = List.of(lines.get(0).split("\t"));
        int cueCol = header.indexOf("cue");
        int signCol = header.indexOf("tone_sign");
        int contentCol = header.indexOf("content");
        ToneScorer scorer = ToneScorer.load(LexiconSource.bundled());
        Tokenizer tokenizer = new Tokenizer();
        int ok = 0;
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String text = f[contentCol] + " \u0000 " + f[cueCol];
            int split = f[contentCol].length();
            ToneScore t = scorer.score(text, tokenizer.tokenize(text, 0, split),
                    tokenizer.tokenize(text, split + 3, text.length()));
            String sign = f[signCol];
            Boolean good = switch (sign) {
                case "+" -> t.score() >= 0.1;
                case "-" -> t.score() <= -0.1;
                case "0" -> Math.abs(t.score()) < 0.1;
                default -> null;
            };
            if (good != null) {
                checked++;
                ok += good ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%-4s %s %+.3f cue %+.2f  %.60s%n", good == null ? "?" : good ? "OK" : "BAD",
                    sign, t.score(), t.cueTone(), f[contentCol]);
            if (verbose) {
                t.evidence().forEach(e -> System.out.println("        " + e));
            }
        }
        System.out.println("tone_sign_ok=" + ok + "/" + checked);
    }
}
