package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Content;
import org.entente.model.CueClass;
import org.entente.model.Evidence;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.entente.model.Span;
import org.entente.model.StanceLabel;
import org.entente.model.StanceScore;
import org.entente.model.Statement;
import org.entente.model.StatementKind;
import org.entente.model.ToneLabel;
import org.entente.model.ToneScore;

/**
 * A stand-in for Entente in CLI unit tests: every "Name said content." is a statement; "good" makes
 * the tone positive, "cooperate" the stance cooperative; a text containing "EXPLODE" fails.
 */
final class FakeAnalyzer implements Analyzer {

    private static final Pattern SAID = Pattern.compile("(\\p{Lu}\\p{L}*) (said) ([^.\\n]+)");

    @Override
    public List<ScoredStatement> analyze(String text) {
        fail(text);
        List<ScoredStatement> out = new ArrayList<>();
        Matcher m = SAID.matcher(text);
        while (m.find()) {
            Statement statement = new Statement(Mention.of(text, new Span(m.start(1), m.end(1))), null,
                    Mention.of(text, new Span(m.start(2), m.end(2))),
                    Content.of(text, List.of(new Span(m.start(3), m.end(3)))), StatementKind.INDIRECT, CueClass.SPEECH);
            Scores scores = scoreAt(text, m.start(3), m.end(3));
            out.add(new ScoredStatement(statement, null, scores.tone(), scores.stance()));
        }
        return out;
    }

    @Override
    public Scores score(String text) {
        fail(text);
        return scoreAt(text, 0, text.length());
    }

    private static Scores scoreAt(String text, int from, int to) {
        String part = text.substring(from, to);
        ToneScore tone = ToneScore.neutral();
        int good = part.indexOf("good");
        if (good >= 0) {
            Span span = new Span(from + good, from + good + 4);
            tone = new ToneScore(0.5, ToneLabel.POSITIVE, 0,
                    List.of(new Evidence("fake", "good", "good", span, "", 1.9, 1.9, List.of())));
        }
        StanceScore stance = StanceScore.neutral();
        int coop = part.indexOf("cooperate");
        if (coop >= 0) {
            Span span = new Span(from + coop, from + coop + 9);
            stance = new StanceScore(0.25, StanceLabel.COOPERATIVE, null,
                    List.of(new Evidence("fake", "cooperate", "cooperate", span, "COOPERATE", 3, 3, List.of())));
        }
        return new Scores(text, tone, stance);
    }

    private static void fail(String text) {
        if (text.contains("EXPLODE")) {
            throw new IllegalStateException("fake failure");
        }
    }
}
