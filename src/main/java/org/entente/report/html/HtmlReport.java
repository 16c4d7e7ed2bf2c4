package org.entente.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.entente.report.DocumentResult;

/**
 * Writes the HTML report of analysed documents in one call:
 *
 * <pre>{@code
 * Entente entente = Entente.defaults();
 * List<DocumentResult> results = List.of(new DocumentResult("article-1", text, entente.analyze(text)));
 * Path index = HtmlReport.write(results, Path.of("report"));   // open report/index.html
 * }</pre>
 *
 * <p>{@code directory/index.html} is the overview (speakers, dyads, articles) and
 * {@code directory/articles/} holds one page per document; see {@link HtmlReportWriter}, which
 * also writes documents one by one as they are analysed. Thread-safe: calls share nothing.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Writes the report of {@code results} into {@code directory} (created if missing), counterparts
     * mapped to actors with the bundled actor lexicon.
     *
     * @return the overview page
     * @throws IllegalArgumentException if a statement's span lies beyond its document's text
     */
    public static Path write(List<DocumentResult> results, Path directory) throws IOException {
        Objects.requireNonNull(results, "results");
        try (HtmlReportWriter writer = new HtmlReportWriter(directory)) {
            for (DocumentResult result : results) {
                writer.write(result);
            }
            return writer.index();
        }
    }
}
