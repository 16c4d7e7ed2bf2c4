package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.model.ScoredStatement;
import org.entente.report.CsvReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente demo}: analyses a short article shipped in the jar and prints its statements. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = EntenteCli.Version.class,
        sortOptions = false,
        description = {
            "Analyses a short example article shipped in the jar and prints its statements.",
            "The article is a made-up wire story; with --csv the output is the CSV report that",
            "'analyze' would write for it (doc_id demo)."},
        footer = ExitCodes.FOOTER)
final class DemoCommand implements Callable<Integer> {

    /** The example article, on the class path. */
    static final String ARTICLE = "org/entente/cli/demo-article.txt";

    /** The doc_id of the example article in the CSV report. */
    static final String DOC_ID = "demo";

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", description = "Write the CSV report instead of readable text.")
    boolean csv;

    @Option(names = "--show-text", description = "Print the article before its statements.")
    boolean showText;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    DemoCommand(CliContext context) {
        this.context = context;
    }

    /** The embedded example article, exactly as shipped. */
    static String article() {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("the demo article " + ARTICLE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo article " + ARTICLE, e);
        }
    }

    @Override
    public Integer call() throws IOException {
        Analyzer analyzer = pipeline.create(spec, context);
        String text = article();
        List<ScoredStatement> statements = analyzer.analyze(text);
        try (Writer out = context.openOutput(output.output)) {
            if (csv) {
                try (CsvReportWriter report = new CsvReportWriter(out)) {
                    report.writeDocument(DOC_ID, statements);
                }
            } else {
                if (showText) {
                    out.write(text.strip());
                    out.write("\n\n");
                }
                out.write("Statements in the demo article (" + statements.size() + "):\n\n");
                int n = 0;
                for (ScoredStatement statement : statements) {
                    out.write(++n + ". " + statement + "\n\n");
                }
            }
        }
        context.report("entente demo: 1 document read, " + statements.size() + " statements written, 0 failed");
        return ExitCodes.OK;
    }
}
