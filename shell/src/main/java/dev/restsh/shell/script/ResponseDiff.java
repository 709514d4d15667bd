package dev.restsh.shell.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.MediaTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two responses to the same request: status, headers (not those that change every time,
 * like Date) and the body, compared line by line after pretty-printing JSON.
 */
public final class ResponseDiff {
    /** Bodies above this are compared by size only: watch runs every few seconds. */
    private static final long MAX_COMPARED = 1 << 20;

    private static final Set<String> VOLATILE_HEADERS = Set.of("date", "age", "expires", "x-request-id");

    private ResponseDiff() {}

    /** The changes, one per line, prefixed with "- " (before) or "+ " (after); empty when nothing changed. */
    public static List<String> between(Response before, Response after) {
        List<String> changes = new ArrayList<>();
        if (before.status() != after.status()) {
            changes.add("- status " + before.status() + " " + before.reason());
            changes.add("+ status " + after.status() + " " + after.reason());
        }
        Map<String, String> oldHeaders = before.headers().asMap();
        Map<String, String> newHeaders = after.headers().asMap();
        for (Map.Entry<String, String> header : oldHeaders.entrySet()) {
            String now = newHeaders.get(header.getKey());
            if (!VOLATILE_HEADERS.contains(header.getKey())
                    && !header.getValue().equals(now)) {
                changes.add("- " + header.getKey() + ": " + header.getValue());
                if (now != null) {
                    changes.add("+ " + header.getKey() + ": " + now);
                }
            }
        }
        newHeaders.forEach((name, value) -> {
            if (!VOLATILE_HEADERS.contains(name) && !oldHeaders.containsKey(name)) {
                changes.add("+ " + name + ": " + value);
            }
        });
        List<String> oldBody = lines(before);
        List<String> newBody = lines(after);
        List<String> body = LineDiff.diff(oldBody, newBody);
        if (body == null) {
            changes.add("- body of " + before.body().size() + " bytes");
            changes.add("+ body of " + after.body().size() + " bytes");
        } else {
            changes.addAll(body);
        }
        return changes;
    }

    private static List<String> lines(Response response) {
        long size = response.body().size();
        if (size == 0) {
            return List.of();
        }
        if (size > MAX_COMPARED) {
            return List.of("[body of " + size + " bytes, too large to compare line by line]");
        }
        byte[] body = response.body().bytes();
        String contentType = response.contentType();
        if (MediaTypes.isBinary(contentType, body)) {
            return List.of("[binary body, " + body.length + " bytes, hash " + Arrays.hashCode(body) + "]");
        }
        if (MediaTypes.isJson(contentType)) {
            try {
                JsonNode tree = Json.mapper().readTree(body);
                return Arrays.asList(Json.mapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(tree)
                        .split("\r?\n"));
            } catch (IOException e) {
                // Not valid JSON after all: compare it as text.
            }
        }
        return Arrays.asList(Charsets.decode(body, contentType).split("\r?\n"));
    }
}
