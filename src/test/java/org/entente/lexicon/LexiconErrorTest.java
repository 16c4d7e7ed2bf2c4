package org.entente.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Entente;
import org.entente.EntenteException;
import org.entente.cli.AnalyzerFactory;
import org.entente.cli.EntenteCli;
import org.entente.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lexicon file with a bad line is an error naming file:line, never an empty or partial lexicon (issue 7). */
class LexiconErrorTest {

    @TempDir
    Path dir;

    EntenteException loadFails(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> Entente.builder().lexiconDirectory(dir).build());
        assertThat(thrown).isInstanceOf(EntenteException.class);
        return (EntenteException) thrown;
    }

    @Test
    void aValenceThatIsNotANumberNamesFileAndLine() throws IOException {
        EntenteException e = loadFails("tone-news.tsv",
                "# comment\nentry\tvalence\trationale\ncalm\t1.0\tok\nstorm\tminus two\tbad\n");
        assertThat(e).hasMessageContaining("tone-news.tsv:4").hasMessageContaining("minus two");
    }

    @Test
    void aNonFiniteValenceNamesFileAndLine() throws IOException {
        assertThat(loadFails("tone-news.tsv", "entry\tvalence\trationale\ncalm\tNaN\tx\n"))
                .hasMessageContaining("tone-news.tsv:2");
    }

    @Test
    void aLineWithTooManyCellsNamesFileAndLine() throws IOException {
        assertThat(loadFails("tone-news.tsv", "entry\tvalence\trationale\ncalm\t1\tx\ty\tz\n"))
                .hasMessageContaining("tone-news.tsv:2");
    }

    @Test
    void invalidUtf8AndAMissingHeaderAreNamed() throws IOException {
        Files.write(dir.resolve("tone-news.tsv"), new byte[] {'e', 'n', 't', (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> Entente.builder().lexiconDirectory(dir).build())
                .isInstanceOf(EntenteException.class).hasMessageContaining("tone-news.tsv").hasMessageContaining("UTF-8");
        assertThat(loadFails("tone-news.tsv", "# only comments\n")).hasMessageContaining("tone-news.tsv")
                .hasMessageContaining("no header");
    }

    @Test
    void theCommandLineExitsFatalWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("tone-news.tsv"), "entry\tvalence\trationale\ncalm\tone\tx\n");
        Path text = Files.writeString(dir.resolve("a.txt"), "Anna said hi.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EntenteCli.execute(AnalyzerFactory.entente(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "score", write("in.csv", "id,text\n1,hi\n").toString(),
                "--lexicons", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.FATAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tone-news.tsv:2");
        assertThat(text).exists();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
