package org.entente.score;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.entente.lexicon.LexiconSource;
import org.entente.model.ToneScore;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * Scores a sentence CSV ({@code id,text[,gold]}) for tone and writes a prediction CSV for
 * {@code score_tone.py} (columns id,tone,tone_label,stance,stance_label; stance 0 / NEUTRAL).
 * Prints Pearson and macro-F1 when the input has a {@code gold} column.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.entente.score.ToneEval \
 *     IN.csv OUT.csv [--disable vader,news,...] [--lexicons DIR] [--set parameter=value ...]
 * </pre>
 * Test scope: a stand-in until the command line lands.
 */
public final class ToneEval {

    private ToneEval() {
    }

    /** One input row. */
    record Row(String id, String text, double gold, List<Token> tokens) {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = args.length > 1 && !args[1].startsWith("--") ? Path.of(args[1]) : null;
        Set<String> disabled = new HashSet<>();
        LexiconSource source = LexiconSource.bundled();
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--disable" -> disabled.addAll(List.of(args[++i].split(",")));
                case "--lexicons" -> source = LexiconSource.overlay(Path.of(args[++i]));
                case "--set" -> sets.add(args[++i]);
                default -> {
                }
            }
        }
        ToneScorer scorer = ToneScorer.load(source, disabled);
        for (String s : sets) {
            scorer = scorer.withCalibration(set(scorer.calibration(), s));
        }
        List<Row> rows = read(in);
        double[] pred = new double[rows.size()];
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ToneScore t = scorer.score(r.text(), r.tokens(), List.of());
            pred[i] = t.score();
            labels[i] = t.label().name();
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader("id", "tone", "tone_label", "stance", "stance_label").get())) {
                for (int i = 0; i < rows.size(); i++) {
                    p.printRecord(rows.get(i).id(), String.format(Locale.ROOT, "%.4f", pred[i]), labels[i], "0", "NEUTRAL");
                }
            }
        }
        if (!Double.isNaN(rows.get(0).gold())) {
            System.out.println(metrics(rows, pred, labels));
        }
    }

    static String metrics(List<Row> rows, double[] pred, String[] labels) {
        double[] gold = rows.stream().mapToDouble(Row::gold).toArray();
        return String.format(Locale.ROOT, "pearson=%.4f f1(band0)=%.4f f1(band0.5)=%.4f",
                pearson(pred, gold), macroF1(gold, labels, 0), macroF1(gold, labels, 0.5));
    }

    static ToneCalibration set(ToneCalibration c, String assignment) {
        String[] kv = assignment.split("=");
        java.util.Map<String, Double> v = c.values();
        if (!v.containsKey(kv[0])) {
            throw new IllegalArgumentException("unknown parameter " + kv[0]);
        }
        v.put(kv[0], Double.parseDouble(kv[1]));
        return ToneCalibration.of(v);
    }

    static List<Row> read(Path in) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String text = rec.get("text");
                double gold = rec.isMapped("gold") ? Double.parseDouble(rec.get("gold")) : Double.NaN;
                rows.add(new Row(rec.get("id"), text, gold, tokenizer.tokenize(text)));
            }
        }
        return rows;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sx = 0, sy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sx += (x[i] - mx) * (x[i] - mx);
            sy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sx * sy);
    }

    static double macroF1(double[] gold, String[] labels, double band) {
        String[] classes = {"POSITIVE", "NEGATIVE", "NEUTRAL"};
        double f = 0;
        for (String c : classes) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.length; i++) {
                String g = gold[i] > band ? "POSITIVE" : gold[i] < -band ? "NEGATIVE" : "NEUTRAL";
                boolean gp = g.equals(c), pp = labels[i].equals(c);
                if (gp && pp) tp++;
                else if (pp) fp++;
                else if (gp) fn++;
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            f += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return f / 3;
    }
}
