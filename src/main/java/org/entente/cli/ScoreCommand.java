package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.EntenteException;
import org.entente.model.Scores;
import org.entente.report.Column;
import org.entente.report.ScoreCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code entente score}: a CSV of texts, each scored as one statement, every input row kept. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = EntenteCli.Version.class,
        sortOptions = false,
        description = {
            "Scores each row of a CSV as one statement (no extraction), keeping every row and column.",
            "Adds the columns tone, tone_label, stance, stance_label, counterpart and evidence; a row that",
            "cannot be scored is reported on stderr and keeps empty score cells."},
        footer = ExitCodes.FOOTER)
final class ScoreCommand implements Callable<Integer> {

    /** Rows between flushes of the report. */
    private static final int FLUSH_EVERY = 1000;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT_CSV",
            description = "UTF-8 CSV (RFC 4180) with a header row.")
    Path input;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "Column naming each row in messages (default: ${DEFAULT-VALUE}); optional in the input.")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Column holding the text to score (default: ${DEFAULT-VALUE}); required in the input.")
    String textColumn;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    ScoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            throw usage("cannot read input file " + input + ": no such readable file");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader reader = new BufferedReader(new Utf8Reader(Files.newInputStream(input)))) {
            CSVParser parser;
            try {
                parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            } catch (IllegalArgumentException e) {
                throw usage(input + ": unusable header row: " + e.getMessage());
            } catch (CharacterCodingException e) {
                throw usage(input + ": header row is not valid UTF-8 (" + e.getMessage() + ")");
            }
            try (parser) {
                return scoreRows(parser);
            }
        }
    }

    private Integer scoreRows(CSVParser parser) throws IOException {
        List<String> header = new ArrayList<>(parser.getHeaderNames());
        if (header.isEmpty()) {
            throw usage(input + ": no header row (the first line must name the columns, e.g. id,text)");
        }
        if (header.get(0).startsWith("\ufeff")) {
            header.set(0, header.get(0).substring(1));
        }
        for (String named : List.of(textColumn, idColumn)) {
            if (header.indexOf(named) != header.lastIndexOf(named)) {
                throw usage(input + ": the header names the column '" + named + "' more than once ("
                        + String.join(", ", header) + "); which one is meant is not clear");
            }
        }
        int textIndex = header.indexOf(textColumn);
        if (textIndex < 0) {
            throw usage(input + ": no column '" + textColumn + "' (its columns: " + String.join(", ", header)
                    + "); name the text column with --text-column");
        }
        for (String added : Column.headers(Column.SCORE_COLUMNS)) {
            if (header.contains(added)) {
                throw usage(input + ": already has a column '" + added
                        + "', which the score report adds; rename or drop it");
            }
        }
        int idIndex = header.indexOf(idColumn);
        Analyzer analyzer = pipeline.create(spec, context); // after the header checks: usage errors come fast

        long rows = 0;
        int failures = 0;
        long duplicates = 0;
        SeenIds seenIds = new SeenIds();
        try (OutcomeLog errors = OutcomeLog.open(output.errors, output.sanitizer(), true);
             Writer out = context.openOutput(output.output);
             ScoreCsvWriter report = new ScoreCsvWriter(out, header, output.sanitizer());
             Progress progress = Progress.start("score", -1, output.progress, context.errIsTerminal(), context.err())) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    String reason = e.getCause() instanceof CharacterCodingException
                            ? "not valid UTF-8 (" + e.getCause().getMessage() + ")" : String.valueOf(e.getCause().getMessage());
                    String message = "after line " + parser.getCurrentLineNumber()
                            + ": " + reason + "; the rest of the file was not read";
                    report(progress, "entente score: " + input + ": " + message);
                    errors.failed(input.toString(), rows + 1, "", "error", message);
                    failures++;
                    break;
                }
                rows++;
                List<String> cells = record.toList();
                String row = idIndex >= 0 && idIndex < cells.size()
                        ? "row " + idColumn + "=" + cells.get(idIndex) : "row " + record.getRecordNumber();
                String id = idIndex >= 0 && idIndex < cells.size() ? cells.get(idIndex) : "";
                if (idIndex >= 0 && !id.isEmpty() && !seenIds.add(id)) {
                    report(progress, "entente score: " + input + ": warning: " + row + " repeats an earlier id");
                    duplicates++;
                }
                Scores scores = null;
                String problem = null;
                if (cells.size() != header.size()) {
                    problem = "has " + cells.size() + " cells but the header has " + header.size();
                }
                if (textIndex < cells.size()) {
                    try {
                        scores = analyzer.score(cells.get(textIndex));
                    } catch (EntenteException e) {
                        throw e;
                    } catch (RuntimeException | StackOverflowError e) {
                        problem = (problem == null ? "" : problem + "; ") + "scoring failed: " + e;
                    }
                }
                if (problem != null) {
                    report(progress, "entente score: " + input + ": " + row + (problem.startsWith("has ") ? " " : ": ") + problem);
                    errors.failed(input.toString(), record.getRecordNumber(), id, "error", problem);
                    failures++;
                }
                report.write(cells, scores);
                if (rows % FLUSH_EVERY == 0) {
                    report.flush();
                }
                progress.step();
            }
        }
        context.report(String.format(Locale.ROOT, "entente score: %d row%s read, %d written, %d failed%s",
                rows, rows == 1 ? "" : "s", rows, failures,
                duplicates == 0 ? "" : ", " + duplicates + " repeated id" + (duplicates == 1 ? "" : "s")));
        return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private void report(Progress progress, String message) {
        progress.clearLine();
        context.report(message);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
