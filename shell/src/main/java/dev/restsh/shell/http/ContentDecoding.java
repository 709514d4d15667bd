package dev.restsh.shell.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's Content-Encoding (gzip, deflate), which neither of the JDK's HTTP clients does. restsh
 * asks for {@link #ACCEPTED} with every request, so the bodies it shows and keeps are always decoded.
 */
public final class ContentDecoding {
    public static final String ACCEPTED = "gzip, deflate";

    private ContentDecoding() {}

    /** The body stream decoded; unknown codings are left as they are (the header says what the bytes are). */
    public static InputStream decode(InputStream raw, Headers headers) throws IOException {
        List<String> codings = codings(headers);
        if (codings.isEmpty()) {
            return raw;
        }
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(1);
        if (in.read() < 0) {
            return in; // 204, 304, HEAD: nothing to decode
        }
        in.reset();
        InputStream decoded = in;
        for (String coding : codings) {
            try {
                decoded = switch (coding) {
                    case "gzip", "x-gzip" -> new Named(new GZIPInputStream(decoded, 65536), coding);
                    case "deflate" -> new Named(deflate(decoded), coding);
                    default -> decoded;
                };
            } catch (IOException e) {
                throw Named.error(coding, e);
            }
        }
        return decoded;
    }

    /** Fills a body from a raw response stream, decoded (call it on the thread that downloads the body). */
    static void fill(Body body, InputStream raw, Headers headers) {
        InputStream decoded;
        try {
            decoded = decode(raw, headers);
        } catch (IOException e) {
            body.fail(e);
            return;
        }
        body.fill(decoded);
    }

    /** Codings in the order to undo them (the last applied first); identity dropped. */
    static List<String> codings(Headers headers) {
        List<String> codings = new ArrayList<>();
        for (String value : headers.all("content-encoding")) {
            for (String part : value.split(",")) {
                String coding = part.trim().toLowerCase(Locale.ROOT);
                if (!coding.isEmpty() && !coding.equals("identity")) {
                    codings.add(coding);
                }
            }
        }
        Collections.reverse(codings);
        return codings;
    }

    /** A decoder whose errors name its coding: "corrupt gzip data (Not in GZIP format)" rather than a bare ZIP error. */
    private static final class Named extends java.io.FilterInputStream {
        private final String coding;

        Named(InputStream in, String coding) {
            super(in);
            this.coding = coding;
        }

        static IOException error(String coding, IOException e) {
            String what = e instanceof java.io.EOFException ? "truncated " : "corrupt ";
            return new IOException(what + coding + " data (" + e.getMessage() + ")", e);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw error(coding, e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw error(coding, e);
            }
        }
    }

    /** "deflate" should be zlib-wrapped, but some servers send raw deflate: tell them apart by the zlib header. */
    private static InputStream deflate(InputStream source) throws IOException {
        BufferedInputStream in =
                source instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(source);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
        return zlib ? new InflaterInputStream(in) : new InflaterInputStream(in, new Inflater(true));
    }
}
