package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the report goes, and whether to force a progress bar. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the CSV report to FILE (UTF-8) instead of standard output.")
    Path output;

    @Option(names = "--progress",
            description = "Show a progress bar on standard error even when it is not a terminal.")
    boolean progress;
}
