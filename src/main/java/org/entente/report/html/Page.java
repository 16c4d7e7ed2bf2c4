package org.entente.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame every report page shares: doctype, inline style sheet and inline script (both read
 * once from the class path). Pages load nothing from anywhere else. Thread-safe.
 */
final class Page {

    /** The style sheet of every page. */
    static final String CSS = resource("report.css");
    /** The script of every page: sorting and highlighting only; pages read fine without it. */
    static final String JS = resource("report.js");
    /** The script element's text, whose hash the content security policy allows, and nothing else. */
    private static final String SCRIPT = "\n" + JS;
    private static final String SCRIPT_HASH = sha256(SCRIPT);

    private Page() {
    }

    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Entente\">\n")
                // nothing on a page is fetched, and no script runs but the page's own (allowed by its hash)
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src '").append(SCRIPT_HASH)
                .append("'; img-src data:\">\n")
                .append("<title>").append(Html.esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
    }

    static void foot(StringBuilder h) {
        h.append("<footer>Made by Entente. Tone runs from negative (\u22121) to positive (+1); stance from ")
                .append("conflictual (\u22121) to cooperative (+1).</footer>\n")
                .append("<script id=\"entente-script\">").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource org/entente/report/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/entente/report/html/" + name, e);
        }
    }
}
