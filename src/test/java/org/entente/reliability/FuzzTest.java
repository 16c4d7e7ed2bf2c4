package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.entente.Entente;
import org.entente.cli.Analyzer;
import org.entente.cli.EntenteCli;
import org.entente.model.ScoredStatement;
import org.entente.model.Scores;

/**
 * Property-based fuzzing (issue 7): random and mutated texts through {@code score} (10,000) and
 * {@code analyze} (fewer: CoreNLP), random CSVs through the {@code score} command. Invariants: no
 * exception escapes, spans lie inside the text and slice to the reported text, scores lie in
 * [-1, 1], labels agree with scores, every CSV row comes back. Seeds are fixed so that CI runs
 * are reproducible; change a seed (or drop it) to explore further.
 */
class FuzzTest {

    static final Entente ENTENTE = Entente.defaults();

    static final List<String> SEEDS = Articles.generate(99, 40);

    /** Characters that break things: quotes of every kind, controls, surrogates, RTL marks, formula starts. */
    static final String NASTY = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u0000\u0007\t\r\n\u000b\u000c\u001b"
            + "\u200b\u200e\u202e\ufeff\ud800\udc00\u2028=+-@,;:()[]{}<>\\/|&%$#!?.\u2014\u2013\u00a0 ";

    static final String WORDS = "said told warned added according to he she they not never very cooperation "
            + "war peace sanctions France Peru Kenya minister president talks agree reject welcome condemn "
            + "\"We will work with Peru,\" Ana Ruiz said. ";

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> random = Arbitraries.strings().withChars(NASTY + "abcXYZ019\u00e9\u4e2d\u0416")
                .ofMinLength(0).ofMaxLength(200);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> wordSalad = Arbitraries.of(WORDS.split(" ")).list().ofMaxSize(60)
                .map(words -> String.join(" ", words));
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.longs())
                .as(FuzzTest::mutate);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(1, unicode),
                net.jqwik.api.Tuple.of(2, wordSalad), net.jqwik.api.Tuple.of(3, mutated));
    }

    /** A generated article with random character edits: inserts from {@link #NASTY}, deletions, cuts, doubled pieces. */
    static String mutate(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.setLength(at);
                case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
                default -> s.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return s.toString();
    }

    static long scored;
    static long analyzed;
    static long csvRows;

    @Property(tries = 10_000, seed = "20261128", shrinking = ShrinkingMode.BOUNDED)
    void scoreNeverThrowsAndKeepsItsInvariants(@ForAll("texts") String text) {
        Scores scores = ENTENTE.score(text);
        assertThat(scores.text()).isEqualTo(text);
        Invariants.check(scores);
        scored++;
    }

    @Property(tries = 1_000, seed = "7", shrinking = ShrinkingMode.BOUNDED)
    void analyzeNeverThrowsAndKeepsItsInvariants(@ForAll("texts") String text) {
        List<ScoredStatement> found = ENTENTE.analyze(text);
        Invariants.check(text, found);
        analyzed++;
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.oneOf(texts(), Arbitraries.strings().withChars("ab,\"\n\r=-").ofMaxLength(8));
        // a UTF-8 file cannot hold a lone surrogate: round-trip each cell through UTF-8 as a writer would
        return cell.map(c -> new String(c.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .list().ofMinSize(0).ofMaxSize(5).list().ofMinSize(0).ofMaxSize(12);
    }

    /** Random rows, ragged or not, written as CSV under an id,text,extra header: every row comes back, in order. */
    @Property(tries = 200, seed = "42", shrinking = ShrinkingMode.BOUNDED)
    void scoreCommandKeepsEveryRowOfARandomCsv(@ForAll("tables") List<List<String>> rows) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-csv");
        try {
            StringBuilder csv = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
                printer.printRecord("id", "text", "extra");
                for (int i = 0; i < rows.size(); i++) {
                    List<String> row = new ArrayList<>();
                    row.add("r" + i);
                    row.addAll(rows.get(i));
                    printer.printRecord(row);
                }
            }
            Path input = dir.resolve("in.csv");
            Files.writeString(input, csv);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Analyzer real = new Analyzer() {
                @Override
                public List<ScoredStatement> analyze(String text) {
                    return ENTENTE.analyze(text);
                }

                @Override
                public Scores score(String text) {
                    return ENTENTE.score(text);
                }
            };
            int code = EntenteCli.execute((profile, lexicons, layers) -> real, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), "score", input.toString());
            String errText = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(errText).isIn(0, 1);
            assertThat(errText).doesNotContain("fatal").doesNotContain("Exception");
            List<CSVRecord> back;
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
                back = parser.getRecords();
            }
            assertThat(back).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = back.get(i);
                assertThat(row.get("id")).isEqualTo("r" + i);
                boolean hasText = !rows.get(i).isEmpty();
                assertThat(row.get("tone").isEmpty()).as("row " + i + " scored iff it has a text cell").isEqualTo(!hasText);
                if (hasText) {
                    double tone = Double.parseDouble(row.get("tone"));
                    double stance = Double.parseDouble(row.get("stance"));
                    assertThat(tone).isBetween(-1.0, 1.0);
                    assertThat(stance).isBetween(-1.0, 1.0);
                    String text = rows.get(i).get(0);
                    String expected = text.isEmpty() || !org.entente.report.CellSanitizer.isFormulaStart(text.charAt(0))
                            ? text : org.entente.report.CellSanitizer.neutralizeFormula(text);
                    assertThat(row.get("text")).isEqualTo(expected);
                }
                csvRows++;
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterContainer
    static void summary() {
        System.out.printf("FuzzTest: %d texts scored, %d analysed, %d CSV rows round-tripped, 0 violations%n",
                scored, analyzed, csvRows);
    }
}
