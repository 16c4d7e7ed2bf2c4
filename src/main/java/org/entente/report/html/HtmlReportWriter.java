package org.entente.report.html;

import org.entente.report.Summary;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.entente.model.ScoredStatement;
import org.entente.report.DocumentResult;

/**
 * Writes the HTML report into a directory: one page per article ({@code articles/0001-id.html}),
 * written as each document comes, and the overview page {@value #INDEX} written on {@link #close()}.
 * Every page is self-contained (inline style sheet, inline SVG, a small inline script) and loads
 * nothing from the network; the text of the input is always escaped. Only the overview's figures
 * are kept between documents, so large batches stream.
 *
 * <p>The overview groups statements per speaker ({@code speakerCanonical}; statements without a
 * source under "(no source)") and per dyad: the speaker's affiliation to the actor its counterpart
 * stands for ("Chinese" stands for China, via the actor lexicon).
 *
 * <p>Pages of the same names are replaced; other files in the directory (the pages of an earlier,
 * larger report) are left alone, so write each report into a fresh directory.
 *
 * <p>Not thread-safe: one writer per report, fed by one thread.
 */
public final class HtmlReportWriter implements Closeable {

    /** The overview page's file name. */
    public static final String INDEX = "index.html";
    /** The subdirectory of the article pages. */
    public static final String ARTICLES = "articles";
    /** The overview page's title. */
    static final String TITLE = "Entente report: who said what";

    private final Path directory;
    private final Summary summary;
    private boolean closed;

    /** A writer into {@code directory} (created if missing). */
    public HtmlReportWriter(Path directory) throws IOException {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.summary = new Summary();
        Files.createDirectories(directory.resolve(ARTICLES));
    }

    /** Writes the page of one document. */
    public Path write(DocumentResult document) throws IOException {
        Objects.requireNonNull(document, "document");
        if (closed) {
            throw new IllegalStateException("the report was already closed");
        }
        String file = String.format(Locale.ROOT, "%04d-%s.html", summary.articles().size() + 1, slug(document.docId()));
        String href = ARTICLES + "/" + file;
        summary.add(document.docId(), href, document.statements());
        Summary.Article article = summary.articles().get(summary.articles().size() - 1);
        Path page = directory.resolve(ARTICLES).resolve(file);
        Files.writeString(page, ArticlePage.render(document, article, summary, "../" + INDEX), StandardCharsets.UTF_8);
        return page;
    }

    /**
     * Writes the page of document {@code docId}, whose statements index into {@code text}.
     *
     * @throws IllegalArgumentException if a statement's span lies beyond the text
     */
    public Path writeDocument(String docId, String text, List<ScoredStatement> statements) throws IOException {
        return write(new DocumentResult(docId, text, statements));
    }

    /** Number of statements written so far. */
    public long statementsWritten() {
        return summary.statements();
    }

    /** The overview page (written on {@link #close()}). */
    public Path index() {
        return directory.resolve(INDEX);
    }

    /** Writes the overview page; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Files.writeString(index(), OverviewPage.render(summary, TITLE), StandardCharsets.UTF_8);
    }

    /** A file-name-safe form of a document id: letters, digits, {@code . _ -}; at most 60 characters. */
    static String slug(String docId) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < docId.length() && s.length() < 60; i++) {
            char c = docId.charAt(i);
            s.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c
                    : c == '.' && s.length() > 0 ? c : '_');
        }
        return s.length() == 0 ? "doc" : s.toString();
    }
}
