package org.entente.report.html;

import org.entente.report.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The overview page: per speaker and per dyad (speaker affiliation to counterpart actor) the
 * statement count, mean tone and mean stance, as a chart and a sortable table, then the list of
 * articles. Stateless and thread-safe.
 */
final class OverviewPage {

    /** Speakers drawn in the scatter plot (the most prolific); the table lists all. */
    static final int PLOTTED_SPEAKERS = 150;
    /** Speakers named next to their point. */
    static final int LABELLED_SPEAKERS = 12;
    /** Dyads drawn as bars (the most frequent); the table lists all. */
    static final int PLOTTED_DYADS = 30;

    private OverviewPage() {
    }

    static String render(Summary summary, String title) {
        StringBuilder h = new StringBuilder(16384 + summary.articles().size() * 300 + summary.speakers().size() * 400);
        Page.head(h, title);
        h.append("<a class=\"skip\" href=\"#speakers\">Skip to the speakers</a>\n");
        h.append("<header class=\"top\"><h1>").append(Html.esc(title)).append("</h1>\n<p class=\"sub\">")
                .append("<span id=\"total-articles\">").append(summary.articles().size()).append("</span> article")
                .append(summary.articles().size() == 1 ? "" : "s").append(" \u00b7 <span id=\"total-statements\">")
                .append(summary.statements()).append("</span> attributed statement")
                .append(summary.statements() == 1 ? "" : "s").append(" \u00b7 ").append(summary.noSource())
                .append(" without a source in the text \u00b7 ").append(summary.withDyad())
                .append(" with a speaker affiliation and a counterpart</p>\n")
                .append("<nav aria-label=\"Sections\"><a href=\"#speakers\">Speakers</a> ")
                .append("<a href=\"#dyads\">Dyads</a> <a href=\"#articles\">Articles</a></nav></header>\n<main>\n");
        speakers(h, summary);
        dyads(h, summary);
        articles(h, summary);
        h.append("</main>\n");
        Page.foot(h);
        return h.toString();
    }

