package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8ReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsValidTextExactlyAcrossBufferBoundaries() throws IOException {
        String text = "\ufeffé€𝄞 Tomás said.\n".repeat(3000);
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        assertThat(Utf8Reader.readString(file)).isEqualTo(text).isEqualTo(Files.readString(file));
        assertThat(Utf8Reader.readString(Files.writeString(dir.resolve("e.txt"), ""))).isEmpty();
    }

    @Test
    void handsOutTheValidPrefixThenFailsNamingTheByte() throws IOException {
        byte[] good = "é line one\nline two\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = '(';
        Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
        char[] buf = new char[100];
        int n = reader.read(buf, 0, buf.length);
        assertThat(new String(buf, 0, n)).isEqualTo("é line one\nline two\n");
        assertThatThrownBy(() -> reader.read(buf, 0, buf.length))
                .isInstanceOf(CharacterCodingException.class)
                .hasMessage("malformed input at byte " + good.length);
        Path file = dir.resolve("bad.txt");
        Files.write(file, bytes);
        assertThatThrownBy(() -> Utf8Reader.readString(file)).isInstanceOf(CharacterCodingException.class);
    }
}
