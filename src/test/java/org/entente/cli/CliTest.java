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
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.EntenteException;
import org.entente.Profile;
import org.entente.report.Column;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against {@link FakeAnalyzer}: no lexicon or CoreNLP model is loaded. */
class CliTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    Profile profileSeen;
    Path lexiconsSeen;
    java.util.Set<String> layersSeen;

    final AnalyzerFactory fake = (profile, lexicons, disabledLayers) -> {
        profileSeen = profile;
        lexiconsSeen = lexicons;
        layersSeen = disabledLayers;
        return new FakeAnalyzer();
    };

    @BeforeEach
    void clear() {
        out.reset();
        err.reset();
    }

    int run(AnalyzerFactory factory, String... args) {
        return EntenteCli.execute(factory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    int run(String... args) {
        return run(fake, args);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> readCsv(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).isNotEmpty();
            return parser.getRecords();
        }
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void analyzeFolderWritesOneRowPerStatementWithDocIdsFromFileStems() throws IOException {
        Path in = dir.resolve("in");
        String a = "Anna said the talks were good.\nBoris said they would cooperate.\n";
        String c = "Intro line.\nCarla said yes, maybe.\n";
        write("in/a.txt", a);
        write("in/b.txt", "No statement here.\n");
        write("in/c.txt", c);
        write("in/notes.md", "Dora said this is not read.");
        write("in/sub/d.txt", "Eva said this is not read without --recursive.");
        Path report = dir.resolve("report.csv");

        int code = run("analyze", in.toString(), "-o", report.toString());

        assertThat(code).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("3 documents read, 3 statements written, 0 failed");
        String csv = Files.readString(report);
        assertThat(csv).startsWith(String.join(",", Column.headers(Column.STATEMENT_REPORT)) + "\n");
        List<CSVRecord> rows = readCsv(csv);
        assertThat(rows).extracting(r -> r.get("doc_id")).containsExactly("a", "a", "c");
        assertThat(rows).extracting(r -> r.get("speaker")).containsExactly("Anna", "Boris", "Carla");
        for (CSVRecord row : rows) {
            String text = row.get("doc_id").equals("a") ? a : c;
            assertThat(slice(text, row, "speaker")).isEqualTo(row.get("speaker"));
            assertThat(slice(text, row, "cue")).isEqualTo("said");
            assertThat(slice(text, row, "content")).isEqualTo(row.get("content"));
            assertThat(row.get("content_spans")).isEqualTo(row.get("content_start") + "-" + row.get("content_end"));
        }
        assertThat(rows.get(0).get("tone")).isEqualTo("0.5000");
        assertThat(rows.get(0).get("tone_label")).isEqualTo("POSITIVE");
        assertThat(rows.get(1).get("stance_label")).isEqualTo("COOPERATIVE");
        assertThat(rows.get(1).get("evidence")).isEqualTo("tone: none; stance: +3.00 \"cooperate\" COOPERATE");
        assertThat(profileSeen).isEqualTo(Profile.BALANCED);
    }

    static String slice(String text, CSVRecord row, String column) {
        return text.substring(Integer.parseInt(row.get(column + "_start")), Integer.parseInt(row.get(column + "_end")));
    }

    @Test
    void analyzeRecursiveFilesAndFoldersInOrder() throws IOException {
        write("in/z.txt", "Zed said one.");
        write("in/sub/y.txt", "Yan said two.");
        Path single = write("x.TXT", "Xia said three.");

        int code = run("analyze", "--recursive", single.toString(), dir.resolve("in").toString());

        assertThat(code).isZero();
        assertThat(readCsv(stdout())).extracting(r -> r.get("doc_id")).containsExactly("x", "y", "z");
        assertThat(stderr()).doesNotContain("warning");

        out.reset();
        assertThat(run("analyze", single.toString(), write("other/x.txt", "Xu said four.").toString())).isZero();
        assertThat(stderr()).contains("share the doc_id 'x'");
    }

    @Test
    void badUtf8FileIsReportedAndTheOthersAreStillProcessed() throws IOException {
        write("in/a.txt", "Anna said fine.");
        Files.write(dir.resolve("in/b.txt"), new byte[] {'B', 'o', ' ', (byte) 0xC3, '(', ' ', 's', 'a', 'i', 'd'});
        write("in/c.txt", "Carla said fine.");

        int code = run("analyze", dir.resolve("in").toString());

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(stdout())).extracting(r -> r.get("doc_id")).containsExactly("a", "c");
        assertThat(stderr()).contains("b.txt: not valid UTF-8")
                .contains("2 documents read, 2 statements written, 1 failed");
    }

    @Test
    void aDocumentThatFailsAnalysisIsReportedAndSkipped() throws IOException {
        write("in/a.txt", "Anna said EXPLODE.");
        write("in/b.txt", "Boris said fine.");
        Path missing = dir.resolve("missing.txt");

        int code = run("analyze", dir.resolve("in").toString(), missing.toString());

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(stdout())).extracting(r -> r.get("doc_id")).containsExactly("b");
        assertThat(stderr()).contains("a.txt: analysis failed: java.lang.IllegalStateException: fake failure")
                .contains("missing.txt: no such file or directory")
                .contains("1 document read, 1 statement written, 2 failed");
    }

    @Test
    void profileAndLexiconsReachTheFactory() throws IOException {
        write("in/a.txt", "Anna said fine.");
        Path lexicons = Files.createDirectories(dir.resolve("lex"));

        int code = run("analyze", "--profile", "accurate", "--lexicons", lexicons.toString(), dir.resolve("in").toString());

        assertThat(code).isZero();
        assertThat(profileSeen).isEqualTo(Profile.ACCURATE);
        assertThat(lexiconsSeen).isEqualTo(lexicons);
        assertThat(layersSeen).isEmpty();

        assertThat(run("analyze", "--disable-tone-layers", "context, news", "--disable-tone-layers", "fitted",
                dir.resolve("in").toString())).isZero();
        assertThat(layersSeen).containsExactlyInAnyOrder("context", "news", "fitted");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("analyze")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("Missing required parameter");
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("analyse", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("analyze", "--profile", "TURBO", "x")).isEqualTo(ExitCodes.USAGE);
        err.reset();
        assertThat(run("analyze", "--lexicons", dir.resolve("nope").toString(), "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("lexicon directory does not exist");
        assertThat(run("score")).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void lexiconLoadFailureIsFatal() throws IOException {
        write("in/a.txt", "Anna said fine.");
        AnalyzerFactory broken = (profile, lexicons, layers) -> {
            throw new EntenteException("bundled:tone.tsv:3: weight 'x' is not a number");
        };

        int code = run(broken, "analyze", dir.resolve("in").toString());

        assertThat(code).isEqualTo(ExitCodes.FATAL);
        assertThat(stderr()).contains("fatal: bundled:tone.tsv:3: weight 'x' is not a number");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void helpListsExitCodesAndVersionWorksOnEveryCommand() {
        for (String command : List.of("analyze", "score", "demo")) {
            out.reset();
            assertThat(run(command, "--help")).isZero();
            assertThat(stdout()).contains("Usage: entente " + command).contains("Exit codes:")
                    .contains("3  fatal").contains("--output");
            out.reset();
            assertThat(run(command, "--version")).isZero();
            assertThat(stdout()).startsWith("entente ");
        }
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("analyze").contains("score").contains("demo");
    }

    @Test
    void progressGoesToStderrOnlyAndNeverToStdout() throws IOException {
        for (int i = 0; i < 8; i++) {
            write("in/d" + i + ".txt", "Person said thing " + i + ".");
        }

        int code = run("analyze", "--progress", dir.resolve("in").toString());

        assertThat(code).isZero();
        List<CSVRecord> rows = readCsv(stdout());
        assertThat(rows).hasSize(8);
        assertThat(stdout().lines().count()).isEqualTo(9);
        assertThat(stderr()).contains("analyze").contains("8/8");
    }

    // ---- score -------------------------------------------------------------------------------

    @Test
    void scoreKeepsEveryRowAndEveryInputColumn() throws IOException {
        String input = "id,text,source\n"
                + "1,\"good, very good\",wire\n"
                + "2,\"we cooperate\nacross lines, \"\"fully\"\"\",desk\n"
                + "3,,empty\n"
                + "4,neutral words,\n";
        Path csv = write("in.csv", input);
        Path report = dir.resolve("scored.csv");

        int code = run("score", csv.toString(), "-o", report.toString());

        assertThat(code).isZero();
        List<CSVRecord> rows = readCsv(Files.readString(report));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("id", "text", "source", "tone",
                "tone_label", "stance", "stance_label", "counterpart", "counterpart_actor", "evidence");
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("1", "2", "3", "4");
        assertThat(rows).extracting(r -> r.get("source")).containsExactly("wire", "desk", "empty", "");
        assertThat(rows.get(1).get("text")).isEqualTo("we cooperate\nacross lines, \"fully\"");
        assertThat(rows).extracting(r -> r.get("tone_label")).containsExactly("POSITIVE", "NEUTRAL", "NEUTRAL", "NEUTRAL");
        assertThat(rows).extracting(r -> r.get("stance")).containsExactly("0.0000", "0.2500", "0.0000", "0.0000");
        assertThat(stderr()).contains("4 rows read, 4 written, 0 failed");
    }

    @Test
    void scoreWithAnotherTextColumnAndAFailingRow() throws IOException {
        Path csv = write("in.csv", "key,body\na,good\nb,EXPLODE\nc\n");

        int code = run("score", csv.toString(), "--id-column", "key", "--text-column", "body");

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        List<CSVRecord> rows = readCsv(stdout());
        assertThat(rows).extracting(r -> r.get("key")).containsExactly("a", "b", "c");
        assertThat(rows).extracting(r -> r.get("tone")).containsExactly("0.5000", "", "");
        assertThat(stderr()).contains("row key=b: scoring failed").contains("row key=c has 1 cells but the header has 2")
                .contains("3 rows read, 3 written, 2 failed");
    }

    @Test
    void scoreReportsBrokenCsvAndBadUtf8AndKeepsTheRowsBefore() throws IOException {
        Path broken = write("broken.csv", "id,text\n1,good\n2,\"never closed\n");
        assertThat(run("score", broken.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(stdout())).extracting(r -> r.get("id")).containsExactly("1");
        assertThat(stderr()).contains("broken.csv").contains("the rest of the file was not read");

        out.reset();
        err.reset();
        Path bad = dir.resolve("bad.csv");
        byte[] head = "id,text\n1,good\n2,fine\n3,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = '\n';
        Files.write(bad, bytes);
        assertThat(run("score", bad.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(readCsv(stdout())).extracting(r -> r.get("id")).startsWith("1");
        assertThat(stderr()).contains("not valid UTF-8");
    }

    @Test
    void scoreWithoutTheTextColumnIsAUsageError() throws IOException {
        Path csv = write("in.csv", "id,body\n1,hello\n");
        Path report = dir.resolve("never.csv");

        int code = run("score", csv.toString(), "-o", report.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("no column 'text' (its columns: id, body)").contains("--text-column");
        assertThat(report).doesNotExist();
    }

    @Test
    void scoreRefusesMissingFileEmptyFileAndClashingColumns() throws IOException {
        assertThat(run("score", dir.resolve("absent.csv").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("cannot read input file");
        assertThat(run("score", write("empty.csv", "").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("no header row");
        assertThat(run("score", write("clash.csv", "id,text,tone\n1,a,b\n").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("already has a column 'tone'");
    }

    @Test
    void scoreHandlesAByteOrderMark() throws IOException {
        Path csv = write("bom.csv", "\ufeffid,text\n1,good\n");
        assertThat(run("score", csv.toString())).isZero();
        List<CSVRecord> rows = readCsv(stdout());
        assertThat(rows.get(0).getParser().getHeaderNames().get(0)).isEqualTo("id");
        assertThat(rows.get(0).get("tone_label")).isEqualTo("POSITIVE");
    }

    // ---- demo --------------------------------------------------------------------------------

    @Test
    void demoPrintsStatementsReadablyOrAsCsv() throws IOException {
        assertThat(run("demo")).isZero();
        assertThat(stdout()).startsWith("Statements in the demo article (").contains("1. ");
        out.reset();
        assertThat(run("demo", "--csv")).isZero();
        List<CSVRecord> rows = readCsv(stdout());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("doc_id")).isEqualTo("demo"));
        String article = DemoCommand.article();
        assertThat(rows).allSatisfy(r -> assertThat(slice(article, r, "content")).isEqualTo(r.get("content")));
    }

    @Test
    void demoArticleHasEveryAttributionPattern() {
        String article = DemoCommand.article();
        assertThat(article.lines().filter(l -> !l.isBlank()).collect(Collectors.toList())).hasSizeBetween(8, 12);
        assertThat(article)
                .contains(", Norwegian Foreign Minister Ingrid Halvorsen said.")   // content before the cue
                .contains("Ferreira said that ")                                     // X said that ...
                .contains("He added that ")                                          // pronoun speaker
                .contains("Chile, he added, will ")                                  // cue inside the content
                .contains(", adding that ")                                          // participle
                .contains("expressed support for ")                                  // noun-phrase content
                .contains(",\" she said.")                                           // direct quote before the cue
                .contains("According to Halvorsen, ");                               // according to X
    }
}
