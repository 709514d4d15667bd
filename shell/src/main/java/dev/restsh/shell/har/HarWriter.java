package dev.restsh.shell.har;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.Version;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.session.Exchange;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes exchanges as HAR 1.2, the format Chromium's DevTools and other HAR viewers open. Each redirect hop is an
 * entry of its own, as browsers write them. restsh measures one time per hop (request sent to body received), so
 * it goes in {@code wait}; the phases it does not see (DNS, connect, TLS) are -1, "not available" in HAR.
 */
public final class HarWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final HarMasking masking;

    public HarWriter(boolean showSecrets) {
        this.masking = new HarMasking(showSecrets);
    }

    public String write(List<Exchange> exchanges) {
        ObjectNode log = NODES.objectNode();
        log.put("version", "1.2");
        log.putObject("creator").put("name", "restsh").put("version", Version.number());
        ArrayNode entries = log.putArray("entries");
        for (Exchange exchange : exchanges) {
            Instant started = exchange.started();
            for (Response hop : hops(exchange.response())) {
                ObjectNode entry = entry(hop, started);
                if (exchange.imported()) {
                    entry.put("comment", "_" + exchange.number() + ", imported from " + exchange.importedFrom());
                } else {
                    entry.put("comment", "_" + exchange.number());
                }
                entries.add(entry);
                started = started.plus(hop.elapsed());
            }
        }
        ObjectNode root = NODES.objectNode();
        root.set("log", log);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Response> hops(Response response) {
        if (response.history().isEmpty()) {
            return List.of(response);
        }
        List<Response> hops = new java.util.ArrayList<>(response.history());
        hops.add(response);
        return hops;
    }

    private ObjectNode entry(Response response, Instant started) {
        ObjectNode entry = NODES.objectNode();
        entry.put(
                "startedDateTime",
                ISO.format(started.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)));
        double millis = millis(response.elapsed());
        entry.put("time", millis);
        entry.set("request", request(response.request(), response.version()));
        entry.set("response", response(response));
        entry.putObject("cache");
        ObjectNode timings = entry.putObject("timings");
        timings.put("blocked", -1).put("dns", -1).put("connect", -1).put("ssl", -1);
        timings.put("send", 0).put("wait", millis).put("receive", 0);
        return entry;
    }

    private ObjectNode request(RequestSpec request, String version) {
        ObjectNode node = NODES.objectNode();
        node.put("method", request.method());
        node.put("url", masking.url(request.url()));
        node.put("httpVersion", version);
        node.set("cookies", HarCookies.sent(request.headers(), masking));
        node.set("headers", headers(request.headers()));
        node.set("queryString", masking.queryString(request.url()));
        if (request.body().length > 0) {
            String type = request.headers().first("content-type").orElse("");
            ObjectNode postData = node.putObject("postData");
            postData.put("mimeType", type);
            HarBodies.write(postData, request.body(), type);
        }
        node.put("headersSize", -1);
        node.put("bodySize", request.body().length);
        return node;
    }

    private ObjectNode response(Response response) {
        ObjectNode node = NODES.objectNode();
        node.put("status", response.status());
        node.put("statusText", response.reason());
        node.put("httpVersion", response.version());
        node.set("cookies", HarCookies.received(response.headers(), masking));
        node.set("headers", headers(response.headers()));
        byte[] body = response.body().bytes();
        ObjectNode content = node.putObject("content");
        content.put("size", body.length);
        content.put("mimeType", response.contentType());
        if (body.length > 0) {
            HarBodies.write(content, body, response.contentType());
        }
        if (response.body().cancelled()) {
            content.put("comment", "cancelled: body incomplete");
        }
        node.put("redirectURL", response.headers().first("location").orElse(""));
        node.put("headersSize", -1);
        node.put("bodySize", body.length);
        return node;
    }

    private ArrayNode headers(Headers headers) {
        ArrayNode list = NODES.arrayNode();
        for (Headers.Field field : headers.fields()) {
            list.addObject().put("name", field.name()).put("value", masking.header(field.name(), field.value()));
        }
        return list;
    }

    private static double millis(Duration elapsed) {
        return Math.round(elapsed.toNanos() / 1_000.0) / 1_000.0; // microsecond precision is plenty
    }
}
