package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.eval.AttributionEvaluation;
import org.entente.model.ScoredStatement;
import org.entente.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code entente evaluate}: runs extraction over a gold folder and prints attribution figures. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = EntenteCli.Version.class,
        sortOptions = false,
        description = {
            "Analyses every document of a gold folder (gold.jsonl plus <doc_id>.txt, the PolNeAR layout)",
            "and prints attribution figures: exact and partial content P/R/F1, recall of direct and",
            "indirect content, source and cue accuracy, the misses by error class and the worst misses."},
        footer = ExitCodes.FOOTER)
final class EvaluateCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder with gold.jsonl and the .txt files.")
    Path goldDir;

    @Option(names = "--threshold", defaultValue = "0.5",
            description = "Token F1 a partial match needs (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--worst", defaultValue = "10", description = "How many worst misses to list (default: ${DEFAULT-VALUE}).")
    int worst;

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    EvaluateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(goldDir.resolve("gold.jsonl"))) {
            throw new ParameterException(spec.commandLine(), "no gold.jsonl in " + goldDir);
        }
        if (threshold <= 0 || threshold > 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1], not " + threshold);
        }
        List<AttributionEvaluation.GoldDocument> gold = AttributionEvaluation.readGold(goldDir);
        Analyzer analyzer = pipeline.create(spec, context);
        Map<String, List<Statement>> predicted = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        int done = 0;
        for (AttributionEvaluation.GoldDocument doc : gold) {
            predicted.put(doc.id(), analyzer.analyze(doc.text()).stream().map(ScoredStatement::statement).toList());
            if (++done % 10 == 0) {
                err.println("entente evaluate: " + done + "/" + gold.size() + " documents");
                err.flush();
            }
        }
        AttributionEvaluation.Result result = AttributionEvaluation.evaluate(gold, predicted, threshold, worst);
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.format());
        out.flush();
        return ExitCodes.OK;
    }
}
