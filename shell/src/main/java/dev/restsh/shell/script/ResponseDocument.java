package dev.restsh.shell.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.MediaTypes;
import dev.restsh.shell.session.Secrets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A response as one JSON document, for comparing responses structurally ({@code expect snapshot}, {@code compare})
 * and for storing them readably: {@code {"status": 200, "headers": {…}, "body": …}}. Object keys are sorted (their
 * order means nothing; array order is kept), header names are lower case, secrets are masked (headers such as
 * Set-Cookie and Authorization, body fields named like tokens and passwords), and the ignored jq paths are deleted
 * from the body. A JSON body is JSON, a text body a string, a binary body its size and SHA-256.
 */
public final class ResponseDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Predicate<String> headerChosen;
    private final List<String> ignored;

    /** {@code headerChosen} gets lower-case names; {@code ignored} holds jq paths into the body, checked here. */
    public ResponseDocument(Predicate<String> headerChosen, List<String> ignored) {
        this.headerChosen = headerChosen;
        this.ignored = List.copyOf(ignored);
        for (String path : ignored) {
            if (!path.startsWith(".")) {
                throw RestshException.usage("--ignore takes a jq path into the body, such as .createdAt or"
                        + " .items[].id, not '" + path + "'");
            }
            JqRunner.compile(deletion(path));
        }
    }

    public ObjectNode of(Response response) {
        ObjectNode document = NODES.objectNode();
        document.put("status", response.status());
        document.set("headers", headers(response.headers()));
        JsonNode body = body(response);
        if (body != null) {
            document.set("body", withoutIgnored(body));
        }
        return document;
    }

    /** A stored document brought to the same terms: sorted, masked, and the paths ignored now deleted. */
    public ObjectNode normalised(JsonNode stored) {
        ObjectNode document = (ObjectNode) sorted(stored);
        if (document.has("body")) {
            document.set("body", withoutIgnored(document.get("body")));
        }
        return document;
    }

    private ObjectNode headers(Headers headers) {
        Map<String, List<String>> chosen = new TreeMap<>();
        for (Headers.Field field : headers.fields()) {
            String name = field.name().toLowerCase(Locale.ROOT);
            if (headerChosen.test(name)) {
                chosen.computeIfAbsent(name, key -> new ArrayList<>()).add(Secrets.mask(name, field.value()));
            }
        }
        ObjectNode node = NODES.objectNode();
        chosen.forEach((name, values) -> node.put(name, String.join(", ", values)));
        return node;
    }

    private static JsonNode body(Response response) {
        byte[] bytes = response.body().bytes();
        if (bytes.length == 0) {
            return null;
        }
        String contentType = response.contentType();
        if (MediaTypes.isJson(contentType)) {
            try {
                return masked(sorted(Json.parse(bytes)));
            } catch (RestshException e) {
                // Not valid JSON after all: kept as text.
            }
        }
        if (MediaTypes.isBinary(contentType, bytes)) {
            ObjectNode binary = NODES.objectNode();
            binary.put("bytes", bytes.length);
            binary.put("sha256", sha256(bytes));
            return binary;
        }
        return TextNode.valueOf(Charsets.decode(bytes, contentType));
    }

    private JsonNode withoutIgnored(JsonNode body) {
        JsonNode result = body;
        for (String path : ignored) {
            try {
                List<JsonNode> out = JqRunner.run(deletion(path), result, "body");
                result = out.isEmpty() ? result : out.get(0);
            } catch (RestshException e) {
                // The path is not in this body (an array that is null here): nothing to ignore.
            }
        }
        return result;
    }

    private static String deletion(String path) {
        return "del(" + path + ")";
    }

    /** A copy with every object's keys in order. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = NODES.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    /** Fields named like secrets ({@code access_token}, {@code password}) with their text values masked. */
    private static JsonNode masked(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && Secrets.isSecret(field.getKey())) {
                    field.setValue(TextNode.valueOf(Secrets.MASK));
                } else {
                    masked(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ResponseDocument::masked);
        }
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
