package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.entente.Profile;

/**
 * A runnable example: reads articles, writes their scored statements as Parquet and as CSV.
 *
 * <pre>
 * SparkExample INPUT OUTPUT_DIR [--master local[2]] [--partitions N] [--id-column id]
 *              [--text-column text] [--profile BALANCED|ACCURATE] [--lexicons DIR]
 * </pre>
 *
 * INPUT is a folder of UTF-8 {@code .txt} files (id = file name without {@code .txt}), a
 * {@code .csv} file with a header (multi-line quoted cells allowed) or a {@code .parquet} file or
 * folder, with an id and a text column. Writes {@code OUTPUT_DIR/statements.parquet} and
 * {@code OUTPUT_DIR/statements.csv} (Spark's folders of part files, replaced if present) and prints
 * the number of articles, statement rows, empty and failed articles and the articles per second.
 * Without {@code --master} the master comes from {@code spark-submit} or defaults to
 * {@code local[*]}. See README "Spark" for the class path and the JVM options.
 */
public final class SparkExample {

    private SparkExample() {
    }

    public static void main(String[] args) {
        // with the command line's slf4j-simple on the class path, Spark logs every step at INFO
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        List<String> positional = new ArrayList<>();
        String master = null;
        String idColumn = "id";
        String textColumn = "text";
        int partitions = 0;
        EntenteSpark.Builder builder = EntenteSpark.builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                usage("option " + arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--master" -> master = value;
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--id-column" -> idColumn = value;
                case "--text-column" -> textColumn = value;
                case "--profile" -> builder.profile(Profile.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--lexicons" -> builder.lexiconDirectory(value);
                default -> usage("unknown option " + arg);
            }
        }
        if (positional.size() != 2) {
            usage("give INPUT and OUTPUT_DIR");
        }
        String input = positional.get(0);
        String output = positional.get(1);
        EntenteSpark entente = builder.idColumn("id").textColumn("text").build();

        SparkSession.Builder session = SparkSession.builder().appName("Entente");
        if (master != null) {
            session.master(master);
        } else if (System.getProperty("spark.master") == null) {
            session.master("local[*]");
        }
        SparkSession spark = session.getOrCreate();
        try {
            long start = System.nanoTime();
            Dataset<Row> articles = read(spark, input, idColumn, textColumn);
            int n = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
            articles = articles.repartition(n); // small files would otherwise share one partition
            String parquet = output + "/statements.parquet";
            entente.analyze(articles).write().mode(SaveMode.Overwrite).parquet(parquet);
            double seconds = (System.nanoTime() - start) / 1e9;

            Dataset<Row> statements = spark.read().parquet(parquet);
            // RFC 4180 quoting, as the command line writes ("" inside quotes; Spark's default escape is a backslash)
            statements.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                    .csv(output + "/statements.csv");
            long documents = statements.select("doc_id").distinct().count();
            long ok = statements.filter(col(EntenteSpark.STATUS_COLUMN).equalTo(EntenteSpark.OK)).count();
            long empty = statements.filter(col(EntenteSpark.STATUS_COLUMN).equalTo(EntenteSpark.EMPTY)).count();
            long failed = statements.filter(col(EntenteSpark.STATUS_COLUMN).equalTo(EntenteSpark.ERROR)).count();
            System.out.printf(Locale.ROOT, "%d articles, %d statements, %d without statements, %d failed; "
                    + "analysed in %.1f s (%.2f articles/s, %s); wrote %s and %s/statements.csv%n",
                    documents, ok, empty, failed, seconds, documents / seconds, spark.sparkContext().master(),
                    parquet, output);
        } finally {
            spark.stop();
        }
    }

    /** The articles of {@code input} as columns {@code id} and {@code text}. */
    static Dataset<Row> read(SparkSession spark, String input, String idColumn, String textColumn) {
        String lower = input.toLowerCase(Locale.ROOT);
        Dataset<Row> raw;
        if (lower.endsWith(".csv")) {
            raw = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .csv(input);
        } else if (lower.endsWith(".parquet")) {
            raw = spark.read().parquet(input);
        } else {
            return spark.read().option("wholetext", "true").option("pathGlobFilter", "*.txt").text(input)
                    .select(regexp_replace(col("_metadata.file_name"), "\\.txt$", "").as("id"), col("value").as("text"));
        }
        return raw.select(col(idColumn).cast("string").as("id"), col(textColumn).as("text"));
    }

    private static void usage(String problem) {
        System.err.println("SparkExample: " + problem);
        System.err.println("usage: SparkExample INPUT OUTPUT_DIR [--master local[2]] [--partitions N] "
                + "[--id-column id] [--text-column text] [--profile BALANCED|ACCURATE] [--lexicons DIR]");
        System.exit(2);
    }
}
