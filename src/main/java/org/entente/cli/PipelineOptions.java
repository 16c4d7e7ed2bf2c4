package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.Profile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that configure the analyzer: profile, lexicon directory and tone layers. */
final class PipelineOptions {

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "BALANCED",
            description = "CoreNLP pipeline profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.BALANCED;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Directory of lexicon files; a file there replaces the bundled one of the same name.")
    Path lexicons;

    @Option(names = "--disable-tone-layers", paramLabel = "LAYER", split = ",",
            description = "Tone lexicon layers to switch off, comma-separated: context, vader, news, fitted, "
                    + "or the NAME of a tone-NAME.tsv in --lexicons (default: all on). "
                    + "'context,news,fitted' leaves VADER's lexicon alone.")
    List<String> disabledToneLayers = new ArrayList<>();

    /** The analyzer these options describe; a missing lexicon directory or an unknown layer is a usage error. */
    Analyzer create(CommandSpec spec, CliContext context) {
        if (lexicons != null && !Files.isDirectory(lexicons)) {
            throw new ParameterException(spec.commandLine(),
                    "lexicon directory does not exist: " + lexicons);
        }
        try {
            // "context, news" works too
            Set<String> layers = disabledToneLayers.stream().map(String::strip).filter(l -> !l.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            return context.analyzers().create(profile, lexicons, layers);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unknown tone layer")) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            throw e;
        }
    }
}
