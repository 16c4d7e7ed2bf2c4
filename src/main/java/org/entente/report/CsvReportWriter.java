package org.entente.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.model.ScoredStatement;

/**
 * Writes scored statements as CSV, one row per statement, with the columns of
 * {@link Column#STATEMENT_REPORT} (header first). Rows are written as they come and flushed after
 * each document: the writer never holds the report. Offsets are {@code String} indices into the
 * document, end exclusive; cells of an absent speaker or counterpart are empty.
 *
 * <p>Not thread-safe: one writer per output, fed by one thread.
 */
public final class CsvReportWriter implements Closeable, Flushable {

    /** RFC 4180 CSV with {@code \n} line ends: what every Entente report writes. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private final CellSanitizer sanitizer;
    private long rows;

    /**
     * A writer to {@code out} that neutralises formula-like text cells
     * ({@link CellSanitizer#spreadsheetSafe()}); writes the header now.
     */
    public CsvReportWriter(Appendable out) throws IOException {
        this(out, CellSanitizer.spreadsheetSafe());
    }

    /** A writer to {@code out} that passes text cells through {@code sanitizer}; writes the header now. */
    public CsvReportWriter(Appendable out, CellSanitizer sanitizer) throws IOException {
        Objects.requireNonNull(out, "out");
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(Column.headers(Column.STATEMENT_REPORT));
    }

    /** Writes the statements of one document, in order, and flushes. */
    public void writeDocument(String docId, List<ScoredStatement> statements) throws IOException {
        for (ScoredStatement statement : statements) {
            write(docId, statement);
        }
        flush();
    }

    /** Writes one statement of document {@code docId}. */
    public void write(String docId, ScoredStatement scored) throws IOException {
        Objects.requireNonNull(docId, "docId");
        printer.printRecord(row(docId, scored));
        rows++;
    }

    /** The cells of one row, in {@link Column#STATEMENT_REPORT} order. */
    List<String> row(String docId, ScoredStatement scored) {
        return ReportValues.cells(Column.STATEMENT_REPORT, ReportValues.statement(docId, scored), sanitizer);
    }

    /** Number of statement rows written so far (the header not counted). */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes and closes the underlying output if it is {@link Closeable}. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
