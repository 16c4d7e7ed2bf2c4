package org.entente.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every command runs against: where results and messages go, how the analyzer is made, and
 * whether standard error is a terminal. Tests build one over in-memory streams and a fake analyzer.
 */
record CliContext(PrintStream out, PrintStream err, AnalyzerFactory analyzers, boolean errIsTerminal) {

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(analyzers, "analyzers");
    }

    /** A UTF-8 writer to {@code file}, or to {@link #out} (never closed, only flushed) when {@code file} is null. */
    Writer openOutput(Path file) throws IOException {
        if (file != null) {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new BufferedWriter(new OutputStreamWriter(keepOpen, StandardCharsets.UTF_8));
    }

    /** A one-line message on standard error. */
    void report(String message) {
        err.println(message);
        err.flush();
    }
}
