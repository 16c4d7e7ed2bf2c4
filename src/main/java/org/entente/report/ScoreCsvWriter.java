package org.entente.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.entente.model.Scores;

/**
 * Writes the report of the {@code score} command: every input column as it was, followed by
 * {@link Column#SCORE_COLUMNS} ({@code tone, tone_label, stance, stance_label, counterpart, counterpart_actor,
 * evidence}). One output row per input row, written as it comes; a row that could not be scored
 * keeps its input cells and gets empty score cells.
 *
 * <p>Not thread-safe: one writer per output, fed by one thread.
 */
public final class ScoreCsvWriter implements Closeable, Flushable {

    private final CSVPrinter printer;
    private final CellSanitizer sanitizer;
    private final int inputColumns;
    private long rows;

    /**
     * A writer that neutralises formula-like text cells ({@link CellSanitizer#spreadsheetSafe()});
     * writes the header now.
     */
    public ScoreCsvWriter(Appendable out, List<String> inputHeader) throws IOException {
        this(out, inputHeader, CellSanitizer.spreadsheetSafe());
    }

    /**
     * A writer for an input with columns {@code inputHeader}; writes the header now.
     *
     * @throws IllegalArgumentException if an input column has the name of a score column
     */
    public ScoreCsvWriter(Appendable out, List<String> inputHeader, CellSanitizer sanitizer) throws IOException {
        Objects.requireNonNull(out, "out");
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        Set<String> added = new HashSet<>(Column.headers(Column.SCORE_COLUMNS));
        for (String column : inputHeader) {
            if (added.contains(column)) {
                throw new IllegalArgumentException("the input already has a column named '" + column
                        + "', which the score report adds; rename or drop it");
            }
        }
        this.inputColumns = inputHeader.size();
        this.printer = new CSVPrinter(out, CsvReportWriter.FORMAT);
        List<String> header = new ArrayList<>(inputHeader.size() + Column.SCORE_COLUMNS.size());
        for (String column : inputHeader) {
            header.add(sanitizer.sanitize(column));
        }
        header.addAll(Column.headers(Column.SCORE_COLUMNS));
        printer.printRecord(header);
    }

    /**
     * Writes one input row with its scores. A row shorter than the header is padded with empty
     * cells, a longer one is cut to the header's width.
     *
     * @param scores the row's scores, or {@code null} to leave the score cells empty
     */
    public void write(List<String> inputCells, Scores scores) throws IOException {
        List<String> cells = new ArrayList<>(inputColumns + Column.SCORE_COLUMNS.size());
        for (int i = 0; i < inputColumns; i++) {
            cells.add(i < inputCells.size() && inputCells.get(i) != null ? sanitizer.sanitize(inputCells.get(i)) : "");
        }
        if (scores == null) {
            for (int i = 0; i < Column.SCORE_COLUMNS.size(); i++) {
                cells.add("");
            }
        } else {
            cells.addAll(ReportValues.cells(Column.SCORE_COLUMNS, ReportValues.scores(scores), sanitizer));
        }
        printer.printRecord(cells);
        rows++;
    }

    /** Number of rows written so far (the header not counted). */
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
