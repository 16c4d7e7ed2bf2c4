package org.entente.cli;

import java.nio.file.Path;
import org.entente.report.CellSanitizer;
import picocli.CommandLine.Option;

/** Where the report and the error list go, whether to force a progress bar, and cell sanitising. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the CSV report to FILE (UTF-8) instead of standard output.")
    Path output;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every input that failed (file or row, reason) to the CSV FILE.")
    Path errors;

    @Option(names = "--no-sanitize",
            description = {"Write text cells exactly as found. By default a text cell starting with =, +, -, @,",
                "tab or carriage return gets a leading ' so that spreadsheets do not run it as a formula."})
    boolean noSanitize;

    @Option(names = "--progress",
            description = "Show a progress bar on standard error even when it is not a terminal.")
    boolean progress;

    /** The sanitizer these options ask for. */
    CellSanitizer sanitizer() {
        return noSanitize ? CellSanitizer.identity() : CellSanitizer.spreadsheetSafe();
    }
}
