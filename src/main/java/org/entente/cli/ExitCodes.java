package org.entente.cli;

/** The command line's exit codes, as listed in every command's {@code --help}. */
public final class ExitCodes {

    /** Everything was processed. */
    public static final int OK = 0;
    /** Some inputs failed; each was reported on standard error and the rest were processed. */
    public static final int SOME_INPUTS_FAILED = 1;
    /** Bad command line or unusable input (e.g. a CSV without the text column). */
    public static final int USAGE = 2;
    /** Nothing could be done: lexicons or models failed to load, the output could not be written. */
    public static final int FATAL = 3;

    /** The {@code --help} footer listing the codes. */
    static final String FOOTER = "%nExit codes:%n"
            + "  0  ok%n"
            + "  1  some inputs failed (each reported on stderr, the rest processed)%n"
            + "  2  usage error (bad option, unreadable input, missing CSV column)%n"
            + "  3  fatal (lexicon or model load failure, output not writable)%n";

    private ExitCodes() {
    }
}
