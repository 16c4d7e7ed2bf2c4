package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, or nothing. Not thread-safe. */
abstract class Progress implements AutoCloseable {

    /** Batches up to this many documents get no bar unless {@code --progress} is given. */
    static final int MIN_BATCH = 5;

    abstract void step();

    /** Makes room for a message line on standard error: clears the bar's line (or ends it). */
    abstract void clearLine();

    @Override
    public abstract void close();

    static Progress none() {
        return new Progress() {
            @Override
            void step() {
            }

            @Override
            void clearLine() {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A bar on {@code err} when forced, or when {@code err} is a terminal and the batch has more
     * than {@link #MIN_BATCH} items; {@code total < 0} means unknown.
     */
    static Progress start(String task, long total, boolean forced, boolean errIsTerminal, PrintStream err) {
        boolean show = forced || errIsTerminal && (total < 0 || total > MIN_BATCH);
        if (!show) {
            return none();
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        return new Progress() {
            @Override
            void step() {
                bar.step();
            }

            @Override
            void clearLine() {
                err.print(errIsTerminal ? "\r\u001b[K" : "\n");
                err.flush();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /**
     * Whether standard error is a terminal. On Linux, from where file descriptor 2 points;
     * elsewhere, whether the JVM has a console.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through
        }
        return System.console() != null;
    }
}
