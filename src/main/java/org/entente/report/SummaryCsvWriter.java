package org.entente.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Summary} as CSV: one row per speaker and one per dyad (speaker affiliation to
 * counterpart actor), with the statement count, the number of articles, the mean tone and the
 * mean stance. Stateless; the summary is read once.
 */
public final class SummaryCsvWriter {

    /** The summary CSV's columns, in order. */
    public enum SummaryColumn {
        /** {@code speaker} or {@code dyad}. */
        GROUP,
        /** The speaker's canonical name, or the dyad as "from → to". */
        NAME,
        /** The speaker's most frequent affiliation, or the dyad's first actor. */
        AFFILIATION,
        /** The dyad's counterpart actor; empty for speakers. */
        COUNTERPART,
        STATEMENTS,
        ARTICLES,
        MEAN_TONE,
        MEAN_STANCE;

        /** The column's name in the CSV header. */
        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private SummaryCsvWriter() {
    }

    /** Writes {@code summary} to {@code out}, speakers first (most statements first), then dyads. */
    public static void write(Summary summary, Appendable out, CellSanitizer sanitizer) throws IOException {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sanitizer, "sanitizer");
        CSVPrinter printer = new CSVPrinter(out, CsvReportWriter.FORMAT);
        printer.printRecord(List.of(SummaryColumn.values()).stream().map(SummaryColumn::header).toList());
        for (Summary.Group g : summary.speakers()) {
            printer.printRecord("speaker", sanitizer.sanitize(g.name()), sanitizer.sanitize(g.affiliation()), "",
                    g.count(), g.articles(), Cells.score(g.meanTone()), Cells.score(g.meanStance()));
        }
        for (Summary.Group g : summary.dyads()) {
            String[] ends = g.name().split(" \u2192 ", 2);
            printer.printRecord("dyad", sanitizer.sanitize(g.name()), sanitizer.sanitize(ends[0]),
                    sanitizer.sanitize(ends.length > 1 ? ends[1] : ""), g.count(), g.articles(),
                    Cells.score(g.meanTone()), Cells.score(g.meanStance()));
        }
        printer.flush();
    }
}
