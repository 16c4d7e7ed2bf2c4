package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.EntenteException;
import org.entente.model.ScoredStatement;
import org.entente.report.CellSanitizer;
import org.entente.report.CsvReportWriter;
import org.entente.report.Summary;
import org.entente.report.SummaryCsvWriter;
import org.entente.report.html.HtmlReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente analyze}: a CSV of the attributed statements of {@code .txt} articles. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = EntenteCli.Version.class,
        sortOptions = false,
        description = {
            "Finds the attributed statements of UTF-8 .txt articles and writes one CSV row per statement.",
            "doc_id is the file name without .txt; offsets are String indices into the text as read, end exclusive."},
        footer = ExitCodes.FOOTER)
final class AnalyzeCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = ".txt files, and directories whose .txt files are read in name order.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-r", "--recursive"}, description = "Also read .txt files in subdirectories.")
    boolean recursive;

    @Option(names = "--timeout-seconds", paramLabel = "SECONDS", defaultValue = "120",
            description = {"Time budget for one document (default: ${DEFAULT-VALUE}); a document that overruns",
                "is reported as 'timeout' and the batch goes on. 0 turns the budget off."})
    long timeoutSeconds;

    @Option(names = "--documents", paramLabel = "FILE",
            description = "Also write one CSV row per input document (status ok/error/timeout, statements) to FILE.")
    Path documentsLog;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    /** The report formats. */
    enum Format { csv, html }

    @Option(names = "--summary", paramLabel = "FILE",
            description = {"Also write a CSV to FILE with, per speaker and per dyad (speaker affiliation ->",
                "counterpart actor), the statement count, articles, mean tone and mean stance."})
    Path summaryFile;

    /** The summary being accumulated when --summary is given. */
    private Summary summary;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = {"Report format: csv (default) or html. html writes a directory, given with -o DIR:",
                "DIR/index.html (speakers, dyads, articles) and one page per article under DIR/articles/."})
    Format format = Format.csv;

    /** The HTML report being written, when {@code --format html}. */
    private HtmlReportWriter html;

    private long statements;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (format == Format.html && output.output == null) {
            throw new ParameterException(spec.commandLine(), "--format html needs -o DIR, the report's directory");
        }
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--timeout-seconds must be 0 (no budget) or more, not " + timeoutSeconds);
        }
        Analyzer analyzer = pipeline.create(spec, context);
        int failures = 0;
        CellSanitizer sanitizer = output.sanitizer();
        try (OutcomeLog errors = OutcomeLog.open(output.errors, sanitizer, true);
             OutcomeLog documentLog = OutcomeLog.open(documentsLog, sanitizer, false)) {
            List<Path> documents = new ArrayList<>();
            for (Path input : inputs) {
                String problem = null;
                if (Files.isDirectory(input)) {
                    try {
                        List<Path> found = listTextFiles(input, recursive);
                        if (found.isEmpty()) {
                            context.report("entente analyze: " + input + ": no .txt files in this directory");
                        }
                        documents.addAll(found);
                    } catch (UncheckedIOException e) {
                        problem = "cannot list: " + e.getCause().getMessage();
                    }
                } else if (Files.isRegularFile(input)) {
                    documents.add(input);
                } else {
                    problem = "no such file or directory";
                }
                if (problem != null) {
                    context.report("entente analyze: " + input + ": " + problem);
                    errors.failed(input.toString(), 0, "", "error", problem);
                    documentLog.failed(input.toString(), 0, "", "error", problem);
                    failures++;
                }
            }

            java.util.Map<String, Path> ids = new java.util.HashMap<>();
            for (Path document : documents) {
                Path earlier = ids.putIfAbsent(docId(document), document);
                if (earlier != null) {
                    context.report("entente analyze: warning: " + document + " and " + earlier
                            + " share the doc_id '" + docId(document) + "'");
                }
            }

            if (timeoutSeconds > 0 && !documents.isEmpty()) {
                analyzer.warmUp(); // model loading is not part of any document's budget
            }
            summary = summaryFile == null ? null : new Summary();
            int read = 0;
            try (Writer out = format == Format.html ? null : context.openOutput(output.output);
                 CsvReportWriter report = out == null ? null : new CsvReportWriter(out, sanitizer);
                 HtmlReportWriter htmlReport = format == Format.html ? new HtmlReportWriter(output.output) : null;
                 TimedRunner runner = new TimedRunner(Duration.ofSeconds(timeoutSeconds));
                 Progress progress = Progress.start("analyze", documents.size(), output.progress,
                         context.errIsTerminal(), context.err())) {
                html = htmlReport;
                for (Path document : documents) {
                    Outcome outcome = analyzeOne(analyzer, runner, document, report);
                    if (outcome.failure() == null) {
                        read++;
                        documentLog.ok(document.toString(), 0, docId(document), outcome.statements());
                    } else {
                        progress.clearLine();
                        context.report("entente analyze: " + document + ": " + outcome.failure());
                        errors.failed(document.toString(), 0, docId(document), outcome.status(), outcome.failure());
                        documentLog.failed(document.toString(), 0, docId(document), outcome.status(),
                                outcome.failure());
                        failures++;
                    }
                    progress.step();
                }
            }
            if (summary != null) {
                try (Writer out = java.nio.file.Files.newBufferedWriter(summaryFile, java.nio.charset.StandardCharsets.UTF_8)) {
                    SummaryCsvWriter.write(summary, out, sanitizer);
                }
            }
            context.report(String.format(Locale.ROOT,
                    "entente analyze: %d document%s read, %d statement%s written, %d failed",
                    read, read == 1 ? "" : "s", statements, statements == 1 ? "" : "s", failures));
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    /** What happened to one document: its statement count, or why it failed ({@code status} error or timeout). */
    private record Outcome(long statements, String status, String failure) {
        static Outcome failed(String failure) {
            return new Outcome(0, "error", failure);
        }
    }

    /** Analyses one document under the time budget and writes its rows. */
    private Outcome analyzeOne(Analyzer analyzer, TimedRunner runner, Path document, CsvReportWriter report)
            throws IOException, InterruptedException {
        String text;
        try {
            text = Utf8Reader.readString(document);
        } catch (CharacterCodingException e) {
            return Outcome.failed("not valid UTF-8 (" + e.getMessage() + "); skipped");
        } catch (IOException e) {
            return Outcome.failed("cannot read: " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0) {
            return Outcome.failed("binary data (NUL characters at offset " + text.indexOf('\0') + "); skipped");
        }
        List<ScoredStatement> found;
        try {
            found = runner.run(() -> analyzer.analyze(text));
        } catch (TimedRunner.Timeout e) {
            return new Outcome(0, "timeout", e.getMessage());
        } catch (EntenteException e) {
            throw e; // lexicons or models failed to load: fatal for every document
        } catch (RuntimeException e) {
            return Outcome.failed("analysis failed: " + e);
        } catch (OutOfMemoryError e) {
            return Outcome.failed("analysis failed: out of memory (" + text.length() + " characters)");
        } catch (StackOverflowError e) {
            return Outcome.failed("analysis failed: stack overflow (" + text.length() + " characters)");
        }
        if (html != null) {
            html.writeDocument(docId(document), text, found);
        } else {
            report.writeDocument(docId(document), found);
        }
        statements += found.size();
        if (summary != null) {
            summary.add(docId(document), "", found);
        }
        return new Outcome(found.size(), "ok", null);
    }

    /** The file name without a final {@code .txt} (any case). */
    static String docId(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    /** The {@code .txt} files of {@code directory}, sorted by path name. */
    static List<Path> listTextFiles(Path directory, boolean recursive) {
        try (Stream<Path> files = recursive ? Files.walk(directory) : Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
