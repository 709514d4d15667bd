package dev.restsh.shell.har;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.render.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.StringJoiner;

/** Bodies in HAR: {@code postData} and {@code content}, as text or (binary) base64, both ways. */
final class HarBodies {
    /** How much of a body {@link MediaTypes#isBinary} looks at. */
    private static final int BINARY_SAMPLE = 8192;

    private HarBodies() {}

    /** The request body of an entry: {@code postData.text}, or its {@code params} as a form. */
    static byte[] sent(JsonNode request) {
        JsonNode postData = request.path("postData");
        if (postData.isMissingNode()) {
            return new byte[0];
        }
        if (postData.has("text")) {
            return bytes(
                    postData.path("text").asText(), postData.path("encoding").asText(""), mimeType(postData));
        }
        StringJoiner form = new StringJoiner("&");
        for (JsonNode param : postData.path("params")) {
            form.add(URLEncoder.encode(param.path("name").asText(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(param.path("value").asText(), StandardCharsets.UTF_8));
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The response body: {@code content.text}, decoded from base64 when {@code encoding} says so. */
    static byte[] received(JsonNode content) {
        return bytes(content.path("text").asText(""), content.path("encoding").asText(""), mimeType(content));
    }

    /**
     * Writes {@code text} (and {@code encoding: base64} for binary) into the open {@code content} or {@code postData}
     * object, read from the body as it is written: a body on disk is not loaded, and base64 is never held as a string.
     */
    static void write(JsonGenerator json, Body body, String contentType) throws IOException {
        long size = body.size();
        boolean binary = MediaTypes.isBinary(contentType, body.head((int) Math.min(size, BINARY_SAMPLE)));
        Charset charset = Charsets.of(contentType);
        json.writeFieldName("text");
        // Text that would not give back the same bytes (invalid UTF-8) goes as base64 too: the export is exact.
        if (!binary && roundTrips(body, charset)) {
            try (Reader text = new InputStreamReader(body.open(), charset)) {
                json.writeString(text, -1);
            }
        } else {
            try (InputStream bytes = body.open()) {
                json.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, bytes, (int) size); // java.util.Base64's alphabet
            }
            json.writeStringField("encoding", "base64");
        }
    }

    /** True when the body, decoded and encoded again in {@code charset}, is the same bytes: checked as it streams. */
    private static boolean roundTrips(Body body, Charset charset) throws IOException {
        try (InputStream original = body.open();
                Reader decoded = new InputStreamReader(body.open(), charset)) {
            SameBytes same = new SameBytes(original);
            Writer encoded = new OutputStreamWriter(same, charset);
            decoded.transferTo(encoded);
            encoded.flush();
            return same.matches();
        }
    }

    /** An output stream that compares what is written to it with the bytes of an input stream. */
    private static final class SameBytes extends OutputStream {
        private final InputStream expected;
        private final byte[] buffer = new byte[8192];
        private boolean differs;

        SameBytes(InputStream expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (!differs && length > 0) {
                int read = expected.read(buffer, 0, Math.min(length, buffer.length));
                if (read < 0 || !Arrays.equals(buffer, 0, read, bytes, offset, offset + read)) {
                    differs = true;
                } else {
                    offset += read;
                    length -= read;
                }
            }
        }

        /** True when everything written matched and the input has nothing left. */
        boolean matches() throws IOException {
            return !differs && expected.read() < 0;
        }
    }

    private static byte[] bytes(String text, String encoding, String mimeType) {
        if (encoding.equalsIgnoreCase("base64")) {
            return Base64.getMimeDecoder().decode(text);
        }
        return text.getBytes(Charsets.of(mimeType));
    }

    private static String mimeType(JsonNode node) {
        return node.path("mimeType").asText("");
    }
}
