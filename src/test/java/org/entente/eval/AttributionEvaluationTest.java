package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.model.Content;
import org.entente.model.CueClass;
import org.entente.model.Mention;
import org.entente.model.Span;
import org.entente.model.Statement;
import org.entente.model.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on a hand-made gold folder: matching, accuracies and error classes. */
class AttributionEvaluationTest {

    static final String TEXT = "Lopes said the talks were useful. \"We will sign,\" Otieno said. Reis hopes for peace.";

    private static Statement statement(Span speaker, Span cue, Span content) {
        return new Statement(Mention.of(TEXT, speaker), speaker.slice(TEXT), Mention.of(TEXT, cue),
                Content.of(TEXT, List.of(content)), StatementKind.INDIRECT, CueClass.SPEECH);
    }

    @Test
    void readsGoldAndScoresMatchesAccuraciesAndMisses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d1.txt"), TEXT);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"doc_id\": \"d1\", \"attributions\": ["
                + "{\"source\": [[0, 5]], \"cue\": [[6, 10]], \"content\": [[11, 32]]},"
                + "{\"source\": [[50, 56]], \"cue\": [[57, 61]], \"content\": [[34, 49]]},"
                + "{\"source\": [[63, 67]], \"cue\": [[68, 73]], \"content\": [[74, 83]]}]}\n");
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.readGold(dir);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).attributions().get(1).content()).containsExactly(new Span(34, 49));

        List<Statement> predicted = List.of(
                statement(new Span(0, 5), new Span(6, 10), new Span(11, 32)),    // exact, right speaker and cue
                statement(new Span(63, 67), new Span(57, 61), new Span(35, 47)), // exact after trimming quotes; wrong speaker
                statement(new Span(0, 5), new Span(0, 5), new Span(57, 73)));   // spurious; gold 3 has no cue hit

        AttributionEvaluation.Result r = AttributionEvaluation.evaluate(docs, Map.of("d1", predicted), 0.5, 5);
        assertThat(r.gold()).isEqualTo(3);
        assertThat(r.goldDirect()).isEqualTo(1);
        assertThat(r.predicted()).isEqualTo(3);
        assertThat(r.exactTp()).isEqualTo(2);
        assertThat(r.partialTp()).isEqualTo(2);
        assertThat(r.partialTpDirect()).isEqualTo(1);
        assertThat(r.sourcePairs()).isEqualTo(2);
        assertThat(r.sourceOk()).isEqualTo(1);
        assertThat(r.cueOk()).isEqualTo(2);
        assertThat(r.missedCue()).isEqualTo(1);
        assertThat(r.wrongSpan()).isZero();
        assertThat(r.worst()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("for peace");
            assertThat(m.errorClass()).isEqualTo("missed cue");
        });
        assertThat(r.partialF1()).isEqualTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.format()).contains("content_f1_partial=0.67 content_f1_exact=0.67 source_acc=0.50 cue_acc=1.00");
    }
}
