package org.entente.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.Entente;
import org.entente.Profile;
import org.entente.report.Column;

/**
 * Entente on Apache Spark: turns a {@code Dataset<Row>} of articles into a {@code Dataset<Row>}
 * of scored statements, with the columns of the CSV report, and adds score columns to a column of
 * statements.
 *
 * <pre>{@code
 * EntenteSpark entente = EntenteSpark.builder().idColumn("id").textColumn("text").build();
 * Dataset<Row> statements = entente.analyze(articles);      // lazy, like every transformation
 * statements.write().parquet("statements.parquet");
 * Dataset<Row> scored = entente.score(sentences, "sentence");
 * }</pre>
 *
 * <p><b>Executors.</b> Only the {@link EntenteSettings} (profile, lexicon directory path, text
 * length limit) and column positions are serialised into the tasks. Each executor JVM builds one
 * {@link Entente} on first use ({@link ExecutorEntente}) and reuses it for every partition and
 * task; CoreNLP's models (~1 GB) load once per executor JVM, so give executors
 * {@code spark.executor.memory} of 3g or more and run several cores per executor rather than many
 * small executors.
 *
 * <p><b>Rows.</b> {@link #analyze} gives one row per statement with status {@value #OK}, plus one
 * row with status {@value #EMPTY} for an article with no statement (only {@code doc_id} set) and
 * one row with status {@value #ERROR} and the message in {@code error} for an article that could
 * not be analysed (null text, a text over the length limit, a CoreNLP failure): a bad document
 * never fails the task. Every input article is therefore accounted for by at least one row.
 * Absent values (no speaker, no counterpart) are {@code null}; offsets are {@code int}
 * {@code String} indices, scores {@code double} at full precision (the CSV report rounds to four
 * decimals). Text is raw: formula-like cells are not neutralised as the CSV report does.
 *
 * <p>Immutable and serialisable; the datasets it returns are ordinary lazy transformations.
 */
public final class EntenteSpark {

    /** {@code status} of a statement row, and of a scored row. */
    public static final String OK = "ok";
    /** {@code status} of the single row of an article that has no statement. */
    public static final String EMPTY = "empty";
    /** {@code status} of the single row of an article or statement that failed. */
    public static final String ERROR = "error";
    /** The name of the status column, after the report's columns. */
    public static final String STATUS_COLUMN = "status";
    /** The name of the error message column, last; {@code null} unless the status is {@value #ERROR}. */
    public static final String ERROR_COLUMN = "error";

    private final EntenteSettings settings;
    private final String idColumn;
    private final String textColumn;

    private EntenteSpark(Builder builder) {
        this.settings = new EntenteSettings(builder.profile, builder.lexiconDirectory, builder.maxTextLength);
        this.idColumn = builder.idColumn;
        this.textColumn = builder.textColumn;
    }

    /** A builder: columns {@code id} and {@code text}, bundled lexicons, {@link Profile#BALANCED}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings sent to the executors. */
    public EntenteSettings settings() {
        return settings;
    }

    /**
     * The schema of {@link #analyze}'s result: {@link Column#STATEMENT_REPORT} (named by
     * {@link Column#header()}, typed by {@link Column#type()}), then {@code status} and {@code error}.
     */
    public static StructType statementSchema() {
        List<StructField> fields = new ArrayList<>();
        for (Column column : Column.STATEMENT_REPORT) {
            fields.add(field(column));
        }
        addStatusFields(fields);
        return DataTypes.createStructType(fields);
    }

    /**
     * The scored statements of every article of {@code articles}, which must have the id and
     * text columns of this instance (strings; other columns are ignored). One row per statement,
     * and one row for each article with no statement or that failed; see the class comment.
     *
     * @throws IllegalArgumentException if a column is missing
     */
    public Dataset<Row> analyze(Dataset<Row> articles) {
        Objects.requireNonNull(articles, "articles");
        int id = fieldIndex(articles.schema(), idColumn);
        int text = fieldIndex(articles.schema(), textColumn);
        return articles.mapPartitions(new AnalyzePartition(settings, id, text), Encoders.row(statementSchema()));
    }

