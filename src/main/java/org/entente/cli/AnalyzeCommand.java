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
import org.entente.EntenteException;
import org.entente.lexicon.LexiconSource;
import org.entente.model.ScoredStatement;
import org.entente.report.CsvReportWriter;
import org.entente.report.html.HtmlReportWriter;
import org.entente.score.ActorLexicon;
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

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    /** The report formats. */
    enum Format { csv, html }

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
    public Integer call() throws IOException {
        if (format == Format.html && output.output == null) {
            throw new ParameterException(spec.commandLine(), "--format html needs -o DIR, the report's directory");
        }
        Analyzer analyzer = pipeline.create(spec, context);
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
        try (Writer out = format == Format.html ? null : context.openOutput(output.output);
             CsvReportWriter report = out == null ? null : new CsvReportWriter(out);
             HtmlReportWriter htmlReport = format == Format.html ? new HtmlReportWriter(output.output,
                     ActorLexicon.load(pipeline.lexicons == null ? LexiconSource.bundled()
                             : LexiconSource.overlay(pipeline.lexicons))::affiliation) : null;
             Progress progress = Progress.start("analyze", documents.size(), output.progress,
                     context.errIsTerminal(), context.err())) {
            html = htmlReport;
            for (Path document : documents) {
                String failure = analyzeOne(analyzer, document, report);
                if (failure == null) {
                    read++;
                } else {
                    progress.clearLine();
                    context.report("entente analyze: " + document + ": " + failure);
                    failures++;
                }
                progress.step();
            }
        }
        context.report(String.format(Locale.ROOT,
                "entente analyze: %d document%s read, %d statement%s written, %d failed",
                read, read == 1 ? "" : "s", statements, statements == 1 ? "" : "s", failures));
        return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    /** Analyses one document and writes its rows; the reason it failed, or {@code null}. */
    private String analyzeOne(Analyzer analyzer, Path document, CsvReportWriter report) throws IOException {
        String text;
        try {
            text = Utf8Reader.readString(document);
        } catch (CharacterCodingException e) {
            return "not valid UTF-8 (" + e.getMessage() + "); skipped";
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        List<ScoredStatement> found;
        try {
            found = analyzer.analyze(text);
        } catch (EntenteException e) {
            throw e; // lexicons or models failed to load: fatal for every document
        } catch (RuntimeException e) {
            return "analysis failed: " + e;
        }
        if (html != null) {
            html.writeDocument(docId(document), text, found);
        } else {
            report.writeDocument(docId(document), found);
        }
        statements += found.size();
        return null;
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
