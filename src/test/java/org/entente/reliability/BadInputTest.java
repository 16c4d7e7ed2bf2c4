package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.entente.Entente;
import org.entente.annotate.CoreNlpAnnotator;
import org.entente.model.ScoredStatement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real {@link Entente} on inputs nobody should send but somebody will (issue 7). */
@Tag("end-to-end")
class BadInputTest {

    static final Entente ENTENTE = Entente.defaults();

    static List<ScoredStatement> analyze(String text) {
        List<ScoredStatement> found = ENTENTE.analyze(text);
        Invariants.check(text, found);
        return found;
    }

    @Test
    void emptyAndWhitespaceOnlyTextsHaveNoStatements() {
        assertThat(analyze("")).isEmpty();
        assertThat(analyze(" \n\t\r\n  \u00a0")).isEmpty();
        assertThatThrownBy(() -> ENTENTE.analyze(null)).isInstanceOf(NullPointerException.class);
        Invariants.check(ENTENTE.score(""));
        Invariants.check(ENTENTE.score("   \n"));
    }

    @Test
    void aTextOverTheLengthLimitIsRefusedWithItsLength() {
        String tenMegabytes = "Officials said the talks went well. ".repeat(10 * 1024 * 1024 / 36 + 1);
        assertThatThrownBy(() -> ENTENTE.analyze(tenMegabytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.format(java.util.Locale.ROOT, "%,d", tenMegabytes.length()))
                .hasMessageContaining("maxTextLength");
        // score has no limit and stays linear: a 10 MB statement is scored, not refused
        long start = System.nanoTime();
        Invariants.check(ENTENTE.score(tenMegabytes));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aFiveThousandTokenSentenceWithNoPunctuationIsCutAndStillSearched() {
        StringBuilder text = new StringBuilder("Foreign Minister Ana Ruiz said that ");
        String[] words = {"the", "talks", "with", "Peru", "would", "go", "on", "and", "cooperation", "will", "grow"};
        for (int i = 0; i < 5000; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        text.append("and envoy Tomas Berg warned that Norway would reject the plan ");
        for (int i = 0; i < 300; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        String doc = text.toString();
        long start = System.nanoTime();
        List<ScoredStatement> found = analyze(doc);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time on a 5,300-token sentence").isLessThan(Duration.ofSeconds(90));
        assertThat(found).as("the cue at the start of the run-on sentence is still found")
                .anySatisfy(s -> assertThat(s.statement().cue().text()).isEqualTo("said"))
                .anySatisfy(s -> assertThat(s.statement().cue().text()).isEqualTo("warned"));
        assertThat(CoreNlpAnnotator.MAX_SENTENCE_TOKENS).isEqualTo(250);
    }

    @Test
    void quotesInsideAVeryLongSentenceAreStillFound() {
        String filler = "and the ministers met again ".repeat(120);
        String doc = "The summit went on " + filler + "while \"We will work with Peru,\" envoy Tomas Berg said "
                + filler + "until late.";
        List<ScoredStatement> found = analyze(doc);
        assertThat(found).anySatisfy(s -> assertThat(s.statement().content().text()).contains("We will work with Peru"));
    }

    @Test
    void unbalancedAndNestedQuotationMarks() {
        analyze("\"We will work with Peru, the minister said.");
        analyze("The minister said: \"He told me 'we will fight' and \"never\" give in.\"");
        analyze("\u201cOpen \u201cnested \u2018quotes\u2019 never closed, said Ana Ruiz.");
        analyze("\"\"\"\"\" said \"\" \"");
        analyze("\u00ab Nous travaillerons avec le P\u00e9rou \u00bb, a d\u00e9clar\u00e9 le ministre.\"");
        analyze("'''' ' said ' ''");
    }

    @Test
    void nonEnglishTextGivesAWellFormedResult() {
        analyze("Le ministre a d\u00e9clar\u00e9 que la France coop\u00e9rera avec le P\u00e9rou.");
        analyze("\u4e60\u8fd1\u5e73\u8868\u793a\uff0c\u4e2d\u56fd\u613f\u540c\u6cd5\u56fd\u5408\u4f5c\u3002");
        analyze("\u0627\u0644\u0648\u0632\u064a\u0631 \u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0641\u0634\u0644\u062a");
        analyze("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0441\u043a\u0430\u0437\u0430\u043b, \u0447\u0442\u043e \u0420\u043e\u0441\u0441\u0438\u044f said \"\u043d\u0435\u0442\".");
        analyze("Emoji \uD83D\uDE00 said the minister \uD83C\uDDEB\uD83C\uDDF7 that France will work with Peru.");
    }

    @Test
    void theRealCliReportsAnOverLongArticleAndGoesOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Foreign Minister Ana Ruiz said that France would work with Peru.");
        java.nio.file.Files.writeString(dir.resolve("b.txt"), "x ".repeat(Entente.DEFAULT_MAX_TEXT_LENGTH / 2 + 1));
        java.nio.file.Files.writeString(dir.resolve("c.txt"), "");
        java.nio.file.Path errors = dir.resolve("errors.csv");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = org.entente.cli.EntenteCli.execute(org.entente.cli.AnalyzerFactory.entente(),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                "analyze", dir.toString(), "--errors", errors.toString());
        String messages = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(code).as(messages).isEqualTo(org.entente.cli.ExitCodes.SOME_INPUTS_FAILED);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\na,");
        assertThat(java.nio.file.Files.readString(errors)).contains("b.txt").contains("maxTextLength");
        assertThat(messages).contains("2 documents read, 1 statement written, 1 failed");
    }

    /** A real CoreNLP worker abandoned mid-document leaves the shared pipeline usable: the next documents give their usual rows. */
    @Test
    void theRealCliAbandonsAnOverrunningDocumentAndTheOthersAreUnaffected(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        List<String> articles = Articles.generate(5, 2);
        java.nio.file.Path alone = java.nio.file.Files.createDirectories(dir.resolve("alone"));
        java.nio.file.Path batch = java.nio.file.Files.createDirectories(dir.resolve("batch"));
        for (java.nio.file.Path d : List.of(alone, batch)) {
            java.nio.file.Files.writeString(d.resolve("a.txt"), articles.get(0));
            java.nio.file.Files.writeString(d.resolve("c.txt"), articles.get(1));
        }
        java.nio.file.Files.writeString(batch.resolve("b.txt"), String.join("\n\n", Articles.generate(6, 400)));
        String expected = runCli(alone, "0").report();
        CliRun run = runCli(batch, "2");
        assertThat(run.code()).as(run.messages()).isEqualTo(org.entente.cli.ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.messages()).contains("b.txt: exceeded the time budget of 2 s");
        assertThat(run.report()).isEqualTo(expected);
    }

    record CliRun(int code, String report, String messages) {
    }

    static CliRun runCli(java.nio.file.Path folder, String timeout) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = org.entente.cli.EntenteCli.execute(org.entente.cli.AnalyzerFactory.entente(),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                "analyze", folder.toString(), "--timeout-seconds", timeout);
        return new CliRun(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersAndLoneSurrogates() {
        analyze("The minister\u0000 said\u0007 that\u001b[31m France\u0008 will work with Peru.\u000c");
        analyze("Ana Ruiz said \uD800 that \uDC00 France will cooperate.\u200b\u200e\ufeff");
        analyze("\r\r\rAna Ruiz said\r that France would work with Peru.\r\n\u2028\u2029");
    }
}
