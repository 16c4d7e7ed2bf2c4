package org.entente.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.Sentence;
import org.entente.annotate.Word;
import org.entente.eval.AttributionEvaluation;
import org.entente.model.Span;

/**
 * Developer tool: how often each verb lemma (with a subject) is a gold attribution cue in a gold
 * folder. Prints lemma, occurrences, cue hits. Usage: CueStats GOLD_DIR CACHE_DIR
 */
public final class CueStats {
    public static void main(String[] args) throws Exception {
        Map<String, int[]> stats = new HashMap<>();
        ExtractEval.forEachCached(Path.of(args[0]), Path.of(args[1]), (g, doc) -> {
            for (Sentence s : doc.sentences()) {
                for (Word w : s.words()) {
                    boolean verb = w.isPos("VB") && (s.child(w.index(), "nsubj") >= 0 || w.pos().equals("VBG"));
                    boolean noun = w.isPos("NN") && s.child(w.index(), "nmod:poss") >= 0;
                    if (!verb && !noun) {
                        continue;
                    }
                    String key = (verb ? "V:" : "N:") + w.lemma();
                    int[] c = stats.computeIfAbsent(key, k -> new int[2]);
                    c[0]++;
                    if (hit(g.attributions(), w.span())) {
                        c[1]++;
                    }
                }
            }
        });
        stats.entrySet().stream().filter(e -> e.getValue()[1] >= 2)
                .sorted((a, b) -> b.getValue()[1] - a.getValue()[1])
                .forEach(e -> System.out.println(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]));
    }

    private static boolean hit(List<AttributionEvaluation.GoldAttribution> atts, Span span) {
        for (AttributionEvaluation.GoldAttribution a : atts) {
            for (Span c : a.cue()) {
                if (c.overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }
}
