package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch isolation, error logs, bad files and CSVs, formula-safe reports: the CLI on a fake analyzer (issue 7). */
class CliReliabilityTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The fake, plus: a text containing HANG blocks until interrupted (or 60 s), one with STALL ignores interrupts for 3 s. */
    static final class SlowAnalyzer implements Analyzer {
        final FakeAnalyzer fake = new FakeAnalyzer();
        final CountDownLatch never = new CountDownLatch(1);
        int warmUps;
        int analysedBeforeWarmUp;

        @Override
        public void warmUp() {
            warmUps++;
        }

        @Override
        public List<ScoredStatement> analyze(String text) {
            if (warmUps == 0) {
                analysedBeforeWarmUp++;
            }
            if (text.contains("HANG")) {
                try {
                    never.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            if (text.contains("STALL")) {
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return fake.analyze(text);
        }

        @Override
        public Scores score(String text) {
            return fake.score(text);
        }
    }

    @BeforeEach
    void clear() {
        out.reset();
        err.reset();
    }

    SlowAnalyzer analyzer;

    int run(String... args) {
        return EntenteCli.execute((profile, lexicons, layers) -> analyzer = new SlowAnalyzer(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> readCsv(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        return readCsv(Files.readString(file));
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void everyDocumentIsAccountedForAsScoredOrFailedAndTheBatchGoesOn() throws IOException {
        write("in/a.txt", "Anna said the talks were good.\n");
        write("in/b.txt", "Boris said EXPLODE now.\n");
        writeBytes("in/c.txt", new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF});
        writeBytes("in/d.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        writeBytes("in/e.txt", "Clara said it\u0000 was fine.".getBytes(StandardCharsets.UTF_8));
        write("in/f.txt", "");
        write("in/g.txt", "Dora said they would cooperate.\n");
        Path errors = dir.resolve("errors.csv");
        Path documents = dir.resolve("documents.csv");
        Path report = dir.resolve("report.csv");

        int code = run("analyze", dir.resolve("in").toString(), dir.resolve("missing.txt").toString(),
                "-o", report.toString(), "--errors", errors.toString(), "--documents", documents.toString());

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(report).stream().map(r -> r.get("doc_id")).distinct()).containsExactly("a", "g");
        List<CSVRecord> failed = readCsv(errors);
        assertThat(failed).extracting(r -> r.get("id")).containsExactly("", "b", "c", "d", "e");
        assertThat(failed.get(0).get("message")).contains("no such file");
        assertThat(failed.get(1).get("message")).contains("analysis failed").contains("fake failure");
        assertThat(failed.get(2).get("message")).contains("not valid UTF-8").contains("byte 3");
        assertThat(failed.get(3).get("message")).contains("not valid UTF-8");
        assertThat(failed.get(4).get("message")).contains("binary data");
        assertThat(failed).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("error"));
        List<CSVRecord> all = readCsv(documents);
        assertThat(all).extracting(r -> r.get("id") + ":" + r.get("status") + ":" + r.get("statements"))
                .containsExactly(":error:", "a:ok:1", "b:error:", "c:error:", "d:error:", "e:error:", "f:ok:0",
                        "g:ok:1");
        assertThat(stderr()).contains("3 documents read, 2 statements written, 5 failed");
    }

    @Test
    void aDocumentOverItsTimeBudgetIsReportedAndTheNextOneRunsOnAFreshWorker() throws IOException {
        write("in/1.txt", "Anna said the talks were good.\n");
        write("in/2.txt", "Boris said HANG forever.\n");
        write("in/3.txt", "Carl said STALL a while.\n");
        write("in/4.txt", "Dora said they would cooperate.\n");
        Path errors = dir.resolve("errors.csv");
        long start = System.nanoTime();
        int code = run("analyze", dir.resolve("in").toString(), "--timeout-seconds", "1", "--errors", errors.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(seconds).as("no waiting for the hung documents").isLessThan(20);
        assertThat(readCsv(out.toString(StandardCharsets.UTF_8)).stream().map(r -> r.get("doc_id")))
                .containsExactly("1", "4");
        assertThat(readCsv(errors)).extracting(r -> r.get("id") + ":" + r.get("status")).containsExactly("2:timeout",
                "3:timeout");
        assertThat(stderr()).contains("exceeded the time budget of 1 s").contains("2 documents read").contains("2 failed");
        assertThat(analyzer.warmUps).as("models load before the first budget starts").isEqualTo(1);
        assertThat(analyzer.analysedBeforeWarmUp).isZero();
    }

    @Test
    void timedRunnerWaitsForAbandonedWorkersBeyondItsCap() throws Exception {
        try (TimedRunner runner = new TimedRunner(java.time.Duration.ofMillis(50))) {
            for (int i = 0; i < 4; i++) {
                try {
                    runner.run(() -> {
                        long end = System.nanoTime() + 300_000_000L;
                        while (System.nanoTime() < end) {
                            Thread.onSpinWait(); // ignores interrupts, like a CoreNLP stage
                        }
                        return 1;
                    });
                } catch (TimedRunner.Timeout expected) {
                    assertThat(runner.abandonedRunning()).isLessThanOrEqualTo(TimedRunner.MAX_ABANDONED);
                }
            }
            assertThat(runner.run(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void negativeTimeoutIsAUsageError() throws IOException {
        write("a.txt", "Anna said hi.");
        assertThat(run("analyze", dir.resolve("a.txt").toString(), "--timeout-seconds", "-1"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void analyzeReportIsFormulaSafeByDefaultAndRawWithNoSanitize() throws IOException {
        write("in/=cmd.txt", "Anna said -1+1 is good.\n");
        assertThat(run("analyze", dir.resolve("in").toString())).isEqualTo(ExitCodes.OK);
        CSVRecord row = readCsv(out.toString(StandardCharsets.UTF_8)).get(0);
        assertThat(row.get("doc_id")).isEqualTo("'=cmd");
        assertThat(row.get("content")).isEqualTo("'-1+1 is good");
        assertThat(row.get("content_start")).isEqualTo("10");
        clear();
        assertThat(run("analyze", dir.resolve("in").toString(), "--no-sanitize")).isEqualTo(ExitCodes.OK);
        row = readCsv(out.toString(StandardCharsets.UTF_8)).get(0);
        assertThat(row.get("doc_id")).isEqualTo("=cmd");
        assertThat(row.get("content")).isEqualTo("-1+1 is good");
    }

    @Test
    void scoreKeepsEveryRowOfAMessyCsvAndListsTheFailures() throws IOException {
        String csv = "\ufeffid,text,note\n"
                + "1,plain good text,x\n"
                + "2,\"embedded\nnewline, \"\"quoted\"\" and good\",y\n"
                + "3,too few\n"
                + "4,too,many,cells\n"
                + "1,duplicate id cooperate,z\n"
                + "5,EXPLODE,w\n"
                + "6,\"=HYPERLINK(\"\"http://evil\"\")\",@note\n"
                + "7,,empty text\n";
        Path input = write("in.csv", csv);
        Path errors = dir.resolve("errors.csv");
        int code = run("score", input.toString(), "--errors", errors.toString());
        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        List<CSVRecord> rows = readCsv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("1", "2", "3", "4", "1", "5", "6", "7");
        assertThat(rows.get(1).get("text")).isEqualTo("embedded\nnewline, \"quoted\" and good");
        assertThat(rows.get(1).get("tone_label")).isEqualTo("POSITIVE");
        assertThat(rows.get(2).get("note")).isEmpty();
        assertThat(rows.get(5).get("tone")).isEmpty();
        assertThat(rows.get(6).get("text")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(6).get("note")).isEqualTo("'@note");
        assertThat(rows.get(7).get("tone")).isEqualTo("0.0000");
        List<CSVRecord> failed = readCsv(errors);
        assertThat(failed).extracting(r -> r.get("row") + ":" + r.get("id")).containsExactly("3:3", "4:4", "6:5");
        assertThat(failed.get(0).get("message")).contains("has 2 cells but the header has 3");
        assertThat(failed.get(2).get("message")).contains("scoring failed");
        assertThat(stderr()).contains("repeats an earlier id").contains("8 rows read, 8 written, 3 failed, 1 repeated id");
    }

    @Test
    void scoreRefusesAHeaderNamingTheTextOrIdColumnTwice() throws IOException {
        assertThat(run("score", write("a.csv", "id,text,text\n1,a,b\n").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("names the column 'text' more than once");
        assertThat(run("score", write("b.csv", "id,id,text\n1,a,b\n").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", write("c.csv", "id,note,note,text\n1,a,b,good\n").toString())).isEqualTo(ExitCodes.OK);
    }

    @Test
    void scoreReportsAnUnterminatedQuoteAndWhereTheReadingStopped() throws IOException {
        Path errors = dir.resolve("errors.csv");
        Path input = write("in.csv", "id,text\n1,good\n2,\"never closed\n3,lost\n");
        assertThat(run("score", input.toString(), "--errors", errors.toString()))
                .isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(out.toString(StandardCharsets.UTF_8))).extracting(r -> r.get("id")).containsExactly("1");
        CSVRecord failed = readCsv(errors).get(0);
        assertThat(failed.get("row")).isEqualTo("2");
        assertThat(failed.get("message")).contains("EOF reached before encapsulated token finished")
                .contains("the rest of the file was not read");
    }

    @Test
    void scoreReportsInvalidUtf8MidFileAndKeepsTheRowsBefore() throws IOException {
        byte[] head = "id,text\n1,good start\n2,fine\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'3', ',', (byte) 0xFE, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path input = writeBytes("in.csv", all);
        Path errors = dir.resolve("errors.csv");
        assertThat(run("score", input.toString(), "--errors", errors.toString()))
                .isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(out.toString(StandardCharsets.UTF_8))).extracting(r -> r.get("id")).containsExactly("1", "2");
        assertThat(readCsv(errors).get(0).get("message")).contains("not valid UTF-8").contains("not read");
    }

    @Test
    void scoreWithoutTheTextColumnOrWithAnEmptyFileIsAUsageError() throws IOException {
        assertThat(run("score", write("a.csv", "id,body\n1,x\n").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("no column 'text'");
        assertThat(run("score", write("b.csv", "").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", writeBytes("c.bin", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1}).toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSameFolderGivesAByteIdenticalReportEveryRun() throws IOException {
        List<String> articles = org.entente.reliability.ArticlesAccess.generate(7, 30);
        for (int i = 0; i < articles.size(); i++) {
            write("in/" + String.format("%03d", i) + ".txt", articles.get(i).replaceAll("\\b(said|added|warned|stressed|announced|told)\\b:?", "Anna said"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int run = 0; run < 3; run++) {
            Path report = dir.resolve("r" + run + ".csv");
            assertThat(run("analyze", dir.resolve("in").toString(), "-o", report.toString())).isEqualTo(ExitCodes.OK);
            seen.add(java.util.HexFormat.of().formatHex(Files.readAllBytes(report)));
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.iterator().next()).isNotEmpty();
        assertThat(readCsv(dir.resolve("r0.csv"))).isNotEmpty();
        assertThat(readCsv(dir.resolve("r0.csv")).stream().map(r -> r.get("doc_id")).collect(Collectors.toSet()))
                .hasSizeGreaterThan(10);
    }
}
