package dev.restsh.shell.har;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.render.MediaTypes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.StringJoiner;

/** Bodies in HAR: {@code postData} and {@code content}, as text or (binary) base64, both ways. */
final class HarBodies {
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

    /** Writes {@code text} (and {@code encoding: base64} for binary) into a {@code content} or {@code postData}. */
    static void write(ObjectNode target, byte[] body, String contentType) {
        String text = MediaTypes.isBinary(contentType, body) ? null : Charsets.decode(body, contentType);
        // Text that would not give back the same bytes (invalid UTF-8) goes as base64 too: the export is exact.
        if (text != null && Arrays.equals(text.getBytes(Charsets.of(contentType)), body)) {
            target.put("text", text);
        } else {
            target.put("text", Base64.getEncoder().encodeToString(body));
            target.put("encoding", "base64");
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
