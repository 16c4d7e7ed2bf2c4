package org.entente.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.model.Span;
import org.entente.model.Statement;

/**
 * Scores extracted statements against gold attributions (source, cue, content spans) in the
 * PolNeAR layout: a folder with {@code gold.jsonl} and the {@code <doc_id>.txt} files. The figures
 * are those of the project's reference scorer: exact and partial (token-overlap F1) content matching
 * one to one, source and cue accuracy on matched pairs, recall by direct and indirect gold; plus a
 * breakdown of the misses by error class and the worst misses. Pure apart from {@link #readGold}.
 */
public final class AttributionEvaluation {

    private static final String QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a`\u00b4";
    private static final String TRIM = QUOTES + ".,;:!?()[]{}-\u2013\u2014\u2015\u2026*_/\\|";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her",
            "them", "his", "their");

    private AttributionEvaluation() {
    }

    /**
     * One gold attribution.
     *
     * @param source  the source spans (empty when the text names no source)
     * @param cue     the cue spans
     * @param content the content spans, in order
     */
    public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
        public GoldAttribution {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
            if (content.isEmpty()) {
                throw new IllegalArgumentException("a gold attribution needs content");
            }
        }
    }

    /**
     * A gold document.
     *
     * @param id           its id (the file stem)
     * @param text         its text
     * @param attributions its gold attributions
     */
    public record GoldDocument(String id, String text, List<GoldAttribution> attributions) {
        public GoldDocument {
            attributions = List.copyOf(attributions);
        }
    }

    /**
     * A missed gold attribution, for error analysis.
     *
     * @param docId      the document
     * @param errorClass {@code missed cue} or {@code wrong span}
     * @param cue        the gold cue text
     * @param content    the gold content text
     * @param predicted  the content of the prediction with the best overlap, or {@code ""}
     * @param overlap    that prediction's token F1
     */
    public record Miss(String docId, String errorClass, String cue, String content, String predicted, double overlap) {
    }

    /** The figures of one evaluation. */
    public record Result(int documents, int gold, int goldDirect, int goldIndirect, int predicted, int exactTp,
                         int partialTp, int partialTpDirect, int partialTpIndirect, double partialF1Sum,
                         int sourcePairs, int sourceOk, int sourceOkLenient, int noSourcePairs, int noSourceOk,
                         int cuePairs, int cueOk, int missedCue, int wrongSpan, List<Miss> worst) {

        public double exactF1() {
            return f1(exactTp, predicted, gold);
        }

        public double partialF1() {
            return f1(partialTp, predicted, gold);
        }

        public double sourceAccuracy() {
            return ratio(sourceOk, sourcePairs);
        }

        public double cueAccuracy() {
            return ratio(cueOk, cuePairs);
        }

        /** The report, in the reference scorer's layout, then the error breakdown and worst misses. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "documents: %d   gold attributions: %d (direct %d, indirect %d)   predicted: %d%n",
                    documents, gold, goldDirect, goldIndirect, predicted));
            b.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %6s%n", "content match", "precision", "recall", "F1", "tp"));
            b.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %6d%n", "exact (trimmed)",
                    ratio(exactTp, predicted), ratio(exactTp, gold), exactF1(), exactTp));
            b.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %6d%n", "partial (tokF1>=0.50)",
                    ratio(partialTp, predicted), ratio(partialTp, gold), partialF1(), partialTp));
            b.append(String.format(Locale.ROOT, "%-22s %9s %9.3f%n", "  recall direct", "", ratio(partialTpDirect, goldDirect)));
            b.append(String.format(Locale.ROOT, "%-22s %9s %9.3f%n", "  recall indirect", "", ratio(partialTpIndirect, goldIndirect)));
            b.append(String.format(Locale.ROOT, "mean token F1 of partial pairs: %.3f%n", ratio(partialF1Sum, partialTp)));
            b.append(String.format(Locale.ROOT, "on partial pairs: source_acc %.3f (%d/%d)   source_acc_lenient %.3f   "
                            + "no-source agreement %d/%d   cue_acc %.3f (%d/%d)%n", sourceAccuracy(), sourceOk, sourcePairs,
                    ratio(sourceOkLenient, sourcePairs), noSourceOk, noSourcePairs, cueAccuracy(), cueOk, cuePairs));
            b.append(String.format(Locale.ROOT, "errors: missed cue %d, wrong span %d, wrong speaker %d, spurious %d%n",
                    missedCue, wrongSpan, sourcePairs - sourceOk, predicted - partialTp));
            if (!worst.isEmpty()) {
                b.append("worst misses (largest gold content first):\n");
                for (Miss m : worst) {
                    b.append(String.format(Locale.ROOT, "  [%s] %s | cue '%s' | gold: %s%n      best prediction (F1 %.2f): %s%n",
                            m.errorClass(), m.docId(), m.cue(), clip(m.content()), m.overlap(), clip(m.predicted())));
                }
            }
            b.append(String.format(Locale.ROOT, "content_f1_partial=%.2f content_f1_exact=%.2f source_acc=%.2f cue_acc=%.2f%n",
                    partialF1(), exactF1(), sourceAccuracy(), cueAccuracy()));
            return b.toString();
        }

        private static String clip(String s) {
            String one = s.replace('\n', ' ');
            return one.length() > 140 ? one.substring(0, 137) + "..." : one;
        }
    }

    /** Reads {@code gold.jsonl} and the texts it names from {@code dir}. */
    public static List<GoldDocument> readGold(Path dir) {
        Path file = dir.resolve("gold.jsonl");
        List<GoldDocument> docs = new ArrayList<>();
        try {
            int line = 0;
            for (String json : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (json.isBlank()) {
                    continue;
                }
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> d = (Map<String, Object>) Json.parse(json);
                    String id = (String) d.get("doc_id");
                    String text = Files.readString(dir.resolve(id + ".txt"), StandardCharsets.UTF_8);
                    List<GoldAttribution> atts = new ArrayList<>();
                    for (Object a : (List<?>) d.get("attributions")) {
                        Map<?, ?> m = (Map<?, ?>) a;
                        atts.add(new GoldAttribution(spans(m.get("source")), spans(m.get("cue")), spans(m.get("content"))));
                    }
                    docs.add(new GoldDocument(id, text, atts));
                } catch (RuntimeException e) {
                    throw new EntenteException(file + ":" + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new EntenteException("cannot read gold from " + dir + ": " + e.getMessage(), e);
        }
        return docs;
    }

    private static List<Span> spans(Object o) {
        List<Span> out = new ArrayList<>();
        for (Object pair : (List<?>) o) {
            List<?> p = (List<?>) pair;
            out.add(new Span(((Double) p.get(0)).intValue(), ((Double) p.get(1)).intValue()));
        }
        return out;
    }

    /**
     * Evaluates predicted statements (by document id) against the gold documents.
     *
     * @param threshold the token F1 a partial match needs (the reference scorer uses 0.5)
     * @param worst     how many of the worst misses to keep
     */
    public static Result evaluate(List<GoldDocument> gold, Map<String, List<Statement>> predicted, double threshold,
                                  int worst) {
        int nGold = 0, nDirect = 0, nIndirect = 0, nPred = 0, exact = 0, partial = 0, pDirect = 0, pIndirect = 0;
        double f1Sum = 0;
        int srcPairs = 0, srcOk = 0, srcLenient = 0, noSrcPairs = 0, noSrcOk = 0, cuePairs = 0, cueOk = 0;
        int missedCue = 0, wrongSpan = 0;
        List<Miss> misses = new ArrayList<>();
        for (GoldDocument doc : gold) {
            String text = doc.text();
            List<Statement> ps = predicted.getOrDefault(doc.id(), List.of());
            List<GoldAttribution> gs = doc.attributions();
            nGold += gs.size();
            nPred += ps.size();
            List<Set<Integer>> gTok = new ArrayList<>();
            List<Span> gExt = new ArrayList<>();
            List<Boolean> direct = new ArrayList<>();
            for (GoldAttribution g : gs) {
                gTok.add(tokens(text, g.content()));
                gExt.add(trim(text, new Span(g.content().get(0).start(), g.content().get(g.content().size() - 1).end())));
                boolean d = g.content().stream().anyMatch(sp -> {
                    String t = sp.slice(text);
                    return t.indexOf('"') >= 0 || t.indexOf('\u201c') >= 0 || t.indexOf('\u201d') >= 0;
                });
                direct.add(d);
                if (d) {
                    nDirect++;
                } else {
                    nIndirect++;
                }
            }
            List<Set<Integer>> pTok = new ArrayList<>();
            List<Span> pExt = new ArrayList<>();
            for (Statement p : ps) {
                pTok.add(tokens(text, List.of(p.content().extent())));
                pExt.add(trim(text, p.content().extent()));
            }
            Set<Integer> used = new HashSet<>();
            for (int gi = 0; gi < gs.size(); gi++) {
                for (int pi = 0; pi < ps.size(); pi++) {
                    if (!used.contains(pi) && pExt.get(pi).equals(gExt.get(gi)) && gExt.get(gi).length() > 0) {
                        used.add(pi);
                        exact++;
                        break;
                    }
                }
            }
            List<double[]> cands = new ArrayList<>();
            double[][] best = new double[gs.size()][2];
            for (int gi = 0; gi < gs.size(); gi++) {
                best[gi][1] = -1;
                GoldAttribution g = gs.get(gi);
                Span ext = new Span(g.content().get(0).start(), g.content().get(g.content().size() - 1).end());
                List<Span> inner = new ArrayList<>();
                for (Span sp : concat(g.source(), g.cue())) {
                    if (ext.contains(sp)) {
                        inner.add(sp);
                    }
                }
                Set<Integer> innerTok = tokens(text, inner);
                for (int pi = 0; pi < ps.size(); pi++) {
                    Set<Integer> pt = new HashSet<>(pTok.get(pi));
                    pt.removeAll(innerTok);
                    int inter = 0;
                    for (int t : pt) {
                        if (gTok.get(gi).contains(t)) {
                            inter++;
                        }
                    }
                    if (inter == 0) {
                        continue;
                    }
                    double f1 = 2.0 * inter / (gTok.get(gi).size() + pt.size());
                    if (f1 > best[gi][0]) {
                        best[gi][0] = f1;
                        best[gi][1] = pi;
                    }
                    if (f1 >= threshold) {
                        cands.add(new double[] {f1, gi, pi});
                    }
                }
            }
            cands.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1])
                    .thenComparingDouble(c -> c[2]));
            Set<Integer> ug = new HashSet<>();
            Set<Integer> up = new HashSet<>();
            for (double[] c : cands) {
                int gi = (int) c[1];
                int pi = (int) c[2];
                if (ug.contains(gi) || up.contains(pi)) {
                    continue;
                }
                ug.add(gi);
                up.add(pi);
                partial++;
                f1Sum += c[0];
                if (direct.get(gi)) {
                    pDirect++;
                } else {
                    pIndirect++;
                }
                GoldAttribution g = gs.get(gi);
                Statement p = ps.get(pi);
                if (!g.source().isEmpty()) {
                    srcPairs++;
                    boolean ok = p.speaker() != null && overlaps(p.speaker().span(), g.source());
                    if (ok) {
                        srcOk++;
                    }
                    if (ok || lenient(text, p, g.source())) {
                        srcLenient++;
                    }
                } else {
                    noSrcPairs++;
                    if (p.speaker() == null) {
                        noSrcOk++;
                    }
                }
                if (!g.cue().isEmpty()) {
                    cuePairs++;
                    if (overlaps(p.cue().span(), g.cue())) {
                        cueOk++;
                    }
                }
            }
            for (int gi = 0; gi < gs.size(); gi++) {
                if (ug.contains(gi)) {
                    continue;
                }
                GoldAttribution g = gs.get(gi);
                boolean cueHit = ps.stream().anyMatch(p -> overlaps(p.cue().span(), g.cue()));
                if (cueHit) {
                    wrongSpan++;
                } else {
                    missedCue++;
                }
                String content = String.join(" | ", g.content().stream().map(sp -> sp.slice(text)).toList());
                String cue = String.join(" ", g.cue().stream().map(sp -> sp.slice(text)).toList());
                int bp = (int) best[gi][1];
                misses.add(new Miss(doc.id(), cueHit ? "wrong span" : "missed cue", cue, content,
                        bp >= 0 ? ps.get(bp).content().text() : "", best[gi][0]));
            }
        }
        misses.sort(Comparator.comparingInt((Miss m) -> -m.content().length()).thenComparing(Miss::docId));
        return new Result(gold.size(), nGold, nDirect, nIndirect, nPred, exact, partial, pDirect, pIndirect, f1Sum,
                srcPairs, srcOk, srcLenient, noSrcPairs, noSrcOk, cuePairs, cueOk, missedCue, wrongSpan,
                List.copyOf(misses.subList(0, Math.min(worst, misses.size()))));
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Start offsets of the word tokens ({@code \w+} runs) overlapping any of the spans. */
    static Set<Integer> tokens(String text, List<Span> spans) {
        Set<Integer> out = new HashSet<>();
        for (Span sp : spans) {
            int i = sp.start();
            // a token that starts before the span but reaches into it counts, as in the reference scorer
            while (i > 0 && isWordChar(text.charAt(i - 1)) && i < text.length() && isWordChar(text.charAt(i))) {
                i--;
            }
            while (i < sp.end() && i < text.length()) {
                if (isWordChar(text.charAt(i))) {
                    int start = i;
                    while (i < text.length() && isWordChar(text.charAt(i))) {
                        i++;
                    }
                    out.add(start);
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Span trim(String text, Span sp) {
        int s = sp.start();
        int e = sp.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || TRIM.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || TRIM.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean overlaps(Span a, List<Span> spans) {
        for (Span s : spans) {
            if (a.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lenient(String text, Statement p, List<Span> goldSource) {
        if (p.speaker() == null) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (String w : p.speaker().text().split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || PRONOUNS.contains(w.toLowerCase(Locale.ROOT)))) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        for (Span s : goldSource) {
            for (String w : s.slice(text).split("[^\\p{L}\\p{N}_]+")) {
                if (words.contains(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0.0 : a / b;
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = ratio(tp, predicted);
        double r = ratio(tp, gold);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