    /**
     * Every row of {@code statements} with {@link Column#SCORE_COLUMNS} ({@code tone, tone_label,
     * stance, stance_label, counterpart, counterpart_actor, evidence}) and {@code status},
     * {@code error} added, scoring the column {@code textColumn} as one statement each (no
     * extraction, no CoreNLP models: {@link Entente#score}). A null text gives status
     * {@value #ERROR} and null scores.
     *
     * @throws IllegalArgumentException if {@code textColumn} is missing or an added column's name is taken
     */
    public Dataset<Row> score(Dataset<Row> statements, String textColumn) {
        Objects.requireNonNull(statements, "statements");
        StructType input = statements.schema();
        int text = fieldIndex(input, textColumn);
        Set<String> taken = new HashSet<>(Arrays.asList(input.fieldNames()));
        List<StructField> fields = new ArrayList<>(Arrays.asList(input.fields()));
        for (Column column : Column.SCORE_COLUMNS) {
            fields.add(field(column));
        }
        addStatusFields(fields);
        for (StructField added : fields.subList(input.size(), fields.size())) {
            if (taken.contains(added.name())) {
                throw new IllegalArgumentException("the input already has a column named '" + added.name()
                        + "', which score adds; rename or drop it");
            }
        }
        StructType schema = DataTypes.createStructType(fields);
        return statements.mapPartitions(new ScorePartition(settings, text, input.size()), Encoders.row(schema));
    }

    @Override
    public String toString() {
        return "EntenteSpark[" + settings + ", id=" + idColumn + ", text=" + textColumn + "]";
    }

    private static StructField field(Column column) {
        DataType type = switch (column.type()) {
            case TEXT, COMPUTED -> DataTypes.StringType;
            case OFFSET -> DataTypes.IntegerType;
            case SCORE -> DataTypes.DoubleType;
        };
        return DataTypes.createStructField(column.header(), type, true);
    }

    private static void addStatusFields(List<StructField> fields) {
        fields.add(DataTypes.createStructField(STATUS_COLUMN, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ERROR_COLUMN, DataTypes.StringType, true));
    }

    private static int fieldIndex(StructType schema, String name) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.fields()[i].name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column named '" + name + "' in " + Arrays.toString(schema.fieldNames()));
    }

    /**
     * Configures an {@link EntenteSpark}. Not thread-safe; the instance it builds is. Each setting
     * may be given once.
     */
    public static final class Builder {
        private Profile profile = Profile.BALANCED;
        private String lexiconDirectory;
        private int maxTextLength = Entente.DEFAULT_MAX_TEXT_LENGTH;
        private String idColumn = "id";
        private String textColumn = "text";
        private final Set<String> given = new HashSet<>();

        private Builder() {
        }

        /** The CoreNLP profile; default {@link Profile#BALANCED}. */
        public Builder profile(Profile profile) {
            once("profile");
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * A lexicon directory, as a path every executor can read (not checked on the driver: on a
         * cluster it need not exist there). A bad directory fails the job when an executor builds
         * its instance, with the {@link org.entente.EntenteException} naming it.
         */
        public Builder lexiconDirectory(String path) {
            once("lexiconDirectory");
            this.lexiconDirectory = Objects.requireNonNull(path, "path");
            return this;
        }

        /** See {@link Entente.Builder#maxTextLength}; a longer article gives an error row. */
        public Builder maxTextLength(int maxTextLength) {
            once("maxTextLength");
            if (maxTextLength < 1) {
                throw new IllegalArgumentException("maxTextLength must be positive, not " + maxTextLength);
            }
            this.maxTextLength = maxTextLength;
            return this;
        }

        /** The articles' id column (default {@code id}), written to {@code doc_id}; any type, as a string. */
        public Builder idColumn(String name) {
            once("idColumn");
            this.idColumn = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The articles' text column (default {@code text}), a string column. */
        public Builder textColumn(String name) {
            once("textColumn");
            this.textColumn = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Builds the instance; nothing is loaded on the driver. */
        public EntenteSpark build() {
            return new EntenteSpark(this);
        }

        private void once(String setting) {
            if (!given.add(setting)) {
                throw new IllegalStateException(setting + " was already set");
            }
        }
    }
}
