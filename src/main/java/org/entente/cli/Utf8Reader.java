package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that hands out every character before a malformed sequence and only then
 * fails, naming the byte offset ({@link java.io.InputStreamReader} drops the whole buffer around
 * the error, so rows before it would be lost). Not thread-safe.
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long consumed;
    private boolean eof;
    private boolean flushed;
    private CharacterCodingException pending;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (!eof && !bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
                fill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (result.isError()) {
                pending = new CharacterCodingException() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getMessage() {
                        return "malformed input at byte " + consumed;
                    }
                };
                if (out.position() > off) {
                    break;
                }
                throw pending;
            }
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == off) {
                    return -1;
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** The whole of {@code file}, strictly decoded. */
    static String readString(java.nio.file.Path file) throws IOException {
        try (Reader reader = new Utf8Reader(java.nio.file.Files.newInputStream(file))) {
            StringBuilder text = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = reader.read(buf, 0, buf.length)) >= 0) {
                text.append(buf, 0, n);
            }
            return text.toString();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
