package org.entente.report.html;

import org.entente.report.Summary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.Statement;
import org.entente.model.ToneLabel;
import org.entente.report.DocumentResult;

/**
 * The page of one article: its text with every statement marked, then the list of its statements
 * with their scores and evidence. Statements may overlap or nest (a statement inside another's
 * content), so the text is cut at every boundary of every marked part and each piece carries the
 * roles and statements covering it: {@code data-s} lists every statement it belongs to, and
 * {@code data-src}, {@code data-cue}, {@code data-con} the statements it is the source, cue or
 * content of. Stateless and thread-safe.
 */
final class ArticlePage {

    /** Evidence lines shown in a statement's pop-up card; the list below the text shows all. */
    private static final int CARD_EVIDENCE = 8;

    private ArticlePage() {
    }

    /** A marked part of the text: the source, cue, a content span or the counterpart of statement {@code n}. */
    private record Part(int n, Role role, Span span) {
    }

    private enum Role { SOURCE, CUE, CONTENT, COUNTERPART }

    /**
     * The whole page.
     *
     * @param summary   the summary of the batch, for turning counterparts into actors
     * @param overview  the link back to the overview page
     */
    static String render(DocumentResult doc, Summary.Article article, Summary summary, String overview) {
        List<ScoredStatement> statements = doc.statements();
        StringBuilder h = new StringBuilder(doc.text().length() * 3 + 4096 * (1 + statements.size() / 4));
        Page.head(h, doc.docId() + " \u2013 Entente report");
        h.append("<a class=\"skip\" href=\"#statements\">Skip to the list of statements</a>\n");
        h.append("<header class=\"top\"><nav><a href=\"").append(Html.esc(overview))
                .append("\">\u2190 Overview</a></nav>\n<h1>").append(Html.esc(doc.docId())).append("</h1>\n");
        Summary.Group totals = article.totals();
        h.append("<p class=\"sub\">Article ").append(article.number()).append(" \u00b7 <span id=\"count\">")
                .append(statements.size()).append("</span> statement").append(statements.size() == 1 ? "" : "s");
        if (article.noSource() > 0) {
            h.append(" \u00b7 ").append(article.noSource()).append(" without a source in the text");
        }
        if (!statements.isEmpty()) {
            h.append(" \u00b7 mean tone ").append(Html.signed(totals.meanTone()))
                    .append(" \u00b7 mean stance ").append(Html.signed(totals.meanStance()));
        }
        h.append("</p></header>\n<main>\n<div class=\"layout\"><div class=\"reading\">")
                .append("<h2 class=\"vh\">Text</h2>\n<div class=\"text\" id=\"text\" lang=\"en\">");
        markedText(h, doc.text(), statements, summary);
        h.append("</div></div>\n<aside>");
        legend(h);
        speakers(h, statements);
        h.append("</aside></div>\n");
        statementList(h, statements, summary);
        h.append("</main>\n");
        Page.foot(h);
        return h.toString();
    }

    private static void legend(StringBuilder h) {
        h.append("<section class=\"legend\" aria-labelledby=\"legend-h\"><h2 id=\"legend-h\">How to read the marks</h2><ul>")
                .append("<li><span class=\"m src\">Source</span> who speaks</li>")
                .append("<li><span class=\"m cue\">cue</span> the attribution cue</li>")
                .append("<li>Content, shaded by stance:<br><span class=\"m con coop\">cooperative \u25b2</span> ")
                .append("<span class=\"m con confl\">conflictual \u25bc</span> ")
                .append("<span class=\"m con neu\">neutral \u25cf</span></li>")
                .append("<li>Tone, as the underline:<br><span class=\"m con neu tpos\">positive</span> ")
                .append("<span class=\"m con neu tneg\">negative</span> <span class=\"m con neu\">neutral</span></li>")
                .append("<li><span class=\"m ctp\">Counterpart</span> whom the stance is toward</li>")
                .append("<li><span class=\"mk coop\" aria-hidden=\"true\">1<span class=\"g\">\u25b2</span></span> ")
                .append("one badge ends each statement, shaped by its stance; ")
                .append("<span class=\"mk neu nosrc\" aria-hidden=\"true\">2<span class=\"g\">\u25cf</span></span> ")
                .append("no source in the text</li></ul>")
                .append("<p class=\"hint\">Hover over or tab to a badge for its scores and evidence; Enter jumps to ")
                .append("the statement in the list below.</p></section>\n");
    }

