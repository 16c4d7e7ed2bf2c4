package org.entente.score;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.lexicon.LexiconSource;
import org.entente.model.ToneScore;

/**
 * Fits the {@code fitted} tone layer: a ridge regression of the human rating (gold / 4) on the
 * statement's base tone (layers vader + news) and on one feature per frequent word or entry (its
 * modifier-weighted count over the length normaliser), shrunk towards the base valences. The fitted
 * model is exactly the scorer with valence(w) = base(w) + delta(w) / a and scale = a * scale, so it
 * is written back as {@code lexicons/tone-fitted.tsv} and the {@code scale} row of
 * {@code lexicons/tone-calibration.tsv}.
 *
 * <p>Before writing, it reports cross-validated figures: folds by editorial (the id prefix before
 * '_'), every editorial in one fold, so no editorial is both fitted and scored.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.entente.score.ToneFit \
 *     ../shared/data/tone/nyt_editorials_dev.csv [--lambda 2] [--min-count 3] [--folds 5] \
 *     [--entries-only (only entries and modifier words)] [--extra OTHER.csv (always in the training folds; repeatable)]
 *     [--extra-weight W (weight of an extra statement, a dev statement weighing 1; default 1)]
 *     [--set parameter=value (a calibration number for the fit, as ToneEval)] [--base-scale 0.25]
 *     [--context coref (also fit the context layer on this CoreNLP word embedding; or a path)]
 *     [--context-lambda 1] [--context-min 0.05 (smallest |valence| written)]
 *     [--context-all-words (do not leave names, function words and words the POS tagger never saw out)]
 *     [--cv-out cv.csv] [--write lexicons]
 * </pre>
 * With {@code --context}, 50 more features (the modifier-weighted sum of the unit word vectors of the
 * statement's words without entry, over the length normaliser) and an unpenalised intercept join the
 * ridge regression; the fitted direction times each word's vector is its valence in
 * {@code tone-context.tsv}, and the cross-validated figures use exactly those valences.
 * The shipped layer's command is in benchmarks/RESULTS.md (section "Tone (NYT editorials dev)").
 * Test scope: a development tool, not part of the library.
 */
public final class ToneFit {

    /** The smallest valence change written to tone-fitted.tsv. */
    static final double WRITTEN_CHANGE = 0.05;

    private ToneFit() {
    }

    /** One statement's features. */
    record Features(String id, String editorial, double gold, double base, double norm, Map<String, Double> x,
                    double weight, int[] contextWords, double[] contextValues) {

        Features withWeight(double w) {
            return new Features(id, editorial, gold, base, norm, x, w, contextWords, contextValues);
        }
    }

