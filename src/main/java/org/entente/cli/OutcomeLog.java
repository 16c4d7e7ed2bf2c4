package org.entente.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.entente.report.CellSanitizer;
import org.entente.report.CsvReportWriter;

/**
 * A CSV of what happened to each input ({@code --errors}, {@code --documents}): columns
 * {@code input, row, id, status, statements, message}
 * ({@code row}: the data row's number in a {@code score} input, 1 for the first row after the header). {@code status} is {@code ok},
 * {@code error} or {@code timeout}. With no file it writes nothing. Rows are flushed as they come.
 * Not thread-safe.
 */
final class OutcomeLog implements Closeable {

    static final List<String> HEADER = List.of("input", "row", "id", "status", "statements", "message");

    private final CSVPrinter printer;
    private final CellSanitizer sanitizer;
    private final boolean failuresOnly;

    private OutcomeLog(Writer out, CellSanitizer sanitizer, boolean failuresOnly) throws IOException {
        this.sanitizer = sanitizer;
        this.failuresOnly = failuresOnly;
        this.printer = out == null ? null : new CSVPrinter(out, CsvReportWriter.FORMAT);
        if (printer != null) {
            printer.printRecord(HEADER);
            printer.flush();
        }
    }

    /** A log to {@code file} (or nowhere when {@code null}). */
    static OutcomeLog open(Path file, CellSanitizer sanitizer, boolean failuresOnly) throws IOException {
        return new OutcomeLog(file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                sanitizer, failuresOnly);
    }

    /** A successful input: written only to a log of every input. */
    void ok(String input, long row, String id, long statements) throws IOException {
        if (!failuresOnly) {
            row(input, row, id, "ok", Long.toString(statements), "");
        }
    }

    /** A failed input; {@code status} is {@code error} or {@code timeout}. */
    void failed(String input, long row, String id, String status, String message) throws IOException {
        row(input, row, id, status, "", message);
    }

    private void row(String input, long row, String id, String status, String statements, String message)
            throws IOException {
        if (printer == null) {
            return;
        }
        printer.printRecord(sanitizer.sanitize(input), row > 0 ? Long.toString(row) : "",
                id == null ? "" : sanitizer.sanitize(id), status, statements, sanitizer.sanitize(message));
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
        }
    }
}
