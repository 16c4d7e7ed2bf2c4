package org.entente.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.entente.EntenteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entente's command line: {@code analyze}, {@code score} and {@code demo}. The only place in
 * Entente that parses arguments, prints progress and exits.
 *
 * <pre>
 * java -jar target/entente-cli.jar analyze articles/ -o report.csv
 * java -jar target/entente-cli.jar score sentences.csv -o scored.csv
 * java -jar target/entente-cli.jar demo
 * </pre>
 *
 * <p>Each {@link #execute} call builds its own command objects: calls may run concurrently if
 * their streams differ.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = EntenteCli.Version.class,
        description = "Finds attributed statements in news text and scores each for tone and stance toward cooperation.",
        commandListHeading = "%nCommands:%n",
        footer = ExitCodes.FOOTER)
public final class EntenteCli implements Runnable {

    @Spec
    CommandSpec spec;

    private EntenteCli() {
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(AnalyzerFactory.entente(), System.out, System.err, Progress.stderrIsTerminal(), args));
    }

    /**
     * Runs the command line without exiting: results on {@code out}, messages on {@code err}.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int execute(AnalyzerFactory analyzers, PrintStream out, PrintStream err, String... args) {
        return execute(analyzers, out, err, false, args);
    }

    static int execute(AnalyzerFactory analyzers, PrintStream out, PrintStream err, boolean errIsTerminal,
                       String... args) {
        CliContext context = new CliContext(out, err, analyzers, errIsTerminal);
        return commandLine(context).execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new EntenteCli())
                .addSubcommand(new AnalyzeCommand(context))
                .addSubcommand(new ScoreCommand(context))
                .addSubcommand(new DemoCommand(context))
                .addSubcommand(new EvaluateCommand(context))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            if (!UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((Exception e, CommandLine command, CommandLine.ParseResult parsed) -> {
            PrintWriter err = command.getErr();
            String name = command.getCommandSpec().qualifiedName();
            if (e instanceof EntenteException) {
                err.println(name + ": fatal: " + e.getMessage());
            } else if (e instanceof IOException || e instanceof UncheckedIOException) {
                err.println(name + ": fatal: cannot write the report: " + e.getMessage());
            } else {
                err.println(name + ": fatal: unexpected error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.FATAL;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: analyze, score or demo");
    }

    /** The version from the jar manifest, or "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EntenteCli.class.getPackage().getImplementationVersion();
            return new String[] {"entente " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
