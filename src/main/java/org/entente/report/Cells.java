package org.entente.report;

import java.util.List;
import java.util.Locale;
import org.entente.model.Content;
import org.entente.model.Evidence;
import org.entente.model.Span;
import org.entente.model.StanceScore;
import org.entente.model.ToneScore;

/**
 * How report cells are formatted: numbers with {@link Locale#ROOT}, spans, evidence summaries.
 * Stateless and thread-safe.
 */
public final class Cells {

    private Cells() {
    }

    /** A score with four decimals and a dot, whatever the default locale: {@code -0.2500}. */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Every fragment of {@code content} as {@code start-end}, joined by {@code ;}: {@code 97-252;397-400}. */
    public static String spans(Content content) {
        StringBuilder s = new StringBuilder();
        for (Span span : content.spans()) {
            if (s.length() > 0) {
                s.append(';');
            }
            s.append(span.start()).append('-').append(span.end());
        }
        return s.toString();
    }

    /**
     * A one-cell summary of the evidence behind a tone and a stance score, e.g.
     * {@code tone: +1.20 "strengthen", -0.40 "crisis" [negated by 'not']; stance: +0.80 "work with" COOPERATE}.
     * A part with no evidence reads {@code none}; the cue's own tone is added when not zero.
     */
    public static String evidence(ToneScore tone, StanceScore stance) {
        StringBuilder s = new StringBuilder("tone: ");
        appendEvidence(s, tone.evidence());
        if (tone.cueTone() != 0) {
            s.append(String.format(Locale.ROOT, " (cue %+.2f)", tone.cueTone()));
        }
        s.append("; stance: ");
        appendEvidence(s, stance.evidence());
        return s.toString();
    }

    private static void appendEvidence(StringBuilder s, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            s.append("none");
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (i > 0) {
                s.append(", ");
            }
            s.append(String.format(Locale.ROOT, "%+.2f \"%s\"", e.contribution(), e.matched()));
            if (!e.entry().equalsIgnoreCase(e.matched())) {
                s.append(" (").append(e.entry()).append(')');
            }
            if (!e.category().isEmpty()) {
                s.append(' ').append(e.category());
            }
            if (!e.modifiers().isEmpty()) {
                s.append(" [").append(String.join(", ", e.modifiers())).append(']');
            }
        }
    }
}
