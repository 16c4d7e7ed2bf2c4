package org.entente.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.model.Content;
import org.entente.model.Mention;
import org.entente.model.ScoredStatement;
import org.entente.model.Statement;

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
        Statement s = scored.statement();
        Mention speaker = s.speaker();
        Content content = s.content();
        Mention counterpart = scored.stance().counterpart();
        List<String> cells = new ArrayList<>(Column.STATEMENT_REPORT.size());
        cells.add(text(docId));
        addMention(cells, speaker);
        cells.add(speaker == null ? "" : text(s.speakerCanonical()));
        cells.add(text(scored.speakerAffiliation()));
        addMention(cells, s.cue());
        cells.add(s.cueClass().name());
        cells.add(s.kind().name());
        cells.add(text(content.text()));
        cells.add(Integer.toString(content.extent().start()));
        cells.add(Integer.toString(content.extent().end()));
        cells.add(Cells.spans(content));
        cells.add(Cells.score(scored.tone().score()));
        cells.add(scored.tone().label().name());
        cells.add(Cells.score(scored.stance().score()));
        cells.add(scored.stance().label().name());
        addMention(cells, counterpart);
        cells.add(text(scored.stance().counterpartActor()));
        cells.add(text(Cells.evidence(scored.tone(), scored.stance())));
        return cells;
    }

    private void addMention(List<String> cells, Mention mention) {
        if (mention == null) {
            cells.add("");
            cells.add("");
            cells.add("");
        } else {
            cells.add(text(mention.text()));
            cells.add(Integer.toString(mention.span().start()));
            cells.add(Integer.toString(mention.span().end()));
        }
    }

    private String text(String cell) {
        return cell == null ? "" : sanitizer.sanitize(cell);
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
