package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.Entente;
import org.entente.cli.AnalyzerFactory;
import org.entente.cli.EntenteCli;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One {@link Entente} shared by 8 threads gives exactly the serial results; reruns are byte-identical (issue 7). */
@Tag("end-to-end")
class ConcurrencyTest {

    static final List<String> ARTICLES = Articles.generate(2026, 200);

    @TempDir
    Path dir;

    @Test
    void eightThreadsOnTwoHundredArticlesGiveTheSerialResults() throws Exception {
        Entente entente = Entente.defaults();
        List<List<ScoredStatement>> serial = new ArrayList<>();
        List<Scores> serialScores = new ArrayList<>();
        for (String article : ARTICLES) {
            List<ScoredStatement> found = entente.analyze(article);
            Invariants.check(article, found);
            serial.add(found);
            serialScores.add(entente.score(article));
        }
        assertThat(serial.stream().mapToInt(List::size).sum()).as("statements found").isGreaterThan(300);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ScoredStatement>>> parallel = new ArrayList<>();
            List<Future<Scores>> parallelScores = new ArrayList<>();
            // reverse order, so threads start on different articles than the serial run's warm order
            for (int i = ARTICLES.size() - 1; i >= 0; i--) {
                String article = ARTICLES.get(i);
                parallel.add(0, pool.submit(() -> entente.analyze(article)));
                parallelScores.add(0, pool.submit(() -> entente.score(article)));
            }
            for (int i = 0; i < ARTICLES.size(); i++) {
                assertThat(parallel.get(i).get()).as("article " + i).isEqualTo(serial.get(i));
                assertThat(parallelScores.get(i).get()).as("score of article " + i).isEqualTo(serialScores.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRealCliWritesAByteIdenticalReportRunAfterRun() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve(String.format("a%02d.txt", i)), ARTICLES.get(i));
        }
        byte[] first = null;
        for (int run = 0; run < 2; run++) {
            Path report = dir.resolve("report" + run + ".csv");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = EntenteCli.execute(AnalyzerFactory.entente(), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), "analyze", dir.toString(), "-o",
                    report.toString());
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            byte[] bytes = Files.readAllBytes(report);
            if (first == null) {
                first = bytes;
                assertThat(new String(bytes, StandardCharsets.UTF_8).lines().count()).isGreaterThan(12);
            } else {
                assertThat(bytes).isEqualTo(first);
            }
        }
    }
}
