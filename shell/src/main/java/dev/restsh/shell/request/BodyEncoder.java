package dev.restsh.shell.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.json.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

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
        String boundary = UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (RequestItem item : fields) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(quoted(plainName(item.key())))
                    .append('"');
            byte[] content;
            if (item.kind() == RequestItem.Kind.UPLOAD) {
                String name = item.value();
                int semicolon = name.lastIndexOf(";type=");
                String type = null;
                if (semicolon > 0) {
                    type = name.substring(semicolon + 6);
                    name = name.substring(0, semicolon);
                }
                content = files.read(name);
                Path fileName = files.resolve(name).getFileName();
                head.append("; filename=\"")
                        .append(quoted(String.valueOf(fileName)))
                        .append("\"\r\n");
                head.append("Content-Type: ")
                        .append(type != null ? type : FileReferences.contentType(name, content))
                        .append("\r\n");
            } else {
                content = formValue(item).getBytes(StandardCharsets.UTF_8);
                head.append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RequestBody(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
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

    private static String quoted(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\r", "%0D")
                .replace("\n", "%0A");
    }
}