    /** The context layer's settings: its word space, ridge lambda and the smallest valence written. */
    record Context(ContextSpace space, double lambda, double minValence, boolean commonWordsOnly) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        List<Double> lambdas = new ArrayList<>();
        int minCount = 3;
        int folds = 5;
        Path cvOut = null;
        Path write = null;
        Path lexicons = Path.of("lexicons");
        List<Path> extra = new ArrayList<>();
        double baseScale = 0.25;
        boolean entriesOnly = false;
        double extraWeight = 1;
        List<String> sets = new ArrayList<>();
        String contextResource = null;
        double contextLambda = 1;
        double contextMin = 0.05;
        boolean contextAll = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--lambda" -> {
                    for (String l : args[++i].split(",")) {
                        lambdas.add(Double.parseDouble(l));
                    }
                }
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--cv-out" -> cvOut = Path.of(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--lexicons" -> lexicons = Path.of(args[++i]);
                case "--extra" -> extra.add(Path.of(args[++i]));
                case "--entries-only" -> entriesOnly = true;
                case "--base-scale" -> baseScale = Double.parseDouble(args[++i]);
                case "--extra-weight" -> extraWeight = Double.parseDouble(args[++i]);
                case "--set" -> sets.add(args[++i]);
                case "--context" -> contextResource = args[++i];
                case "--context-lambda" -> contextLambda = Double.parseDouble(args[++i]);
                case "--context-min" -> contextMin = Double.parseDouble(args[++i]);
                case "--context-all-words" -> contextAll = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (lambdas.isEmpty()) {
            lambdas.add(2.0);
        }
        ToneScorer scorer = ToneScorer.load(LexiconSource.overlay(lexicons), Set.of("fitted", "context"));
        // start from the unfitted scale, so that a rerun gives the same files
        scorer = scorer.withCalibration(ToneEval.set(scorer.calibration(), "scale=" + baseScale));
        for (String set : sets) {
            scorer = scorer.withCalibration(ToneEval.set(scorer.calibration(), set));
        }
        double scale = scorer.calibration().scale();
        Context context = contextResource == null ? null
                : new Context(ContextSpace.load(contextResource, scorer.lexicon(),
                        contextAll ? w -> true : ContextSpace.commonWords()), contextLambda, contextMin, !contextAll);
        ContextSpace space = context == null ? null : context.space();
        Map<String, ToneLexicon.Entry> entries = new HashMap<>();
        List<ToneEval.Row> rows = ToneEval.read(data);
        List<Features> fs = features(scorer, rows, entries, "", entriesOnly, space);
        List<Features> more = new ArrayList<>();
        for (Path e : extra) {
            for (Features f : features(scorer, ToneEval.read(e), entries, "extra:", entriesOnly, space)) {
                more.add(f.withWeight(extraWeight));
            }
        }
        List<String> editorials = new ArrayList<>(new TreeSet<>(fs.stream().map(Features::editorial).toList()));
        int[] fold = new int[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            fold[i] = editorials.indexOf(fs.get(i).editorial()) % folds;
        }
        double[] gold = fs.stream().mapToDouble(f -> f.gold() * 4).toArray();
        double bestLambda = lambdas.get(0);
        double bestR = -2;
        for (double lambda : lambdas) {
            double[] pred = new double[fs.size()];
            double[] modelPred = new double[fs.size()];
            String[] labels = new String[pred.length];
            for (int k = 0; k < folds; k++) {
                List<Features> train = new ArrayList<>(more);
                for (int i = 0; i < fs.size(); i++) {
                    if (fold[i] != k) {
                        train.add(fs.get(i));
                    }
                }
                Model m = fit(train, lambda, minCount, scale, context);
                // the held-out fold is scored by the real scorer on the layers this fold's model writes,
                // so the figures describe exactly what would ship
                ToneScorer written = writtenScorer(lexicons, m, context, entries, fs, lambda, minCount, scale, data,
                        extra, extraWeight, sets);
                for (int i = 0; i < fs.size(); i++) {
                    if (fold[i] == k) {
                        ToneEval.Row row = rows.get(i);
                        ToneScore t = written.score(row.text(), row.tokens(), List.of());
                        pred[i] = t.score();
                        labels[i] = t.label().name();
                        modelPred[i] = m.predict(fs.get(i), scale);
                    }
                }
            }
            double r = ToneEval.pearson(pred, gold);
            System.out.printf(Locale.ROOT, "lambda=%g min_count=%d extra=%d %d-fold CV by editorial: pearson=%.4f f1(band0)=%.4f f1(band0.5)=%.4f (the regression itself: pearson=%.4f)%n",
                    lambda, minCount, more.size(), folds, r, ToneEval.macroF1(gold, labels, 0), ToneEval.macroF1(gold, labels, 0.5),
                    ToneEval.pearson(modelPred, gold));
            if (r > bestR) {
                bestR = r;
                bestLambda = lambda;
            }
            if (cvOut != null && lambdas.size() == 1) {
                try (Writer out = Files.newBufferedWriter(cvOut, StandardCharsets.UTF_8);
                     CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                             .setHeader("id", "tone", "tone_label", "stance", "stance_label").get())) {
                    for (int i = 0; i < pred.length; i++) {
                        p.printRecord(fs.get(i).id(), String.format(Locale.ROOT, "%.4f", pred[i]), labels[i], "0", "NEUTRAL");
                    }
                }
            }
        }
        List<Features> all = new ArrayList<>(more);
        all.addAll(fs);
        Model m = fit(all, bestLambda, minCount, scale, context);
        System.out.printf(Locale.ROOT, "full fit: lambda=%g a=%.4f intercept=%.4f words=%d context words=%d%n",
                bestLambda, m.a, m.b0, m.delta.size(), m.contextWeights == null ? 0
                        : java.util.Arrays.stream(m.contextWeights).filter(v -> v != 0).count());
        if (write != null) {
            write(write, m, entries, fs, bestLambda, minCount, scale, data, extra, extraWeight, sets, true);
            if (context != null) {
                writeContext(write, m, context, data, extra, extraWeight, true);
            }
        }
    }


    /**
     * The scorer of the layers that {@code m} writes: the files of {@code lexicons} with this model's
     * tone-fitted.tsv, scale and (with a context space) tone-context.tsv, in a temporary directory.
     */
    static ToneScorer writtenScorer(Path lexicons, Model m, Context context, Map<String, ToneLexicon.Entry> entries,
                                    List<Features> fs, double lambda, int minCount, double scale, Path data,
                                    List<Path> extra, double extraWeight, List<String> sets) throws IOException {
        Path dir = Files.createTempDirectory("tonefit-fold");
        try {
            try (var files = Files.list(lexicons)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
            }
            if (!Files.exists(dir.resolve("tone-calibration.tsv"))) {
                try (var in = LexiconSource.class.getClassLoader()
                        .getResourceAsStream(LexiconSource.BUNDLED_ROOT + "tone-calibration.tsv")) {
                    Files.copy(in, dir.resolve("tone-calibration.tsv"));
                }
            }
            write(dir, m, entries, fs, lambda, minCount, scale, data, extra, extraWeight, sets, false);
            if (context != null) {
                writeContext(dir, m, context, data, extra, extraWeight, false);
            }
            ToneScorer s = ToneScorer.load(LexiconSource.overlay(dir), context == null ? Set.of("context") : Set.of());
            for (String set : sets) {
                s = s.withCalibration(ToneEval.set(s.calibration(), set));
            }
            return s;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    static List<Features> features(ToneScorer scorer, List<ToneEval.Row> rows, Map<String, ToneLexicon.Entry> entries,
                                   String prefix, boolean entriesOnly, ContextSpace space) {
        List<Features> fs = new ArrayList<>();
        for (ToneEval.Row r : rows) {
            Map<String, Double> x = new HashMap<>();
            Map<Integer, Double> context = new TreeMap<>();
            double[] base = {0};
            scorer.probe(r.text(), r.tokens(), (key, entry, m, modifier, name) -> {
                if (entry != null || modifier || !entriesOnly) {
                    x.merge(key, m, Double::sum);
                }
                Integer c = space == null || entry != null || modifier || name ? null : space.index.get(key);
                if (c != null) {
                    context.merge(c, m, Double::sum);
                }
                if (entry != null) {
                    base[0] += entry.valence() * m;
                    entries.putIfAbsent(key, entry);
                }
            });
            double norm = scorer.norm(r.tokens());
            x.replaceAll((k, v) -> v / norm);
            String editorial = r.id().contains("_") ? r.id().substring(0, r.id().indexOf('_')) : r.id();
            fs.add(new Features(prefix + r.id(), prefix + editorial, r.gold() / 4, base[0] / norm, norm, x, 1,
                    context.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    context.values().stream().mapToDouble(v -> v / norm).toArray()));
        }
        return fs;
    }

    /**
     * A fitted model: y = b0 + a * scale * base + scale * sum(delta * x) + scale * sum(context weight *
     * context count); {@code contextWeights} (null without a context space) are per word of the space,
     * 0 where |weight / a| is below the smallest valence written, as in the shipped layer. Predictions leave b0 out: the scorer has no intercept.
     */
    record Model(double b0, double a, Map<String, Double> delta, double[] contextWeights) {
        double predict(Features f, double scale) {
            double s = a * scale * f.base();
            for (Map.Entry<String, Double> e : f.x().entrySet()) {
                Double d = delta.get(e.getKey());
                if (d != null) {
                    s += scale * d * e.getValue();
                }
            }
            if (contextWeights != null) {
                for (int k = 0; k < f.contextWords().length; k++) {
                    s += scale * contextWeights[f.contextWords()[k]] * f.contextValues()[k];
                }
            }
            return s > 1 ? 1 : s < -1 ? -1 : s;
        }

    }

    static Model fit(List<Features> train, double lambda, int minCount, double scale, Context context) {
        int n = train.size();
        // 1. y = b0 + a * scale * base, (weighted) least squares
        double mx = 0, my = 0, sw = 0;
        for (Features f : train) {
            mx += f.weight() * scale * f.base();
            my += f.weight() * f.gold();
            sw += f.weight();
        }
        mx /= sw;
        my /= sw;
        double sxy = 0, sxx = 0;
        for (Features f : train) {
            double dx = scale * f.base() - mx;
            sxy += f.weight() * dx * (f.gold() - my);
            sxx += f.weight() * dx * dx;
        }
        double a = sxy / sxx;
        double b0 = my - a * mx;
        // 2. ridge on the residual over frequent keys, by conjugate gradients
        Map<String, Integer> df = new HashMap<>();
        for (Features f : train) {
            for (String k : f.x().keySet()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
            if (e.getValue() >= minCount) {
                index.put(e.getKey(), index.size());
            }
        }
        int p = index.size();
        ContextSpace space = context == null ? null : context.space();
        int dims = space == null ? 0 : space.dimension;
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            Features f = train.get(i);
            double rootWeight = Math.sqrt(f.weight());
            List<int[]> c = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            for (Map.Entry<String, Double> e : f.x().entrySet()) {
                Integer j = index.get(e.getKey());
                if (j != null) {
                    c.add(new int[] {j});
                    v.add(rootWeight * scale * e.getValue());
                }
            }
            if (dims > 0 && f.contextWords().length > 0) {
                double[] z = new double[dims];
                for (int k = 0; k < f.contextWords().length; k++) {
                    float[] e = space.vectors[f.contextWords()[k]];
                    for (int d = 0; d < dims; d++) {
                        z[d] += e[d] * f.contextValues()[k];
                    }
                }
                for (int d = 0; d < dims; d++) {
                    c.add(new int[] {p + d});
                    v.add(rootWeight * scale * z[d]);
                }
            }
            if (dims > 0) {
                // an intercept, so that the context direction does not learn the mean rating (the
                // scorer has no intercept: a statement without evidence scores 0)
                c.add(new int[] {p + dims});
                v.add(rootWeight);
            }
            cols[i] = c.stream().mapToInt(x -> x[0]).toArray();
            vals[i] = v.stream().mapToDouble(Double::doubleValue).toArray();
            r[i] = rootWeight * (f.gold() - b0 - a * scale * f.base());
        }
        int intercept = dims > 0 ? 1 : 0;
        double[] rhs = new double[p + dims + intercept];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < cols[i].length; k++) {
                rhs[cols[i][k]] += vals[i][k] * r[i];
            }
        }
        double[] lambdas = new double[p + dims + intercept];
        java.util.Arrays.fill(lambdas, 0, p, lambda);
        java.util.Arrays.fill(lambdas, p, p + dims, dims == 0 ? 0 : context.lambda());
        java.util.Arrays.fill(lambdas, p + dims, lambdas.length, 1e-6);
        double[] d = cg(cols, vals, lambdas, rhs);
        Map<String, Double> delta = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            delta.put(e.getKey(), d[e.getValue()]);
        }
        double[] weights = null;
        if (dims > 0) {
            weights = space.project(java.util.Arrays.copyOfRange(d, p, p + dims));
            for (int j = 0; j < weights.length; j++) {
                if (Math.abs(weights[j] / a) < context.minValence()) {
                    weights[j] = 0;
                }
            }
        }
        return new Model(b0, a, delta, weights);
    }

    /** Solves (X'X + diag(lambdas)) d = rhs by conjugate gradients. */
    static double[] cg(int[][] cols, double[][] vals, double[] lambdas, double[] rhs) {
        int p = lambdas.length;
        double[] d = new double[p];
        double[] res = rhs.clone();
        double[] dir = res.clone();
        double rr = dot(res, res);
        for (int it = 0; it < 500 && rr > 1e-14; it++) {
            double[] q = apply(cols, vals, lambdas, dir);
            double alpha = rr / dot(dir, q);
            for (int j = 0; j < p; j++) {
                d[j] += alpha * dir[j];
                res[j] -= alpha * q[j];
            }
            double rr2 = dot(res, res);
            for (int j = 0; j < p; j++) {
                dir[j] = res[j] + rr2 / rr * dir[j];
            }
            rr = rr2;
        }
        return d;
    }

    static double[] apply(int[][] cols, double[][] vals, double[] lambdas, double[] v) {
        int p = lambdas.length;
        double[] out = new double[p];
        for (int i = 0; i < cols.length; i++) {
            double xv = 0;
            for (int k = 0; k < cols[i].length; k++) {
                xv += vals[i][k] * v[cols[i][k]];
            }
            for (int k = 0; k < cols[i].length; k++) {
                out[cols[i][k]] += vals[i][k] * xv;
            }
        }
        for (int j = 0; j < p; j++) {
            out[j] += lambdas[j] * v[j];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void write(Path dir, Model m, Map<String, ToneLexicon.Entry> entries, List<Features> fs,
                      double lambda, int minCount, double scale, Path data, List<Path> extra, double extraWeight,
                      List<String> sets, boolean report) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        for (Features f : fs) {
            for (String k : f.x().keySet()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("# Entente tone layer \"fitted\": valences fitted on the NYT editorial dev set (")
                .append(data.getFileName()).append(", ").append(fs.size()).append(" statements)\n");
        if (!extra.isEmpty()) {
            s.append("# together with ").append(String.join(", ", extra.stream().map(p -> p.getFileName().toString()).toList()))
                    .append(String.format(Locale.ROOT, " (human-rated non-news sets of the VADER paper), each statement weighing %g%n", extraWeight))
                    .append("# of a dev statement,\n");
        }
        if (!sets.isEmpty()) {
            s.append("# with the calibration changes ").append(String.join(", ", sets)).append(",\n");
        }
        s.append("# by org.entente.score.ToneFit (src/test/java), command in benchmarks/RESULTS.md.\n");
        if (m.contextWeights() != null) {
            s.append("# Fitted jointly with the \"context\" layer (tone-context.tsv), which the same command writes.\n");
        }
        s.append(String.format(Locale.ROOT, "# Ridge regression of gold/4 on the vader+news tone (a = %.4f) and on each word or entry%n", m.a));
        s.append(String.format(Locale.ROOT, "# seen in >= %d statements (lambda = %g); valence = base + delta / a, clipped to [-4, 4];%n", minCount, lambda));
        s.append("# tone-calibration.tsv's scale was multiplied by a at the same time. Only |delta / a| >= 0.05 is listed.\n");
        s.append("# Columns: entry, valence (used), base (valence in vader+news, empty if none), delta (the change),\n");
        s.append("# statements (dev statements containing it; 0 = fitted from the extra sets only), rationale.\n");
        s.append("# version: fitted-5\n");
        s.append("entry\tvalence\tbase\tdelta\tstatements\trationale\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(m.delta()).entrySet()) {
            double change = e.getValue() / m.a();
            if (Math.abs(change) < WRITTEN_CHANGE || e.getKey().indexOf('\t') >= 0 || e.getKey().startsWith("#")) {
                continue;
            }
            ToneLexicon.Entry base = entries.get(e.getKey());
            double b = base == null ? 0 : base.valence();
            double v = Math.max(-4, Math.min(4, b + change));
            s.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.3f", v)).append('\t')
                    .append(base == null ? "" : String.format(Locale.ROOT, "%.2f", b)).append('\t')
                    .append(String.format(Locale.ROOT, "%+.3f", change)).append('\t')
                    .append(df.getOrDefault(e.getKey(), 0)).append('\t')
                    .append(df.containsKey(e.getKey()) ? "fitted on dev" : "fitted on the extra sets").append('\n');
        }
        Files.writeString(dir.resolve("tone-fitted.tsv"), s.toString(), StandardCharsets.UTF_8);
        Path cal = dir.resolve("tone-calibration.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(cal, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("scale\t")) {
                lines.set(i, String.format(Locale.ROOT, "scale\t%.4f\tfitted: %.4f (unfitted) times a = %.4f (ToneFit)",
                        scale * m.a(), scale, m.a()));
            }
        }
        Files.write(cal, lines, StandardCharsets.UTF_8);
        if (report) {
            System.out.println("wrote " + dir.resolve("tone-fitted.tsv") + " and the scale of " + cal);
        }
    }

    /**
     * Writes {@code tone-context.tsv}: for every word of the context space whose fitted weight is at
     * least the smallest valence written, valence = weight / a (the same units as the other layers).
     */
    static void writeContext(Path dir, Model m, Context context, Path data, List<Path> extra, double extraWeight,
                             boolean report) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Entente tone layer \"context\": small valences for plain words that no other layer lists and\n");
        s.append("# that are no modifier words (\"rampant\", \"pointless\", \"milestone\"). Each valence is the word's\n");
        s.append("# vector in the word embedding of Stanford CoreNLP's neural coreference model (models jar,\n");
        s.append("# ").append(ContextSpace.COREF_EMBEDDING).append(", GPL v3+ as CoreNLP),\n");
        s.append("# normalised to length 1, projected on one direction. The direction was fitted by\n");
        s.append("# org.entente.score.ToneFit (src/test/java; command in benchmarks/RESULTS.md) together with the \"fitted\"\n");
        s.append("# layer: a ridge regression of the human rating on the modifier-weighted sum of these vectors\n");
        s.append(String.format(Locale.ROOT, "# (lambda %g) on %s", context.lambda(), data.getFileName()));
        if (!extra.isEmpty()) {
            s.append(String.format(Locale.ROOT, " and, each statement weighing %g, %s", extraWeight,
                    String.join(", ", extra.stream().map(p -> p.getFileName().toString()).toList())));
        }
        s.append(".\n");
        s.append("# So a word the lexicons miss takes the tone of the words it is used like. ");
        s.append(context.commonWordsOnly()
                ? "Only common content words are\n# listed: the most frequent tag of the word in the dictionary of CoreNLP's English POS tagger is\n"
                        + "# a common noun, verb, adjective or adverb tag, and its capitalised form was not tagged as a proper\n"
                        + "# noun more often (no names), and it is no auxiliary.\n"
                : "Every plain word of the embedding is\n# listed (--context-all-words).\n");
        s.append("# The scorer does not count these entries in a cue's own tone, nor for a word capitalised inside a\n");
        s.append("# sentence (a name), and usage tone alone makes no label (README, \"Scores and labels\").\n");
        s.append("# Entries are not inflected\n");
        s.append("# (the embedding lists its own forms); only |valence| >= ").append(context.minValence())
                .append(" is written. Lowest layer: any entry of another\n");
        s.append("# layer replaces one here. Switch the layer off with Entente.builder().disableToneLayers(\"context\") or\n");
        s.append("# --disable-tone-layers context, or replace it with a tone-context.tsv of only a header (--lexicons DIR).\n");
        s.append("# Columns: entry, valence.\n");
        s.append("# version: context-2\n");
        s.append("entry\tvalence\n");
        List<String> words = context.space().words;
        for (int j = 0; j < words.size(); j++) {
            double w = m.contextWeights()[j];
            if (w != 0) {
                s.append(words.get(j)).append('\t').append(String.format(Locale.ROOT, "%.3f", w / m.a())).append('\n');
            }
        }
        Files.writeString(dir.resolve("tone-context.tsv"), s.toString(), StandardCharsets.UTF_8);
        if (report) {
            System.out.println("wrote " + dir.resolve("tone-context.tsv"));
        }
    }
}
