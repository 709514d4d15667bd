package dev.restsh.shell.script.report;

import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.MediaTypes;
import dev.restsh.shell.render.Sizes;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Secrets;
import java.util.ArrayList;
import java.util.List;

/**
 * One exchange as a report shows it: the request and response heads with secret headers (and the URL's secret query
 * parameters) masked, and the bodies
 * as text (cut at {@value #BODY_LIMIT} characters; a binary body as its size); {@code importedFrom} names the HAR file
 * an imported exchange came from (null for one this session sent).
 */
public record ReportExchange(
        int number,
        String method,
        String url,
        List<String> requestHeaders,
        String requestBody,
        String status,
        List<String> responseHeaders,
        String responseBody,
        double millis,
        String importedFrom) {
    static final int BODY_LIMIT = 20_000;

    static ReportExchange of(Exchange exchange) {
        Response response = exchange.response();
        RequestSpec request = response.request();
        byte[] received = response.body().head(BODY_LIMIT * 4);
        return new ReportExchange(
                exchange.number(),
                request.method(),
                Secrets.maskQueries(request.url().toString()),
                masked(request.headers()),
                text(request.body(), request.headers().first("content-type").orElse(""), request.body().length),
                (response.version() + " " + response.status() + " " + response.reason()).strip(),
                masked(response.headers()),
                text(received, response.contentType(), response.body().size()),
                response.elapsed().toNanos() / 1e6,
                exchange.importedFrom());
    }

    private static List<String> masked(Headers headers) {
        List<String> lines = new ArrayList<>();
        for (Headers.Field field : headers.fields()) {
            lines.add(field.name() + ": " + Secrets.mask(field.name(), field.value()));
        }
        return List.copyOf(lines);
    }

    private static String text(byte[] body, String contentType, long size) {
        if (size == 0) {
            return "";
        }
        if (MediaTypes.isBinary(contentType, body)) {
            return "[binary, " + Sizes.bytes(size) + "]";
        }
        String text = Charsets.decode(body, contentType);
        return text.length() <= BODY_LIMIT
                ? text
                : text.substring(0, BODY_LIMIT) + "\n[... cut: " + Sizes.bytes(size) + " in all]";
    }
}
