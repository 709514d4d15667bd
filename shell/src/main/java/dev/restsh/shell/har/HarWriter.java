package dev.restsh.shell.har;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.restsh.shell.Version;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.session.Exchange;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes exchanges as HAR 1.2, the format Chromium's DevTools and other HAR viewers open. Each redirect hop is an
 * entry of its own, as browsers write them. restsh measures one time per hop (request sent to body received), so
 * it goes in {@code wait}; the phases it does not see (DNS, connect, TLS) are -1, "not available" in HAR. Written
 * entry by entry through one generator, each body streamed from where the history keeps it (memory, or a temp file
 * above 4 MiB) as text or base64: no tree, no string of the file or of a body.
 */
public final class HarWriter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final HarMasking masking;

    public HarWriter(boolean showSecrets) {
        this.masking = new HarMasking(showSecrets);
    }

    /** Writes the HAR (pretty-printed, with a final newline) to {@code out}, which it flushes but leaves open. */
    public void write(List<Exchange> exchanges, Writer out) throws IOException {
        JsonGenerator json = Json.factory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeObjectFieldStart("log");
        json.writeStringField("version", "1.2");
        json.writeObjectFieldStart("creator");
        json.writeStringField("name", "restsh");
        json.writeStringField("version", Version.number());
        json.writeEndObject();
        json.writeArrayFieldStart("entries");
        for (Exchange exchange : exchanges) {
            Instant started = exchange.started();
            for (Response hop : hops(exchange.response())) {
                entry(json, hop, started, comment(exchange));
                started = started.plus(hop.elapsed());
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.close();
        out.write('\n');
        out.flush();
    }

    private static String comment(Exchange exchange) {
        return exchange.imported()
                ? "_" + exchange.number() + ", imported from " + exchange.importedFrom()
                : "_" + exchange.number();
    }

    private static List<Response> hops(Response response) {
        if (response.history().isEmpty()) {
            return List.of(response);
        }
        List<Response> hops = new java.util.ArrayList<>(response.history());
        hops.add(response);
        return hops;
    }

    private void entry(JsonGenerator json, Response response, Instant started, String comment) throws IOException {
        json.writeStartObject();
        json.writeStringField(
                "startedDateTime",
                ISO.format(started.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)));
        double millis = millis(response.elapsed());
        json.writeNumberField("time", millis);
        json.writeFieldName("request");
        request(json, response.request(), response.version());
        json.writeFieldName("response");
        response(json, response);
        json.writeObjectFieldStart("cache");
        json.writeEndObject();
        json.writeObjectFieldStart("timings");
        json.writeNumberField("blocked", -1);
        json.writeNumberField("dns", -1);
        json.writeNumberField("connect", -1);
        json.writeNumberField("ssl", -1);
        json.writeNumberField("send", 0);
        json.writeNumberField("wait", millis);
        json.writeNumberField("receive", 0);
        json.writeEndObject();
        json.writeStringField("comment", comment);
        json.writeEndObject();
    }

    private void request(JsonGenerator json, RequestSpec request, String version) throws IOException {
        json.writeStartObject();
        json.writeStringField("method", request.method());
        json.writeStringField("url", masking.url(request.url()));
        json.writeStringField("httpVersion", version);
        nameValues(json, "cookies", HarCookies.sent(request.headers(), masking));
        headers(json, request.headers());
        nameValues(json, "queryString", masking.queryString(request.url()));
        if (request.body().length > 0) {
            String type = request.headers().first("content-type").orElse("");
            json.writeObjectFieldStart("postData");
            json.writeStringField("mimeType", type);
            HarBodies.write(json, Body.of(request.body()), type);
            json.writeEndObject();
        }
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", request.body().length);
        json.writeEndObject();
    }

    private void response(JsonGenerator json, Response response) throws IOException {
        json.writeStartObject();
        json.writeNumberField("status", response.status());
        json.writeStringField("statusText", response.reason());
        json.writeStringField("httpVersion", response.version());
        receivedCookies(json, HarCookies.received(response.headers(), masking));
        headers(json, response.headers());
        long size = response.body().size(); // the whole body: read from where the history keeps it, not copied
        json.writeObjectFieldStart("content");
        json.writeNumberField("size", size);
        json.writeStringField("mimeType", response.contentType());
        if (size > 0) {
            HarBodies.write(json, response.body(), response.contentType());
        }
        if (response.body().cancelled()) {
            json.writeStringField("comment", "cancelled: body incomplete");
        }
        json.writeEndObject();
        json.writeStringField(
                "redirectURL", response.headers().first("location").orElse(""));
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", size);
        json.writeEndObject();
    }

    private void headers(JsonGenerator json, Headers headers) throws IOException {
        json.writeArrayFieldStart("headers");
        for (Headers.Field field : headers.fields()) {
            json.writeStartObject();
            json.writeStringField("name", field.name());
            json.writeStringField("value", masking.header(field.name(), field.value()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** HAR's lists of {@code {"name": …, "value": …}} objects: cookies sent, query parameters. */
    private static void nameValues(JsonGenerator json, String field, List<Map.Entry<String, String>> pairs)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Map.Entry<String, String> pair : pairs) {
            json.writeStartObject();
            json.writeStringField("name", pair.getKey());
            json.writeStringField("value", pair.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void receivedCookies(JsonGenerator json, List<Map<String, Object>> cookies) throws IOException {
        json.writeArrayFieldStart("cookies");
        for (Map<String, Object> cookie : cookies) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : cookie.entrySet()) {
                if (field.getValue() instanceof Boolean flag) {
                    json.writeBooleanField(field.getKey(), flag);
                } else {
                    json.writeStringField(field.getKey(), (String) field.getValue());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static double millis(Duration elapsed) {
        return Math.round(elapsed.toNanos() / 1_000.0) / 1_000.0; // microsecond precision is plenty
    }
}
