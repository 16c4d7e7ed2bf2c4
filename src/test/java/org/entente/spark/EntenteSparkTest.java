package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.Entente;
import org.entente.model.ScoredStatement;
import org.entente.report.Column;
import org.entente.report.ReportValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local mode (two cores, one JVM) on a few short articles; one session for the class. */
class EntenteSparkTest {

    /** Three articles with statements, one without, in an order that splits them over both partitions. */
    static final Map<String, String> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("talks", "Foreign Minister Ana Ruiz said on Tuesday that Spain would work closely with Morocco "
                + "on migration. \"We stand ready to deepen our cooperation,\" she told reporters in Madrid.\n\n"
                + "Moroccan officials welcomed the offer, according to a statement from Rabat.");
        ARTICLES.put("dispute", "The trade minister accused the neighbouring government of breaking the agreement. "
                + "\"They have left us no choice but to respond,\" he said, adding that new tariffs were possible.");
        ARTICLES.put("weather", "Heavy rain fell across the valley overnight. Roads were closed near the river.");
        ARTICLES.put("summit", "\"This is a good day for both our peoples,\" President Lena Haas said after the summit. "
                + "Her spokesman said Germany would support the new aid programme for Ukraine.");
    }

    static final StructType ARTICLE_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article", DataTypes.StringType, true),
            DataTypes.createStructField("body", DataTypes.StringType, true)));

    static SparkSession spark;
    static EntenteSpark entente;

    @BeforeAll
    static void startSpark() {
        // slf4j-simple (the command line's backend) reads these as each logger is created: keep Spark quiet
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.spark", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.sparkproject", "warn");
        spark = SparkSession.builder()
                .appName("EntenteSparkTest")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        entente = EntenteSpark.builder().idColumn("article").textColumn("body").build();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Dataset<Row> articles(Map<String, String> articles) {
        List<Row> rows = new ArrayList<>();
        articles.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
        return spark.createDataFrame(rows, ARTICLE_SCHEMA).repartition(2);
    }

    static List<List<Object>> values(List<Row> rows, int width) {
        List<List<Object>> values = new ArrayList<>();
        for (Row row : rows) {
            List<Object> v = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                v.add(row.get(i));
            }
            values.add(v);
        }
        return values;
    }

    @Test
    void rowsEqualThoseOfThePlainApiAndEveryArticleIsAccountedFor() {
        Entente plain = Entente.defaults();
        List<List<Object>> expected = new ArrayList<>();
        for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
            for (ScoredStatement s : plain.analyze(article.getValue())) {
                expected.add(ReportValues.statement(article.getKey(), s));
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);

        Dataset<Row> statements = entente.analyze(articles(ARTICLES));
        assertThat(statements.schema()).isEqualTo(EntenteSpark.statementSchema());
        assertThat(Arrays.asList(statements.columns()).subList(0, Column.STATEMENT_REPORT.size()))
                .isEqualTo(Column.headers(Column.STATEMENT_REPORT));
        List<Row> ok = statements.filter("status = 'ok'").collectAsList();
        assertThat(values(ok, Column.STATEMENT_REPORT.size())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ok).allSatisfy(row -> assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue());

        // offsets index the article text
        for (Row row : ok) {
            String text = ARTICLES.get(row.getString(0));
            int start = row.getInt(row.fieldIndex("cue_start"));
            int end = row.getInt(row.fieldIndex("cue_end"));
            assertThat(text.substring(start, end)).isEqualTo(row.getString(row.fieldIndex("cue")));
        }

        List<Row> empty = statements.filter("status = 'empty'").collectAsList();
        assertThat(empty).singleElement().satisfies(row -> {
            assertThat(row.getString(0)).isEqualTo("weather");
            assertThat(row.isNullAt(row.fieldIndex("content"))).isTrue();
        });
    }

    @Test
    void aFailedArticleBecomesAnErrorRowAndTheOthersGoOn() {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("too-long", "He said it was fine. ".repeat(50_000)); // 1,050,000 chars: over the limit
        input.put("no-text", null);
        input.put("dispute", ARTICLES.get("dispute"));
        List<Row> rows = entente.analyze(articles(input)).collectAsList();

        Map<String, List<Row>> byDoc = new LinkedHashMap<>();
        rows.forEach(row -> byDoc.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row));
        assertThat(byDoc.get("too-long")).singleElement().satisfies(row -> {
            assertThat(row.getString(row.fieldIndex("status"))).isEqualTo("error");
            assertThat(row.getString(row.fieldIndex("error"))).startsWith("IllegalArgumentException: ")
                    .contains("longer than the limit");
        });
        assertThat(byDoc.get("no-text")).singleElement().satisfies(row -> {
            assertThat(row.getString(row.fieldIndex("status"))).isEqualTo("error");
            assertThat(row.getString(row.fieldIndex("error"))).contains("text is null");
        });
        assertThat(byDoc.get("dispute")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getString(row.fieldIndex("status"))).isEqualTo("ok"));
    }

    @Test
    void scoreAddsTheScoreColumnsOfThePlainApi() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("n", DataTypes.IntegerType, false),
                DataTypes.createStructField("sentence", DataTypes.StringType, true)));
        List<String> sentences = Arrays.asList("Kenya stands ready to work with Brazil",
                "The minister condemned the attack and warned Russia against escalation", null);
        List<Row> input = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            input.add(RowFactory.create(i, sentences.get(i)));
        }
        Dataset<Row> scored = entente.score(spark.createDataFrame(input, schema).repartition(2), "sentence");
        List<String> added = new ArrayList<>(List.of("n", "sentence"));
        added.addAll(Column.headers(Column.SCORE_COLUMNS));
        added.addAll(List.of("status", "error"));
        assertThat(scored.columns()).containsExactlyElementsOf(added);

        List<Row> rows = scored.orderBy("n").collectAsList();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 2; i++) {
            Row row = rows.get(i);
            List<Object> expected = ReportValues.scores(Entente.defaults().score(sentences.get(i)));
            assertThat(values(List.of(row), 2 + expected.size()).get(0).subList(2, 2 + expected.size()))
                    .isEqualTo(expected);
            assertThat(row.getString(row.fieldIndex("status"))).isEqualTo("ok");
        }
        assertThat(rows.get(0).getString(rows.get(0).fieldIndex("stance_label"))).isEqualTo("COOPERATIVE");
        assertThat(rows.get(2).getString(rows.get(2).fieldIndex("status"))).isEqualTo("error");
        assertThat(rows.get(2).isNullAt(rows.get(2).fieldIndex("tone"))).isTrue();

        assertThatThrownBy(() -> entente.score(scored.drop("status", "error"), "sentence"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tone'");
    }

    @Test
    void oneEntentePerExecutorJvmAcrossJobsPartitionsAndTasks() {
        EntenteSettings settings = entente.settings();
        entente.analyze(articles(ARTICLES)).count();
        entente.analyze(articles(ARTICLES)).collectAsList();
        entente.score(articles(ARTICLES), "body").collectAsList();
        // local mode: driver and executor share this JVM, so exactly one instance for these settings
        assertThat(ExecutorEntente.builds(settings)).isEqualTo(1);
        assertThat(ExecutorEntente.builds(new EntenteSettings(settings.profile(), null, 10))).isZero();
    }

    @Test
    void theExampleReadsAFolderOfTextFilesAndACsvFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(folder.resolve("talks.txt"), ARTICLES.get("talks"));
        Files.writeString(folder.resolve("summit.txt"), ARTICLES.get("summit"));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Map<String, String> read = new LinkedHashMap<>();
        SparkExample.read(spark, folder.toString(), "id", "text").collectAsList()
                .forEach(row -> read.put(row.getString(0), row.getString(1)));
        assertThat(read).containsOnlyKeys("talks", "summit").containsEntry("talks", ARTICLES.get("talks"));

        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "n,body\n7,\"He said \"\"yes\"\".\nThen he left.\"\n");
        List<Row> rows = SparkExample.read(spark, csv.toString(), "n", "body").collectAsList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getString(0)).isEqualTo("7");
            assertThat(row.getString(1)).isEqualTo("He said \"yes\".\nThen he left.");
        });
    }

    @Test
    void theJava17OptionsFileMatchesThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String options = pom.substring(pom.indexOf("<spark.jvmOptions>") + "<spark.jvmOptions>".length(),
                pom.indexOf("</spark.jvmOptions>"));
        assertThat(Files.readAllLines(Path.of("src/main/spark/java17.args")))
                .isEqualTo(List.of(options.trim().split("\\s+")));
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> EntenteSpark.builder().idColumn("article").textColumn("missing").build().analyze(articles(ARTICLES)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'missing'");
    }
}
