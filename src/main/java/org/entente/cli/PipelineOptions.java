package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Profile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that configure the analyzer: profile and lexicon directory. */
final class PipelineOptions {

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "BALANCED",
            description = "CoreNLP pipeline profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.BALANCED;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Directory of lexicon files; a file there replaces the bundled one of the same name.")
    Path lexicons;

    /** The analyzer these options describe; a missing lexicon directory is a usage error. */
    Analyzer create(CommandSpec spec, CliContext context) {
        if (lexicons != null && !Files.isDirectory(lexicons)) {
            throw new ParameterException(spec.commandLine(),
                    "lexicon directory does not exist: " + lexicons);
        }
        return context.analyzers().create(profile, lexicons);
    }
}
