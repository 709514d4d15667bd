package dev.restsh.shell.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.json.JsonTrees;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns the field items of a request into a JSON, urlencoded or multipart body, as HTTPie does. */
final class BodyEncoder {
    private final FileReferences files;

    BodyEncoder(FileReferences files) {
        this.files = files;
    }

    RequestBody json(List<RequestItem> fields) {
        NestedJson body = new NestedJson();
        for (RequestItem item : fields) {
            body.set(item.key(), jsonValue(item));
        }
        return new RequestBody(JsonTrees.bytes(body.root()), "application/json");
    }

    private JsonNode jsonValue(RequestItem item) {
        return switch (item.kind()) {
            case DATA -> JsonNodeFactory.instance.textNode(item.value());
            case DATA_FILE -> JsonNodeFactory.instance.textNode(text(item.value()));
            case JSON -> parse(item.key() + ":=" + item.value(), item.value());
            case JSON_FILE -> parse(item.key() + ":=@" + item.value(), text(item.value()));
            default ->
                throw RestshException.usage("'" + item.key() + "@" + item.value()
                        + "' uploads a file: add --form (or --multipart) to send a multipart form");
        };
    }

    RequestBody urlencoded(List<RequestItem> fields) {
        StringBuilder body = new StringBuilder();
        for (RequestItem item : fields) {
            String value = formValue(item);
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(plainName(item.key()), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return new RequestBody(
                body.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded; charset=utf-8");
    }

    RequestBody multipart(List<RequestItem> fields) {
        List<MultipartPart> parts = new ArrayList<>();
        for (RequestItem item : fields) {
            String name = plainName(item.key());
            if (item.kind() == RequestItem.Kind.UPLOAD) {
                parts.add(upload(name, item.value()));
            } else {
                parts.add(new MultipartPart(name, formValue(item).getBytes(StandardCharsets.UTF_8), null, null));
            }
        }
        return MultipartWriter.write(parts);
    }

    /** A file part from {@code path} or {@code path;type=TYPE}. */
    private MultipartPart upload(String name, String value) {
        String path = value;
        String type = null;
        int semicolon = value.lastIndexOf(";type=");
        if (semicolon > 0) {
            type = value.substring(semicolon + 6);
            path = value.substring(0, semicolon);
        }
        byte[] content = files.read(path);
        String filename = String.valueOf(files.resolve(path).getFileName());
        return new MultipartPart(
                name, content, filename, type != null ? type : FileReferences.contentType(path, content));
    }

    private String formValue(RequestItem item) {
        return switch (item.kind()) {
            case DATA -> item.value();
            case DATA_FILE -> text(item.value());
            case UPLOAD ->
                throw RestshException.usage(
                        "'" + item.key() + "@" + item.value() + "' uploads a file: that needs --multipart");
            default ->
                throw RestshException.usage("'" + item.key() + item.kind().separator() + item.value()
                        + "' is a JSON field: forms take only field=value, field=@file and field@file");
        };
    }

    private String text(String file) {
        return new String(files.read(file), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String item, String json) {
        try {
            JsonNode node = JsonTrees.read(json);
            if (node == null) {
                throw RestshException.usage("no JSON value after ':='");
            }
            return node;
        } catch (RestshException e) {
            throw RestshException.usage("'" + item + "': " + e.getMessage());
        }
    }

    private static String plainName(String key) {
        return key.replace("\\[", "[").replace("\\]", "]");
    }
}
