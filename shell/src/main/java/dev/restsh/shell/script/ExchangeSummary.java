package dev.restsh.shell.script;

import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.MediaTypes;
import dev.restsh.shell.render.Sizes;
import dev.restsh.shell.session.Secrets;

/** A request and its response in two lines each at most, for failure messages and reports. */
public final class ExchangeSummary {
    private static final int BODY_CHARS = 300;

    private ExchangeSummary() {}

    public static String of(Response response) {
        StringBuilder out = new StringBuilder();
        out.append("  request:  ")
                .append(response.request().method())
                .append(' ')
                .append(Secrets.maskQueries(response.request().url().toString()));
        byte[] sent = response.request().body();
        if (sent.length > 0) {
            out.append("\n            ")
                    .append(snippet(
                            sent,
                            response.request().headers().first("content-type").orElse("")));
        }
        out.append("\n  response: ")
                .append((response.version() + " " + response.status() + " " + response.reason()).strip());
        if (!response.contentType().isEmpty()) {
            out.append(", ").append(response.contentType());
        }
        long size = response.body().size();
        out.append(", ").append(Sizes.bytes(size));
        if (size > 0) {
            // A few bytes past what is shown, so that a cut can be seen; never the whole of a big body.
            byte[] head = response.body().head(BODY_CHARS * 4);
            out.append("\n            ").append(snippet(head, response.contentType()));
        }
        return out.append('\n').toString();
    }

    private static String snippet(byte[] body, String contentType) {
        if (MediaTypes.isBinary(contentType, body)) {
            return "[binary, " + Sizes.bytes(body.length) + "]";
        }
        String text = Charsets.decode(body, contentType).strip().replaceAll("\\s*\n\\s*", " ");
        return text.length() <= BODY_CHARS ? text : text.substring(0, BODY_CHARS) + " ...";
    }
}
