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

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analysed at once through one shared pipeline (default: the number of cores, "
                    + "${DEFAULT-VALUE}). The report is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

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
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--timeout-seconds must be 0 (no budget) or more, not " + timeoutSeconds);
        }
        Analyzer analyzer = pipeline.create(spec, context);
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        long needed = pipeline.profile.heapMegabytes(threads);
        if (heap < needed) {
            context.report(String.format(Locale.ROOT, "entente analyze: warning: the Java heap is %d MB; profile %s"
                    + " with %d thread%s needs about %d MB (run java -Xmx%dm -jar ...)", heap, pipeline.profile,
                    threads, threads == 1 ? "" : "s", needed, needed));
        }
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
                 Workers workers = new Workers(threads, Duration.ofSeconds(timeoutSeconds));
                 Progress progress = Progress.start("analyze", documents.size(), output.progress,
                         context.errIsTerminal(), context.err())) {
                html = htmlReport;
                // documents are analysed `threads` at a time, each under its own time budget; rows,
                // logs and messages are written in document order, so the report is the same for any N
                int window = threads == 1 ? 1 : 4 * threads;
                for (int from = 0; from < documents.size(); from += window) {
                    List<Path> part = documents.subList(from, Math.min(documents.size(), from + window));
                    List<java.util.concurrent.Future<Outcome>> outcomes = new ArrayList<>(part.size());
                    for (Path document : part) {
                        outcomes.add(workers.submit(() -> analyzeOne(analyzer, workers, document)));
                    }
                    for (int k = 0; k < part.size(); k++) {
                        Path document = part.get(k);
                        Outcome outcome = workers.await(outcomes.get(k));
                        if (outcome.failure() == null) {
                            write(document, outcome, report);
                            read++;
                            documentLog.ok(document.toString(), 0, docId(document), outcome.statements().size());
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

    /** What happened to one document: its text and statements, or why it failed ({@code status} error or timeout). */
    private record Outcome(String text, List<ScoredStatement> statements, String status, String failure) {
        static Outcome failed(String failure) {
            return new Outcome(null, List.of(), "error", failure);
        }
    }

    /** Reads and analyses one document under the time budget; runs on a worker, writes nothing. */
    private static Outcome analyzeOne(Analyzer analyzer, Workers workers, Path document) throws InterruptedException {
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
        try {
            return new Outcome(text, workers.run(() -> analyzer.analyze(text)), "ok", null);
        } catch (TimedRunner.Timeout e) {
            return new Outcome(null, List.of(), "timeout", e.getMessage());
        } catch (EntenteException e) {
            throw e; // lexicons or models failed to load: fatal for every document
        } catch (RuntimeException e) {
            return Outcome.failed("analysis failed: " + e);
        } catch (OutOfMemoryError e) {
            return Outcome.failed("analysis failed: out of memory (" + text.length() + " characters)");
        } catch (StackOverflowError e) {
            return Outcome.failed("analysis failed: stack overflow (" + text.length() + " characters)");
        }
    }

    /** Writes the rows of one analysed document (on the command's thread, in document order). */
    private void write(Path document, Outcome outcome, CsvReportWriter report) throws IOException {
        if (html != null) {
            html.writeDocument(docId(document), outcome.text(), outcome.statements());
        } else {
            report.writeDocument(docId(document), outcome.statements());
        }
        statements += outcome.statements().size();
        if (summary != null) {
            summary.add(docId(document), "", outcome.statements());
        }
    }

    /**
     * {@code threads} workers, each with its own {@link TimedRunner}: documents run in parallel,
     * each under its own time budget. With one thread the work runs on the caller's thread.
     */
    private static final class Workers implements AutoCloseable {
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.BlockingQueue<TimedRunner> runners;

        Workers(int threads, Duration budget) {
            this.pool = threads == 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "entente-analyze");
                t.setDaemon(true);
                return t;
            });
            this.runners = new java.util.concurrent.ArrayBlockingQueue<>(threads);
            for (int i = 0; i < threads; i++) {
                runners.add(new TimedRunner(budget));
            }
        }

        java.util.concurrent.Future<Outcome> submit(Callable<Outcome> task) {
            if (pool != null) {
                return pool.submit(task);
            }
            java.util.concurrent.FutureTask<Outcome> now = new java.util.concurrent.FutureTask<>(task);
            now.run();
            return now;
        }

        <T> T run(java.util.function.Supplier<T> task) throws TimedRunner.Timeout, InterruptedException {
            TimedRunner runner = runners.take();
            try {
                return runner.run(task);
            } finally {
                runners.add(runner);
            }
        }

        Outcome await(java.util.concurrent.Future<Outcome> outcome) throws InterruptedException {
            try {
                return outcome.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                return Outcome.failed("analysis failed: " + cause);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
            for (TimedRunner runner : runners) {
                runner.close();
            }
        }
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