    /** The speakers of this article with their statement counts, most first. */
    private static void speakers(StringBuilder h, List<ScoredStatement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (ScoredStatement s : statements) {
            counts.merge(Summary.speakerKey(s), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        h.append("<section class=\"who-list\" aria-labelledby=\"who-h\"><h2 id=\"who-h\">Speakers here</h2><ul>");
        for (Map.Entry<String, Integer> e : sorted) {
            h.append("<li><span>").append(Html.esc(e.getKey())).append("</span> <span class=\"n\">")
                    .append(e.getValue()).append("</span></li>");
        }
        h.append("</ul></section>\n");
    }

    /** The text, cut at every part boundary, with a numbered badge after each statement. */
    static void markedText(StringBuilder h, String text, List<ScoredStatement> statements, Summary summary) {
        List<Part> parts = new ArrayList<>();
        Map<Integer, List<Integer>> badges = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            int n = i + 1;
            ScoredStatement s = statements.get(i);
            Statement st = s.statement();
            if (st.speaker() != null) {
                parts.add(new Part(n, Role.SOURCE, check(st.speaker().span(), text, n)));
            }
            parts.add(new Part(n, Role.CUE, check(st.cue().span(), text, n)));
            for (Span span : st.content().spans()) {
                parts.add(new Part(n, Role.CONTENT, check(span, text, n)));
            }
            int end = Math.max(st.cue().span().end(), st.content().extent().end());
            if (st.speaker() != null) {
                end = Math.max(end, st.speaker().span().end());
            }
            Mention counterpart = s.stance().counterpart();
            if (counterpart != null && counterpart.span().end() <= text.length()) {
                parts.add(new Part(n, Role.COUNTERPART, counterpart.span()));
            }
            badges.computeIfAbsent(end, k -> new ArrayList<>()).add(n);
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Part p : parts) {
            cuts.add(p.span().start());
            cuts.add(p.span().end());
        }
        cuts.addAll(badges.keySet());
        Integer from = cuts.first();
        badges(h, badges.get(from), statements, summary);
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segment(h, text, from, to, parts, statements);
            badges(h, badges.get(to), statements, summary);
        }
    }

