package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --threads}: documents go to the analyzer in chunks; rows, messages and the exit
 * code must not depend on the thread count. Against {@link FakeAnalyzer}.
 */
class AnalyzeThreadsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EntenteCli.execute((profile, lexicons, layers) -> new FakeAnalyzer(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportAndMessagesAreTheSameForAnyThreadCount() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 75; i++) { // more than two chunks of 16 x 2
            String text = i == 20 ? "Vera said EXPLODE now." : "Anna said talk " + i + " was good.\nBoris said they would cooperate.\n";
            Files.writeString(in.resolve(String.format("doc%03d.txt", i)), text);
        }
        Files.write(in.resolve("doc050.txt"), new byte[] {'A', ' ', (byte) 0xC3, (byte) 0x28});
        Run one = run("analyze", "--threads", "1", in.toString());
        assertThat(one.code()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(one.out().lines().count()).isEqualTo(1 + 2 * 73);
        assertThat(one.err()).contains("doc020.txt: analysis failed").contains("doc050.txt: not valid UTF-8");
        for (String threads : new String[] {"2", "3"}) {
            Run many = run("analyze", "--threads", threads, in.toString());
            assertThat(many).as("--threads %s", threads).isEqualTo(one);
        }
    }

    @Test
    void threadsBelowOneIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Anna said it was good.");
        Run r = run("analyze", "--threads", "0", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--threads must be at least 1");
    }
}
