package dev.restsh.shell.inspect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** requests' {@code iter_content}, {@code iter_lines} and {@code apparent_encoding} over a body already read. */
final class BodyIterators {
    private BodyIterators() {}

    /**
     * What chardet guesses for the body, for the cases it is sure of: None when empty, ascii, utf-8, else
     * ISO-8859-1 (chardet may name another single-byte charset there).
     */
    static String apparentEncoding(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        boolean ascii = true;
        for (byte b : body) {
            ascii &= b >= 0;
        }
        if (ascii) {
            return "ascii";
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return "utf-8";
        } catch (java.nio.charset.CharacterCodingException e) {
            return "ISO-8859-1";
        }
    }

    /** Chunks of {@code size} bytes (all of it in one when null), decoded with {@code encoding} when asked. */
    static IteratorValue content(byte[] body, Object size, boolean decode, String encoding) {
        Object plain = Values.plain(size);
        int chunk = plain == null
                ? Math.max(1, body.length)
                : Numbers.integer(plain).intValue();
        if (chunk <= 0) {
            throw new ExpressionException("ValueError: chunk_size must be a positive int or None", -1);
        }
        List<Object> chunks = new ArrayList<>();
        for (int at = 0; at < body.length; at += chunk) {
            Budget.current().items(1);
            chunks.add(Arrays.copyOfRange(body, at, Math.min(body.length, at + chunk)));
        }
        if (decode && encoding != null) {
            chunks = decode(chunks, encoding);
        }
        return new IteratorValue("generator", chunks.iterator());
    }

    /** The body's lines without their ends (split at \n, \r\n and \r, as bytes.splitlines), decoded when asked. */
    static IteratorValue lines(byte[] body, boolean decode, String encoding) {
        List<Object> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n' || body[i] == '\r') {
                Budget.current().items(1);
                lines.add(Arrays.copyOfRange(body, start, i));
                if (body[i] == '\r' && i + 1 < body.length && body[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < body.length) {
            lines.add(Arrays.copyOfRange(body, start, body.length));
        }
        if (decode && encoding != null) {
            Charset charset = Charset.forName(encoding);
            lines.replaceAll(line -> new String((byte[]) line, charset));
        }
        return new IteratorValue("generator", lines.iterator());
    }

    /** Decodes chunk by chunk, as requests' incremental decoder: a character split between chunks comes once. */
    private static List<Object> decode(List<Object> chunks, String encoding) {
        CharsetDecoder decoder = Charset.forName(encoding)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<Object> text = new ArrayList<>();
        ByteBuffer pending = ByteBuffer.allocate(0);
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = (byte[]) chunks.get(i);
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + chunk.length)
                    .put(pending)
                    .put(chunk);
            in.flip();
            CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
            decoder.decode(in, out, i == chunks.size() - 1);
            out.flip();
            pending = in;
            if (out.hasRemaining()) {
                text.add(out.toString());
            }
        }
        return text;
    }
}
