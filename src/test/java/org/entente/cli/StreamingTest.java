package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI writes rows as inputs finish, not at the end; repeated ids are found in bounded memory (issue 7). */
class StreamingTest {

    @TempDir
    Path dir;

    /** Records, when asked to analyse or score, how many lines the report file already holds. */
    static final class Peeking implements Analyzer {
        final FakeAnalyzer fake = new FakeAnalyzer();
        final Path report;
        final List<Long> linesSeen = new ArrayList<>();
        int calls;

        Peeking(Path report) {
            this.report = report;
        }

        long lines() {
            try {
                return Files.exists(report) ? Files.readAllLines(report).size() : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<ScoredStatement> analyze(String text) {
            linesSeen.add(lines());
            return fake.analyze(text);
        }

        @Override
        public Scores score(String text) {
            if (++calls % 500 == 0) {
                linesSeen.add(lines());
            }
            return fake.score(text);
        }
    }

    int run(Analyzer analyzer, String... args) {
        return EntenteCli.execute((p, l, d) -> analyzer, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
    }

    @Test
    void analyzeWritesEachDocumentsRowsBeforeTheNextDocumentStarts() throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("d" + i + ".txt"), "Anna said one.\nBoris said two.\n");
        }
        Path report = dir.resolve("out/report.csv");
        Files.createDirectories(report.getParent());
        Peeking peeking = new Peeking(report);
        // one thread: each document is analysed only after the previous one's rows are on disk
        // (with N threads the same holds window by window, 4N documents at a time)
        assertThat(run(peeking, "analyze", "--threads", "1", dir.toString(), "-o", report.toString())).isZero();
        // the header goes out with the first rows; then 2 rows a document, on disk before the next starts
        assertThat(peeking.linesSeen).containsExactly(0L, 3L, 5L, 7L);
    }

    @Test
    void scoreFlushesRowsAsItGoes() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(i).append(",Anna said good thing ").append(i).append('\n');
        }
        Path input = Files.writeString(dir.resolve("in.csv"), csv);
        Path report = dir.resolve("scored.csv");
        Peeking peeking = new Peeking(report);
        assertThat(run(peeking, "score", input.toString(), "-o", report.toString())).isZero();
        // at row 2,500 at least the first 2,000 rows are on disk
        assertThat(peeking.linesSeen.get(4)).isGreaterThanOrEqualTo(2001);
        assertThat(Files.readAllLines(report)).hasSize(3001);
    }

    @Test
    void seenIdsFindsRepeatsAndStaysCompact() {
        SeenIds ids = new SeenIds();
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.add("s" + i)).isTrue();
        }
        assertThat(ids.add("s17")).isFalse();
        assertThat(ids.add("s199999")).isFalse();
        assertThat(ids.add("new")).isTrue();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.full()).isFalse();
    }
}