    private static void speakers(StringBuilder h, Summary summary) {
        List<Summary.Group> speakers = summary.speakers();
        h.append("<section id=\"speakers\" tabindex=\"-1\"><h2>Speakers</h2>\n");
        if (speakers.isEmpty()) {
            h.append("<p>No attributed statement was found.</p></section>\n");
            return;
        }
        h.append("<div class=\"grid\"><figure>");
        scatter(h, speakers);
        h.append("<figcaption>Each speaker's mean tone (across) and mean stance (up); the area of a point grows "
                + "with the number of statements. Blue \u25b2: cooperative on average, orange \u25bc: conflictual, "
                + "grey \u25cf: neutral; a dashed ring gathers statements without a source.")
                .append(speakers.size() > PLOTTED_SPEAKERS ? " The " + PLOTTED_SPEAKERS
                        + " speakers with most statements are drawn; the table lists all " + speakers.size() + "." : "")
                .append("</figcaption></figure>\n");
        h.append("<div class=\"tablewrap\"><table class=\"sortable\" id=\"speaker-table\">")
                .append("<caption>Speakers by number of statements; tone and stance are means (select a heading to sort)</caption><thead><tr>")
                .append("<th scope=\"col\">Speaker</th><th scope=\"col\">Affiliation</th>")
                .append("<th scope=\"col\" class=\"n\" aria-sort=\"descending\">Statements</th>")
                .append("<th scope=\"col\" class=\"n\">Articles</th>")
                .append("<th scope=\"col\" class=\"n\">Tone</th><th scope=\"col\" class=\"n\">Stance</th>")
                .append("</tr></thead><tbody>\n");
        for (Summary.Group g : speakers) {
            boolean none = g.name().equals(Summary.NO_SOURCE);
            h.append("<tr id=\"p").append(g.order()).append("\" data-s=\"p").append(g.order()).append("\" data-speaker=\"")
                    .append(none ? "" : Html.esc(g.name())).append("\"").append(none ? " class=\"nosrc\"" : "")
                    .append("><th scope=\"row\">").append(Html.esc(g.name())).append("</th><td>")
                    .append(Html.esc(g.affiliation())).append("</td>");
            numbers(h, g);
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></div></section>\n");
    }

    private static void numbers(StringBuilder h, Summary.Group g) {
        h.append("<td class=\"n count\" data-v=\"").append(g.count()).append("\">").append(g.count())
                .append("</td><td class=\"n\" data-v=\"").append(g.articles()).append("\">")
                .append(g.articles()).append("</td>");
        meanCell(h, g.meanTone(), false);
        meanCell(h, g.meanStance(), true);
    }

    private static void meanCell(StringBuilder h, double mean, boolean stance) {
        h.append("<td class=\"n mean").append(stance ? " " + stanceClass(mean) : "").append("\" data-v=\"")
                .append(Html.key(mean)).append("\">").append(Html.signed(mean));
        if (stance) {
            h.append(" <span class=\"g\" aria-hidden=\"true\">").append(stanceGlyph(mean)).append("</span>");
        }
        h.append("</td>");
    }

    /** The class of a mean stance, with the scorer's threshold of 0.1. */
    static String stanceClass(double mean) {
        return mean >= 0.1 ? "coop" : mean <= -0.1 ? "confl" : "neu";
    }

    static String stanceGlyph(double mean) {
        return mean >= 0.1 ? "\u25b2" : mean <= -0.1 ? "\u25bc" : "\u25cf";
    }

    /** The smallest of 0.2, 0.4, 0.6, 0.8, 1 that holds every value: ticks fall on tenths. */
    private static double range(List<Double> values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return Math.min(1.0, Math.max(0.2, Math.ceil(max * 5 - 1e-9) / 5));
    }

    private static void scatter(StringBuilder h, List<Summary.Group> all) {
        List<Summary.Group> speakers = all.subList(0, Math.min(all.size(), PLOTTED_SPEAKERS));
        double rx = range(speakers.stream().map(Summary.Group::meanTone).toList());
        double ry = range(speakers.stream().map(Summary.Group::meanStance).toList());
        double w = 600;
        double hgt = 460;
        double left = 58;
        double right = 18;
        double top = 18;
        double bottom = 54;
        double pw = w - left - right;
        double ph = hgt - top - bottom;
        double pad = 16; // points on the range's edge stay inside the frame
        h.append("<svg class=\"chart scatter\" viewBox=\"0 0 ").append(Html.px(w)).append(' ').append(Html.px(hgt))
                .append("\" role=\"group\" aria-label=\"Speakers by mean tone and mean stance\">");
        // frame, grid, ticks and axes
        h.append("<rect class=\"frame\" x=\"").append(Html.px(left)).append("\" y=\"").append(Html.px(top))
                .append("\" width=\"").append(Html.px(pw)).append("\" height=\"").append(Html.px(ph)).append("\"/>");
        for (int i = 0; i <= 4; i++) {
            double vx = -rx + i * rx / 2;
            double vy = -ry + i * ry / 2;
            double x = left + pad + (vx + rx) / (2 * rx) * (pw - 2 * pad);
            double y = top + pad + (ry - vy) / (2 * ry) * (ph - 2 * pad);
            String cls = i == 2 ? "zero" : "grid";
            h.append("<line class=\"").append(cls).append("\" x1=\"").append(Html.px(x)).append("\" y1=\"")
                    .append(Html.px(top)).append("\" x2=\"").append(Html.px(x)).append("\" y2=\"")
                    .append(Html.px(top + ph)).append("\"/>");
            h.append("<line class=\"").append(cls).append("\" x1=\"").append(Html.px(left)).append("\" y1=\"")
                    .append(Html.px(y)).append("\" x2=\"").append(Html.px(left + pw)).append("\" y2=\"")
                    .append(Html.px(y)).append("\"/>");
            h.append("<text class=\"tick\" x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(top + ph + 16))
                    .append("\" text-anchor=\"middle\">").append(tick(vx)).append("</text>");
            h.append("<text class=\"tick\" x=\"").append(Html.px(left - 6)).append("\" y=\"").append(Html.px(y + 4))
                    .append("\" text-anchor=\"end\">").append(tick(vy)).append("</text>");
        }
        h.append("<text class=\"axis\" x=\"").append(Html.px(left + pw / 2)).append("\" y=\"").append(Html.px(hgt - 8))
                .append("\" text-anchor=\"middle\">mean tone: negative \u2190 \u2192 positive</text>");
        h.append("<text class=\"axis\" transform=\"translate(14 ").append(Html.px(top + ph / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">mean stance: conflictual \u2190 \u2192 cooperative</text>");
        // larger points first, so that smaller ones stay on top and clickable
        List<Summary.Group> drawn = new ArrayList<>(speakers);
        drawn.sort(Comparator.comparingInt((Summary.Group g) -> -g.count()).thenComparingInt(g -> g.order()));
        StringBuilder labels = new StringBuilder();
        List<double[]> taken = new ArrayList<>();
        // area grows with the count, relative to the busiest speaker; crowded plots get smaller points
        int most = drawn.isEmpty() ? 1 : Math.max(1, drawn.get(0).count());
        double biggest = drawn.size() > 60 ? 9 : drawn.size() > 20 ? 13 : 18;
        for (int i = 0; i < drawn.size(); i++) {
            Summary.Group g = drawn.get(i);
            double x = left + pad + (g.meanTone() + rx) / (2 * rx) * (pw - 2 * pad);
            double y = top + pad + (ry - g.meanStance()) / (2 * ry) * (ph - 2 * pad);
            double r = 3.5 + (biggest - 3.5) * Math.sqrt((double) g.count() / most);
            boolean none = g.name().equals(Summary.NO_SOURCE);
            String label = g.name() + (g.affiliation().isEmpty() ? "" : " (" + g.affiliation() + ")") + ": "
                    + g.count() + " statement" + (g.count() == 1 ? "" : "s") + ", mean tone " + Html.signed(g.meanTone())
                    + ", mean stance " + Html.signed(g.meanStance());
            h.append("<a class=\"pt ").append(stanceClass(g.meanStance())).append(none ? " nosrc" : "")
                    .append("\" href=\"#p").append(g.order()).append("\" data-s=\"p").append(g.order())
                    .append("\" aria-label=\"").append(Html.esc(label)).append("\"><circle cx=\"").append(Html.px(x))
                    .append("\" cy=\"").append(Html.px(y)).append("\" r=\"").append(Html.px(r)).append("\"/><title>")
                    .append(Html.esc(label)).append("</title></a>");
            if (i < LABELLED_SPEAKERS) {
                label(labels, taken, shortName(g.name()), x, y, r, new double[] {left, top, left + pw, top + ph});
            }
        }
        h.append(labels).append("</svg>");
    }

    /**
     * Names a point beside it: right, left, above or below, whichever first fits in the plot
     * without covering a label already placed; no label if none does (the point keeps its tooltip).
     */
    private static void label(StringBuilder labels, List<double[]> taken, String name, double x, double y,
                              double r, double[] plot) {
        double w = 6.7 * name.length() + 2;
        double h = 14;
        double[][] boxes = {
            {x + r + 3, y - h / 2}, {x - r - 3 - w, y - h / 2}, {x - w / 2, y - r - 2 - h}, {x - w / 2, y + r + 2}};
        for (double[] b : boxes) {
            double[] box = {b[0], b[1], b[0] + w, b[1] + h};
            if (box[0] < plot[0] || box[1] < plot[1] || box[2] > plot[2] || box[3] > plot[3]) {
                continue;
            }
            boolean free = true;
            for (double[] t : taken) {
                if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                taken.add(box);
                labels.append("<text class=\"lbl\" x=\"").append(Html.px(box[0])).append("\" y=\"")
                        .append(Html.px(box[3] - 3)).append("\" aria-hidden=\"true\">").append(Html.esc(name))
                        .append("</text>");
                return;
            }
        }
    }

    private static String shortName(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "\u2026";
    }

    private static String tick(double v) {
        return Math.abs(v) < 1e-9 ? "0" : String.format(Locale.ROOT, "%+.1f", v).replace("-", "\u2212");
    }

    private static void dyads(StringBuilder h, Summary summary) {
        List<Summary.Group> dyads = summary.dyads();
        h.append("<section id=\"dyads\" tabindex=\"-1\"><h2>Dyads: speaker affiliation \u2192 counterpart</h2>\n");
        if (dyads.isEmpty()) {
            h.append("<p>No statement has both a speaker affiliation and a counterpart.</p></section>\n");
            return;
        }
        h.append("<div class=\"grid\"><figure>");
        bars(h, dyads);
        h.append("<figcaption>Mean stance (thick bar: blue \u25b2 right is cooperative, orange \u25bc left is "
                + "conflictual) and mean tone (thin dark bar) of the statements a country or organisation made "
                + "toward a counterpart; n is the number of statements.")
                .append(dyads.size() > PLOTTED_DYADS ? " The " + PLOTTED_DYADS + " most frequent dyads are drawn; "
                        + "the table lists all " + dyads.size() + "." : "")
                .append("</figcaption></figure>\n");
        h.append("<div class=\"tablewrap\"><table class=\"sortable\" id=\"dyad-table\">")
                .append("<caption>Dyads by number of statements; tone and stance are means (select a heading to sort)</caption><thead><tr>")
                .append("<th scope=\"col\">Speaker affiliation</th><th scope=\"col\">Counterpart</th>")
                .append("<th scope=\"col\" class=\"n\" aria-sort=\"descending\">Statements</th>")
                .append("<th scope=\"col\" class=\"n\">Articles</th>")
                .append("<th scope=\"col\" class=\"n\">Tone</th><th scope=\"col\" class=\"n\">Stance</th>")
                .append("</tr></thead><tbody>\n");
        for (Summary.Group g : dyads) {
            String[] ends = g.name().split(" \u2192 ", 2);
            h.append("<tr id=\"d").append(g.order()).append("\" data-s=\"d").append(g.order()).append("\"><th scope=\"row\">")
                    .append(Html.esc(ends[0])).append("</th><td>").append(Html.esc(ends.length > 1 ? ends[1] : ""))
                    .append("</td>");
            numbers(h, g);
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></div></section>\n");
    }

    private static void bars(StringBuilder h, List<Summary.Group> all) {
        List<Summary.Group> dyads = new ArrayList<>(all.subList(0, Math.min(all.size(), PLOTTED_DYADS)));
        dyads.sort(Comparator.comparingDouble((Summary.Group g) -> -g.meanStance()).thenComparingInt(g -> g.order()));
        List<Double> values = new ArrayList<>();
        for (Summary.Group g : dyads) {
            values.add(g.meanStance());
            values.add(g.meanTone());
        }
        double range = range(values);
        double w = 600;
        double labelWidth = 210;
        double row = 30;
        double top = 26;
        double hgt = top + row * dyads.size() + 10;
        double half = (w - labelWidth - 10 - 56) / 2;
        double zero = labelWidth + 10 + half;
        h.append("<svg class=\"chart bars\" viewBox=\"0 0 ").append(Html.px(w)).append(' ').append(Html.px(hgt))
                .append("\" role=\"group\" aria-label=\"Mean stance and tone per dyad\">");
        for (int i = -2; i <= 2; i++) {
            double x = zero + i * half / 2;
            h.append("<line class=\"").append(i == 0 ? "zero" : "grid").append("\" x1=\"").append(Html.px(x))
                    .append("\" y1=\"").append(Html.px(top - 6)).append("\" x2=\"").append(Html.px(x)).append("\" y2=\"")
                    .append(Html.px(hgt - 6)).append("\"/><text class=\"tick\" x=\"").append(Html.px(x))
                    .append("\" y=\"").append(Html.px(top - 10)).append("\" text-anchor=\"middle\">")
                    .append(tick(i * range / 2)).append("</text>");
        }
        for (int i = 0; i < dyads.size(); i++) {
            Summary.Group g = dyads.get(i);
            double y = top + i * row;
            double stance = g.meanStance() / range * half;
            double tone = g.meanTone() / range * half;
            String label = g.name() + " (n=" + g.count() + ")";
            String aria = g.name() + ": " + g.count() + " statement" + (g.count() == 1 ? "" : "s") + ", mean stance "
                    + Html.signed(g.meanStance()) + ", mean tone " + Html.signed(g.meanTone());
            h.append("<a class=\"bar ").append(stanceClass(g.meanStance())).append("\" href=\"#d").append(g.order())
                    .append("\" data-s=\"d").append(g.order()).append("\" aria-label=\"").append(Html.esc(aria))
                    .append("\"><title>").append(Html.esc(aria)).append("</title>")
                    .append("<text class=\"lbl\" x=\"").append(Html.px(labelWidth)).append("\" y=\"")
                    .append(Html.px(y + 14)).append("\" text-anchor=\"end\">").append(Html.esc(shortLabel(label)))
                    .append("</text><rect class=\"st\" x=\"").append(Html.px(Math.min(zero, zero + stance)))
                    .append("\" y=\"").append(Html.px(y + 3)).append("\" width=\"").append(Html.px(Math.max(1.5, Math.abs(stance))))
                    .append("\" height=\"13\"/><rect class=\"tn\" x=\"").append(Html.px(Math.min(zero, zero + tone)))
                    .append("\" y=\"").append(Html.px(y + 18)).append("\" width=\"")
                    .append(Html.px(Math.max(1.5, Math.abs(tone)))).append("\" height=\"4\"/>")
                    .append("<text class=\"val\" x=\"").append(Html.px(stance >= 0 ? zero + stance + 4 : zero + stance - 4))
                    .append("\" y=\"").append(Html.px(y + 14)).append("\"").append(stance >= 0 ? "" : " text-anchor=\"end\"")
                    .append(">").append(stanceGlyph(g.meanStance())).append(' ').append(Html.signed(g.meanStance()))
                    .append("</text></a>");
        }
        h.append("</svg>");
    }

    private static String shortLabel(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "\u2026";
    }

    private static void articles(StringBuilder h, Summary summary) {
        h.append("<section id=\"articles\" tabindex=\"-1\"><h2>Articles</h2>\n")
                .append("<p>Each article has its own page: its text with every statement marked, and the list of "
                        + "its statements with scores and evidence.</p>\n")
                .append("<div class=\"tablewrap tall\"><table class=\"sortable\" id=\"article-table\"><caption>")
                .append("Articles in input order; tone and stance are means (select a heading to sort)</caption><thead><tr>")
                .append("<th scope=\"col\" class=\"n\" aria-sort=\"ascending\">#</th><th scope=\"col\">Article</th>")
                .append("<th scope=\"col\" class=\"n\">Statements</th><th scope=\"col\" class=\"n\">No source</th>")
                .append("<th scope=\"col\" class=\"n\">Tone</th><th scope=\"col\" class=\"n\">Stance</th>")
                .append("</tr></thead><tbody>\n");
        for (Summary.Article a : summary.articles()) {
            h.append("<tr data-doc=\"").append(Html.esc(a.docId())).append("\"><td class=\"n\" data-v=\"")
                    .append(a.number()).append("\">").append(a.number()).append("</td><th scope=\"row\"><a href=\"")
                    .append(Html.esc(a.href())).append("\">").append(Html.esc(a.docId())).append("</a></th>")
                    .append("<td class=\"n count\" data-v=\"").append(a.totals().count()).append("\">")
                    .append(a.totals().count()).append("</td><td class=\"n\" data-v=\"").append(a.noSource())
                    .append("\">").append(a.noSource()).append("</td>");
            if (a.totals().count() == 0) {
                h.append("<td class=\"n\" data-v=\"0\">\u2013</td><td class=\"n\" data-v=\"0\">\u2013</td>");
            } else {
                meanCell(h, a.totals().meanTone(), false);
                meanCell(h, a.totals().meanStance(), true);
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");
    }
}
