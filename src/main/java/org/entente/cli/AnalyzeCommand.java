package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.DocumentResult;
import org.entente.EntenteException;
import org.entente.model.ScoredStatement;
import org.entente.report.CsvReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analysed at once through one shared pipeline (default: the number of cores, "
                    + "${DEFAULT-VALUE}). The report is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    private long statements;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, not " + threads);
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
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found;
                try {
                    found = listTextFiles(input, recursive);
                } catch (UncheckedIOException e) {
                    context.report("entente analyze: " + input + ": cannot list: " + e.getCause().getMessage());
                    failures++;
                    continue;
                }
                if (found.isEmpty()) {
                    context.report("entente analyze: " + input + ": no .txt files in this directory");
                }
                documents.addAll(found);
            } else if (Files.isRegularFile(input)) {
                documents.add(input);
            } else {
                context.report("entente analyze: " + input + ": no such file or directory");
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

        int read = 0;
        try (Writer out = context.openOutput(output.output);
             CsvReportWriter report = new CsvReportWriter(out);
             Progress progress = Progress.start("analyze", documents.size(), output.progress,
                     context.errIsTerminal(), context.err())) {
            // documents go to the analyzer in chunks, analysed `threads` at a time; rows and messages
            // are written in document order
            int chunk = threads == 1 ? 1 : 16 * threads;
            for (int from = 0; from < documents.size(); from += chunk) {
                List<Path> part = documents.subList(from, Math.min(documents.size(), from + chunk));
                String[] failure = new String[part.size()];
                List<String> texts = new ArrayList<>(part.size());
                List<Integer> textOf = new ArrayList<>(part.size());
                for (int k = 0; k < part.size(); k++) {
                    String text;
                    try {
                        text = Utf8Reader.readString(part.get(k));
                    } catch (CharacterCodingException e) {
                        failure[k] = "not valid UTF-8 (" + e.getMessage() + "); skipped";
                        continue;
                    } catch (IOException e) {
                        failure[k] = "cannot read: " + e.getMessage();
                        continue;
                    }
                    texts.add(text);
                    textOf.add(k);
                }
                List<DocumentResult> results = texts.isEmpty() ? List.of() : analyzer.analyzeAll(texts, threads);
                @SuppressWarnings("unchecked")
                List<ScoredStatement>[] found = new List[part.size()];
                for (int r = 0; r < results.size(); r++) {
                    DocumentResult result = results.get(r);
                    int k = textOf.get(r);
                    if (result.failure() instanceof EntenteException e) {
                        throw e; // lexicons or models failed to load: fatal for every document
                    } else if (result.failure() != null) {
                        failure[k] = "analysis failed: " + result.failure();
                    } else {
                        found[k] = result.statements();
                    }
                }
                for (int k = 0; k < part.size(); k++) {
                    Path document = part.get(k);
                    if (failure[k] == null) {
                        report.writeDocument(docId(document), found[k]);
                        statements += found[k].size();
                        read++;
                    } else {
                        progress.clearLine();
                        context.report("entente analyze: " + document + ": " + failure[k]);
                        failures++;
                    }
                    progress.step();
                }
            }
        }
        context.report(String.format(Locale.ROOT,
                "entente analyze: %d document%s read, %d statement%s written, %d failed",
                read, read == 1 ? "" : "s", statements, statements == 1 ? "" : "s", failures));
        return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
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
