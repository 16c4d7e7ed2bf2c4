package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format html -o DIR} against {@link FakeAnalyzer}. */
class AnalyzeHtmlTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return EntenteCli.execute((profile, lexicons, layers) -> new FakeAnalyzer(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void writesTheOverviewAndOnePagePerArticle() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Anna said the talks were good.\nBoris said they would cooperate.\n");
        Files.writeString(in.resolve("b.txt"), "Carl said <script>alert(1)</script> & more.\n");
        Files.writeString(in.resolve("c.txt"), "EXPLODE\n");
        Path report = dir.resolve("report");

        int code = run("analyze", "--format", "html", "-o", report.toString(), in.toString());

        assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("2 documents read, 3 statements written, 1 failed");
        Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.getElementById("total-statements").text()).isEqualTo("3");
        assertThat(index.select("#article-table tbody tr").eachAttr("data-doc")).containsExactly("a", "b");
        assertThat(index.select("#speaker-table tbody th").eachText()).containsExactly("Anna", "Boris", "Carl");
        Document b = Jsoup.parse(report.resolve("articles/0002-b.html").toFile(), "UTF-8");
        assertThat(b.select("#text .mk")).hasSize(1);
        assertThat(b.select("script")).hasSize(1);
        assertThat(b.getElementById("text").text()).contains("<script>alert(1)</script> & more");
    }

    @Test
    void htmlNeedsAnOutputDirectory() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Anna said the talks were good.\n");

        int code = run("analyze", "--format", "html", in.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format html needs -o DIR");
    }

    @Test
    void csvStaysTheDefault() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Anna said the talks were good.\n");

        assertThat(run("analyze", in.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("doc_id,speaker,");
    }
}
