package dev.restsh.shell.request;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Writes the parts of a multipart/form-data body between random boundaries. */
final class MultipartWriter {
    private MultipartWriter() {}

    static RequestBody write(List<MultipartPart> parts) {
        String boundary = UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (MultipartPart part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(quoted(part.name()))
                    .append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(quoted(part.filename())).append('"');
            }
            head.append("\r\n");
            if (part.type() != null) {
                head.append("Content-Type: ").append(part.type()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RequestBody(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\r", "%0D")
                .replace("\n", "%0A");
    }
}
