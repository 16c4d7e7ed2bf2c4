package org.entente.cli;

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
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * END-TO-END: the command line on the real {@link org.entente.Entente} (lexicons, tone and stance
 * scorers, CoreNLP, attribution extraction). Needs every component merged; slow (loads CoreNLP).
 * Run alone with {@code mvn test -Dtest=CliEndToEndTest}.
 */
@Tag("end-to-end")
class CliEndToEndTest {

    static final String TRADE = "Trade talks resume in Lisbon\n\n"
            + "Portuguese Economy Minister Rui Matos said that Portugal would work with Morocco on a new port.\n"
            + "The deal will create jobs on both sides of the strait, Matos told reporters.\n"
            + "\"We welcome this partnership,\" Moroccan envoy Leila Bennani said.\n";

    static final String DISPUTE = "Fishing row deepens\n\n"
            + "Icelandic Fisheries Minister Sigrun Olafsdottir warned that Iceland would reject the quota plan.\n"
            + "She added that talks had failed and threatened sanctions against the fleet.\n";

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return EntenteCli.execute(AnalyzerFactory.entente(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    static List<CSVRecord> readCsv(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    /** The tone part of the evidence column ("tone: ...; stance: ..."). */
    static String toneEvidence(CSVRecord row) {
        String evidence = row.get("evidence");
        int stance = evidence.indexOf("stance:");
        return stance < 0 ? evidence : evidence.substring(0, stance);
    }

    static int offset(CSVRecord row, String column) {
        return Integer.parseInt(row.get(column));
    }

    /** Every offset in the row slices the text it names, and scores and labels are well formed. */
    static void assertRowFitsText(CSVRecord row, String text) {
        if (!row.get("speaker").isEmpty()) {
            assertThat(text.substring(offset(row, "speaker_start"), offset(row, "speaker_end")))
                    .as("speaker slice").isEqualTo(row.get("speaker"));
            assertThat(row.get("speaker_canonical")).isNotBlank();
        }
        assertThat(text.substring(offset(row, "cue_start"), offset(row, "cue_end"))).as("cue slice")
                .isEqualTo(row.get("cue"));
        List<String> pieces = new ArrayList<>();
        for (String span : row.get("content_spans").split(";")) {
            String[] bounds = span.split("-");
            pieces.add(text.substring(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
        }
        assertThat(String.join(" ", pieces)).as("content spans").isEqualTo(row.get("content"));
        assertThat(row.get("content_spans")).startsWith(row.get("content_start") + "-")
                .endsWith("-" + row.get("content_end"));
        if (!row.get("counterpart").isEmpty()) {
            assertThat(text.substring(offset(row, "counterpart_start"), offset(row, "counterpart_end")))
                    .isEqualTo(row.get("counterpart"));
        }
        assertThat(Double.parseDouble(row.get("tone"))).isBetween(-1.0, 1.0);
        assertThat(Double.parseDouble(row.get("stance"))).isBetween(-1.0, 1.0);
        assertThat(row.get("tone_label")).isIn("POSITIVE", "NEGATIVE", "NEUTRAL");
        assertThat(row.get("stance_label")).isIn("COOPERATIVE", "CONFLICTUAL", "NEUTRAL");
    }

    @Test
    void analyzeFolderOfArticles() throws IOException {
        Files.writeString(dir.resolve("trade.txt"), TRADE);
        Files.writeString(dir.resolve("dispute.txt"), DISPUTE);
        Path report = dir.resolve("report.csv");

        int code = run("analyze", dir.toString(), "-o", report.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<CSVRecord> rows = readCsv(Files.readString(report));
        assertThat(rows).extracting(r -> r.get("doc_id")).contains("trade", "dispute");
        for (CSVRecord row : rows) {
            assertRowFitsText(row, row.get("doc_id").equals("trade") ? TRADE : DISPUTE);
        }
        CSVRecord saidThat = rows.stream().filter(r -> r.get("content").contains("Portugal would work with Morocco"))
                .findFirst().orElseThrow();
        assertThat(saidThat.get("speaker")).contains("Rui Matos");
        assertThat(saidThat.get("cue")).isEqualTo("said");
        assertThat(saidThat.get("stance_label")).isEqualTo("COOPERATIVE");
        CSVRecord quote = rows.stream().filter(r -> r.get("content").contains("We welcome this partnership"))
                .findFirst().orElseThrow();
        assertThat(quote.get("speaker")).contains("Bennani");
        assertThat(quote.get("kind")).isEqualTo("DIRECT");
        assertThat(quote.get("tone_label")).isEqualTo("POSITIVE");
        CSVRecord pronoun = rows.stream().filter(r -> r.get("doc_id").equals("dispute") && r.get("cue").equals("added"))
                .findFirst().orElseThrow();
        assertThat(pronoun.get("speaker")).isEqualTo("She");
        assertThat(pronoun.get("speaker_canonical")).contains("Olafsdottir");
        assertThat(pronoun.get("tone_label")).isEqualTo("NEGATIVE");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2 documents read");
    }

    @Test
    void summaryCountsEqualTheReport() throws IOException {
        Files.writeString(dir.resolve("trade.txt"), TRADE);
        Files.writeString(dir.resolve("dispute.txt"), DISPUTE);
        Path report = dir.resolve("report.csv");
        Path summary = dir.resolve("summary.csv");

        int code = run("analyze", dir.toString(), "-o", report.toString(), "--summary", summary.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<CSVRecord> rows = readCsv(Files.readString(report));
        List<CSVRecord> groups = readCsv(Files.readString(summary));
        java.util.Map<String, Long> bySpeaker = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.get("speaker_canonical").isEmpty() ? "(no source)" : r.get("speaker_canonical"),
                java.util.stream.Collectors.counting()));
        java.util.Map<String, Long> byDyad = rows.stream()
                .filter(r -> !r.get("speaker_affiliation").isEmpty() && !r.get("counterpart_actor").isEmpty())
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r.get("speaker_affiliation") + " \u2192 " + r.get("counterpart_actor"),
                        java.util.stream.Collectors.counting()));
        assertThat(groups.stream().filter(g -> g.get("group").equals("speaker"))
                .collect(java.util.stream.Collectors.toMap(g -> g.get("name"), g -> Long.parseLong(g.get("statements")))))
                .isEqualTo(bySpeaker);
        assertThat(groups.stream().filter(g -> g.get("group").equals("dyad"))
                .collect(java.util.stream.Collectors.toMap(g -> g.get("name"), g -> Long.parseLong(g.get("statements")))))
                .isEqualTo(byDyad);
        assertThat(byDyad).isNotEmpty();
        CSVRecord matos = groups.stream().filter(g -> g.get("name").equals("Rui Matos")).findFirst().orElseThrow();
        double meanStance = rows.stream().filter(r -> r.get("speaker_canonical").equals("Rui Matos"))
                .mapToDouble(r -> Double.parseDouble(r.get("stance"))).average().orElseThrow();
        assertThat(Double.parseDouble(matos.get("mean_stance"))).isCloseTo(meanStance,
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(matos.get("affiliation")).isEqualTo("Portugal");
    }

    @Test
    void scoreKeepsEveryRow() throws IOException {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "id,text\n"
                + "s1,Kenya stands ready to work with Brazil\n"
                + "s2,\"The minister condemned the attack, calling it a brutal crime.\"\n"
                + "s3,\n"
                + "s4,\"A line\nwith a break\"\n");

        int code = run("score", csv.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<CSVRecord> rows = readCsv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("s1", "s2", "s3", "s4");
        for (CSVRecord row : rows) {
            assertThat(Double.parseDouble(row.get("tone"))).isBetween(-1.0, 1.0);
            assertThat(Double.parseDouble(row.get("stance"))).isBetween(-1.0, 1.0);
        }
        assertThat(rows.get(0).get("stance_label")).isEqualTo("COOPERATIVE");
        assertThat(rows.get(0).get("counterpart")).isEqualTo("Brazil");
        assertThat(rows.get(1).get("tone_label")).isEqualTo("NEGATIVE");
        assertThat(rows.get(2).get("tone_label")).isEqualTo("NEUTRAL");
    }

    @Test
    void toneLayersCanBeSwitchedOff() throws IOException {
        Path csv = dir.resolve("layers.csv");
        Files.writeString(csv, "id,text\ns1,\"Along the valley, cooperation was rampant.\"\n");

        assertThat(run("score", csv.toString())).isZero();
        String all = toneEvidence(readCsv(out.toString(StandardCharsets.UTF_8)).get(0));
        out.reset();
        assertThat(run("score", "--disable-tone-layers", "context,news,fitted", csv.toString())).isZero();
        String vader = toneEvidence(readCsv(out.toString(StandardCharsets.UTF_8)).get(0));
        out.reset();

        assertThat(all).contains("rampant").contains("cooperation");
        assertThat(vader).doesNotContain("rampant").doesNotContain("cooperation");
        assertThat(run("score", "--disable-tone-layers", "nosuch", csv.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown tone layer 'nosuch'");
    }

    @Test
    void demoFindsEveryPatternOfTheEmbeddedArticle() throws IOException {
        int code = run("demo", "--csv");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String article = DemoCommand.article();
        List<CSVRecord> rows = readCsv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        rows.forEach(r -> assertRowFitsText(r, article));
        List<String> cues = rows.stream().map(r -> r.get("cue").toLowerCase(Locale.ROOT)).toList();
        assertThat(cues).contains("said", "added", "adding", "support for", "according to");
        assertThat(rows).anySatisfy(r -> {   // "expressed support for X": the noun carries the attribution
            assertThat(r.get("cue")).isEqualTo("support for");
            assertThat(r.get("content")).isEqualTo("a wider agreement on fishing in the Southern Ocean");
            assertThat(r.get("speaker_canonical")).contains("Halvorsen");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("content")).startsWith("The agreement will strengthen scientific cooperation");
            assertThat(r.get("speaker_canonical")).contains("Halvorsen");
            assertThat(r.get("stance_label")).isEqualTo("COOPERATIVE");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("content_spans")).contains(";");      // "Chile, he added, will ..." split around the cue
            assertThat(r.get("speaker_canonical")).contains("Ferreira");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("DIRECT");
            assertThat(r.get("content")).contains("learned to trust each other");
            assertThat(r.get("speaker_canonical")).contains("Halvorsen");
        });

        out.reset();
        assertThat(run("demo")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Halvorsen").contains("tone ").contains("stance ");
    }
}