    private static Span check(Span span, String text, int n) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("statement " + n + ": span " + span
                    + " exceeds the text's length " + text.length());
        }
        return span;
    }

    private static void segment(StringBuilder h, String text, int from, int to, List<Part> parts,
                                List<ScoredStatement> statements) {
        String piece = text.substring(from, to);
        List<Part> covering = new ArrayList<>();
        for (Part p : parts) {
            if (p.span().start() <= from && to <= p.span().end() && p.span().length() > 0) {
                covering.add(p);
            }
        }
        if (covering.isEmpty()) {
            h.append(Html.esc(piece));
            return;
        }
        Set<Integer> ns = new LinkedHashSet<>();
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        Part innermost = null;
        int contents = 0;
        for (Part p : covering) {
            ns.add(p.n());
            roles.add(p.role());
            if (p.role() == Role.CONTENT) {
                contents++;
                if (innermost == null || extent(statements, p.n()) < extent(statements, innermost.n())) {
                    innermost = p;
                }
            }
        }
        StringBuilder cls = new StringBuilder("m");
        if (roles.contains(Role.SOURCE)) {
            cls.append(" src");
        }
        if (roles.contains(Role.CUE)) {
            cls.append(" cue");
        }
        if (innermost != null) {
            ScoredStatement s = statements.get(innermost.n() - 1);
            cls.append(" con ").append(stanceClass(s.stance().label()));
            if (Math.abs(s.stance().score()) >= 0.5) {
                cls.append(" strong");
            }
            if (s.tone().label() == ToneLabel.POSITIVE) {
                cls.append(" tpos");
            } else if (s.tone().label() == ToneLabel.NEGATIVE) {
                cls.append(" tneg");
            }
            if (contents > 1) {
                cls.append(" nest");
            }
        }
        if (roles.contains(Role.COUNTERPART)) {
            cls.append(" ctp");
        }
        StringBuilder title = new StringBuilder();
        StringBuilder data = new StringBuilder();
        StringBuilder roleData = new StringBuilder();
        for (Role role : List.of(Role.SOURCE, Role.CUE, Role.CONTENT)) {
            StringBuilder of = new StringBuilder();
            for (Part p : covering) {
                if (p.role() == role) {
                    of.append(of.length() == 0 ? "" : " ").append(p.n());
                }
            }
            if (of.length() > 0) {
                roleData.append(" data-").append(role == Role.SOURCE ? "src" : role == Role.CUE ? "cue" : "con")
                        .append("=\"").append(of).append('"');
            }
        }
        for (int n : ns) {
            if (data.length() > 0) {
                data.append(' ');
                title.append('\n');
            }
            data.append(n);
            ScoredStatement s = statements.get(n - 1);
            title.append('#').append(n).append(' ').append(speakerName(s)).append(": ");
            List<String> what = new ArrayList<>();
            for (Part p : covering) {
                if (p.n() == n) {
                    what.add(p.role().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            title.append(String.join(", ", what)).append(" \u2014 tone ").append(Html.signed(s.tone().score()))
                    .append(' ').append(s.tone().label()).append(", stance ").append(Html.signed(s.stance().score()))
                    .append(' ').append(s.stance().label());
        }
        h.append("<span class=\"").append(cls).append("\" data-s=\"").append(data).append('"').append(roleData)
                .append(" title=\"")
                .append(Html.esc(title.toString())).append("\">").append(Html.esc(piece)).append("</span>");
    }

    private static int extent(List<ScoredStatement> statements, int n) {
        return statements.get(n - 1).statement().content().extent().length();
    }

    static String stanceClass(StanceLabel label) {
        return switch (label) {
            case COOPERATIVE -> "coop";
            case CONFLICTUAL -> "confl";
            case NEUTRAL -> "neu";
        };
    }

    static String stanceGlyph(StanceLabel label) {
        return switch (label) {
            case COOPERATIVE -> "\u25b2";
            case CONFLICTUAL -> "\u25bc";
            case NEUTRAL -> "\u25cf";
        };
    }

    /**
     * Whether the speaker is a pronoun or description that was not resolved to a name: its
     * canonical form is the mention itself and starts in lower case ("he", "the minister").
     */
    static boolean unresolved(ScoredStatement s) {
        Statement st = s.statement();
        return st.speaker() != null && st.speakerCanonical().equals(st.speaker().text())
                && !st.speakerCanonical().isEmpty() && Character.isLowerCase(st.speakerCanonical().charAt(0));
    }

    private static String speakerName(ScoredStatement s) {
        return s.statement().speaker() == null ? Summary.NO_SOURCE : s.statement().speakerCanonical();
    }

    private static void badges(StringBuilder h, List<Integer> ns, List<ScoredStatement> statements, Summary summary) {
        if (ns == null) {
            return;
        }
        for (int n : ns) {
            ScoredStatement s = statements.get(n - 1);
            boolean noSource = s.statement().speaker() == null;
            String label = "Statement " + n + ": " + (noSource ? "no source in the text" : speakerName(s)
                    + (unresolved(s) ? " (unresolved)" : ""))
                    + ", tone " + s.tone().label().name().toLowerCase(java.util.Locale.ROOT)
                    + ", stance " + s.stance().label().name().toLowerCase(java.util.Locale.ROOT);
            h.append("<span class=\"mw\"><a class=\"mk ").append(stanceClass(s.stance().label()))
                    .append(noSource ? " nosrc" : "").append("\" id=\"m").append(n).append("\" href=\"#s").append(n)
                    .append("\" data-s=\"").append(n).append("\" aria-label=\"").append(Html.esc(label))
                    .append("\" aria-describedby=\"c").append(n).append("\">").append(n)
                    .append("<span class=\"g\" aria-hidden=\"true\">").append(stanceGlyph(s.stance().label()))
                    .append("</span></a><span class=\"card\" id=\"c").append(n).append("\" role=\"tooltip\">");
            StringBuilder card = new StringBuilder();
            card(card, n, s, summary);
            // the card's lines are blocks; spaces keep them apart when the text is copied or read aloud
            h.append(card.toString().replace("</span><span", "</span> <span")).append("</span></span>");
        }
    }

    /** The pop-up card of a badge: phrasing content only, since it sits inside the text. */
    private static void card(StringBuilder h, int n, ScoredStatement s, Summary summary) {
        Statement st = s.statement();
        h.append("<span class=\"ch\"><b>#").append(n).append(' ').append(Html.esc(speakerName(s))).append("</b>");
        if (s.speakerAffiliation() != null) {
            h.append(" (").append(Html.esc(s.speakerAffiliation())).append(')');
        }
        h.append(" \u00b7 <i>").append(Html.esc(st.cue().text())).append("</i></span>");
        h.append("<span>");
        if (st.speaker() != null && !st.speaker().text().equals(st.speakerCanonical())) {
            h.append("as written \u201c").append(Html.esc(st.speaker().text())).append("\u201d \u00b7 ");
        }
        h.append(st.kind()).append(" \u00b7 ").append(st.cueClass()).append("</span>");
        scores(h, s, summary, "span");
        int shown = 0;
        int total = s.tone().evidence().size() + s.stance().evidence().size();
        for (int k = 0; k < 2; k++) {
            List<Evidence> evidence = k == 0 ? s.tone().evidence() : s.stance().evidence();
            for (Evidence e : evidence) {
                if (shown == CARD_EVIDENCE) {
                    break;
                }
                h.append("<span class=\"ev\">").append(k == 0 ? "tone " : "stance ")
                        .append(Html.esc(evidenceLine(e))).append("</span>");
                shown++;
            }
        }
        if (total == 0) {
            h.append("<span class=\"ev\">no lexicon entry fired</span>");
        } else if (total > shown) {
            h.append("<span class=\"ev\">\u2026 ").append(total - shown).append(" more in the list</span>");
        }
    }

    /** Tone and stance with labels, as two lines inside a {@code tag} element each. */
    private static void scores(StringBuilder h, ScoredStatement s, Summary summary, String tag) {
        h.append('<').append(tag).append(" class=\"sc\">Tone <b>").append(Html.signed(s.tone().score()))
                .append("</b> ").append(s.tone().label());
        if (s.tone().cueTone() != 0) {
            h.append(" \u00b7 cue tone ").append(Html.signed(s.tone().cueTone()));
        }
        h.append("</").append(tag).append(">");
        h.append('<').append(tag).append(" class=\"sc\">Stance <b>").append(Html.signed(s.stance().score()))
                .append("</b> ").append(stanceGlyph(s.stance().label())).append(' ').append(s.stance().label());
        Mention counterpart = s.stance().counterpart();
        if (counterpart != null) {
            String actor = s.stance().counterpartActor();
            h.append(" \u00b7 toward ").append(Html.esc(actor));
            if (!actor.equals(counterpart.text())) {
                h.append(" (\u201c").append(Html.esc(counterpart.text())).append("\u201d)");
            }
        }
        h.append("</").append(tag).append(">");
    }

    /** {@code +0.80 "welcome" (entry) CATEGORY vader w=+1.60 [negated by 'not']}. */
    static String evidenceLine(Evidence e) {
        StringBuilder s = new StringBuilder();
        s.append(Html.signed(e.contribution())).append(" \u201c").append(e.matched()).append('\u201d');
        if (!e.entry().equalsIgnoreCase(e.matched())) {
            s.append(" (").append(e.entry()).append(')');
        }
        if (!e.category().isEmpty()) {
            s.append(' ').append(e.category());
        }
        s.append(' ').append(e.lexicon()).append(" w=").append(Html.signed(e.weight()));
        if (!e.modifiers().isEmpty()) {
            s.append(" [").append(String.join(", ", e.modifiers())).append(']');
        }
        return s.toString();
    }

    private static void statementList(StringBuilder h, List<ScoredStatement> statements, Summary summary) {
        h.append("<section id=\"statements\" tabindex=\"-1\"><h2>Statements (").append(statements.size())
                .append(")</h2>\n");
        if (statements.isEmpty()) {
            h.append("<p>No attributed statement was found in this article.</p>");
        }
        h.append("<ol class=\"stmts\">\n");
        for (int i = 0; i < statements.size(); i++) {
            int n = i + 1;
            ScoredStatement s = statements.get(i);
            Statement st = s.statement();
            boolean noSource = st.speaker() == null;
            h.append("<li id=\"s").append(n).append("\" data-s=\"").append(n).append("\" tabindex=\"-1\"")
                    .append(noSource ? " class=\"nosrc\"" : "").append(">");
            h.append("<div class=\"sh\"><a class=\"mk ").append(stanceClass(s.stance().label()))
                    .append(noSource ? " nosrc" : "").append("\" href=\"#m").append(n)
                    .append("\" aria-label=\"Statement ").append(n).append(": back to the text\">").append(n)
                    .append("<span class=\"g\" aria-hidden=\"true\">").append(stanceGlyph(s.stance().label()))
                    .append("</span></a> ");
            if (noSource) {
                h.append("<span class=\"who none\">no source in the text</span>");
            } else {
                h.append("<span class=\"who\">").append(Html.esc(st.speakerCanonical())).append("</span>");
                if (s.speakerAffiliation() != null) {
                    h.append(" <span class=\"aff\">").append(Html.esc(s.speakerAffiliation())).append("</span>");
                }
                if (!st.speaker().text().equals(st.speakerCanonical())) {
                    h.append(" <span class=\"asw\">as written \u201c").append(Html.esc(st.speaker().text()))
                            .append("\u201d</span>");
                }
                if (unresolved(s)) {
                    h.append(" <span class=\"unres\">not resolved to a name</span>");
                }
            }
            h.append(" \u00b7 <i>").append(Html.esc(st.cue().text())).append("</i> \u00b7 <span class=\"kind\">")
                    .append(st.kind()).append(" \u00b7 ").append(st.cueClass()).append("</span></div>\n");
            h.append("<blockquote>").append(Html.esc(st.content().text())).append("</blockquote>\n");
            h.append("<div class=\"scores\">");
            scores(h, s, summary, "span");
            h.append("</div>\n");
            evidenceTable(h, s);
            h.append("</li>\n");
        }
        h.append("</ol></section>\n");
    }

    private static void evidenceTable(StringBuilder h, ScoredStatement s) {
        int total = s.tone().evidence().size() + s.stance().evidence().size();
        if (total == 0) {
            h.append("<p class=\"noev\">No lexicon entry fired.</p>\n");
            return;
        }
        h.append("<details open><summary>Evidence (").append(total).append(")</summary>")
                .append("<table class=\"ev\"><thead><tr><th>score</th><th>matched</th><th>entry</th>")
                .append("<th>category</th><th>lexicon</th><th class=\"n\">weight</th>")
                .append("<th class=\"n\">contribution</th><th>modifiers</th></tr></thead><tbody>");
        for (int k = 0; k < 2; k++) {
            for (Evidence e : k == 0 ? s.tone().evidence() : s.stance().evidence()) {
                h.append("<tr><td>").append(k == 0 ? "tone" : "stance").append("</td><td>")
                        .append(Html.esc(e.matched())).append("</td><td>").append(Html.esc(e.entry()))
                        .append("</td><td>").append(Html.esc(e.category())).append("</td><td>")
                        .append(Html.esc(e.lexicon())).append("</td><td class=\"n\">").append(Html.signed(e.weight()))
                        .append("</td><td class=\"n\">").append(Html.signed(e.contribution())).append("</td><td>")
                        .append(Html.esc(String.join(", ", e.modifiers()))).append("</td></tr>");
            }
        }
        h.append("</tbody></table></details>\n");
    }
}
