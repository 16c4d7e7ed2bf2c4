package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.model.ScoredStatement;
import org.junit.jupiter.api.Test;

/**
 * {@link Entente#analyzeAll}: one shared CoreNLP pipeline used by several threads gives exactly
 * what one thread gives, in input order; a failing document does not stop the others. Runs the
 * real BALANCED pipeline over short articles written for this test.
 */
class EntenteBatchTest {

    private static final List<String> ARTICLES = List.of(
            """
            Harbour deal signed in Valletta

            VALLETTA, March 3 - Malta and Tunisia signed an accord on Monday to share a ferry terminal, \
            officials said. Maltese Transport Minister Paul Grech said the terminal would open next year.
            "We are proud of this partnership," he told reporters.
            """,
            """
            Grain talks stall

            Romanian Agriculture Minister Elena Popa warned on Tuesday that Bucharest would not accept \
            new quotas. She added that talks with Kyiv would continue, according to the ministry.
            """,
            """
            The council praised the rescue teams. A spokesman said that the search would go on through \
            the night, and the mayor, Anna Berg, thanked volunteers for their courage.
            """,
            """
            Chile and Peru will hold joint naval drills in June, the two defence ministries said in a \
            statement. Peruvian officials described the exercises as routine.
            """);

    @Test
    void parallelEqualsSerialInInputOrder() {
        Entente entente = Entente.defaults();
        List<String> batch = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            batch.addAll(ARTICLES);
        }
        List<List<ScoredStatement>> serial = batch.stream().map(entente::analyze).toList();
        assertThat(serial.get(0)).isNotEmpty();
        for (int threads : new int[] {1, 2, 4}) {
            List<BatchResult> results = entente.analyzeAll(batch, threads);
            assertThat(results).hasSize(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                BatchResult r = results.get(i);
                assertThat(r.index()).isEqualTo(i);
                assertThat(r.isOk()).isTrue();
                assertThat(r.statements()).as("document %d with %d threads", i, threads).isEqualTo(serial.get(i));
            }
        }
    }

    @Test
    void aFailingDocumentIsReportedAndTheOthersGoOn() {
        Entente entente = Entente.defaults();
        List<String> batch = Arrays.asList(ARTICLES.get(0), null, "", ARTICLES.get(2));
        List<BatchResult> results = entente.analyzeAll(batch, 2);
        assertThat(results).extracting(BatchResult::isOk).containsExactly(true, false, true, true);
        assertThat(results.get(1).failure()).isInstanceOf(NullPointerException.class);
        assertThat(results.get(1).statements()).isEmpty();
        assertThatThrownBy(() -> results.get(1).statementsOrThrow()).isInstanceOf(NullPointerException.class);
        assertThat(results.get(2).statements()).isEmpty();
        assertThat(results.get(3).statements()).isEqualTo(entente.analyze(ARTICLES.get(2)));
        assertThat(entente.analyzeAll(List.of(), 2)).isEmpty();
        assertThatThrownBy(() -> entente.analyzeAll(List.of("x"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
