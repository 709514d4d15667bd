package dev.restsh.shell.har;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.TerminalText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads a HAR 1.2 capture (a browser's, or restsh's own export) into responses, one per entry: a redirect the
 * browser followed is an entry of its own, so each hop is a response of its own. An entry restsh cannot represent
 * (a WebSocket, a request that never got an answer, a {@code data:} URL) is left out with a one-line note.
 */
public final class HarReader {
    /** One entry as a response, with the time its request went out. */
    public record Entry(Response response, Instant started) {}

    /** What a file gave: its entries, and a note for each one left out. */
    public record Capture(List<Entry> entries, List<String> skipped) {}

    /**
     * Request headers the transport writes itself (HTTP/2's pseudo-headers, framing, hop-by-hop): kept, they would
     * make a request sent again wrong or refused.
     */
    private static final Set<String> TRANSPORT_HEADERS = Set.of(
            "host",
            "content-length",
            "connection",
            "keep-alive",
            "transfer-encoding",
            "upgrade",
            "te",
            "proxy-connection");

    /**
     * An HTTP token (RFC 9110 5.6.2), as a method and a header name are: nothing else may reach the history, a
     * script or the wire.
     */
    private static final java.util.regex.Pattern METHOD =
            java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private HarReader() {}

    public static Capture read(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw RestshException.usage("no such file: " + file);
        } catch (IOException e) {
            throw new RestshException(ExitStatus.USAGE, "cannot read " + file + " as HAR: " + ErrorText.of(e), e);
        }
        JsonNode entries = root == null ? null : root.path("log").get("entries");
        if (entries == null || !entries.isArray()) {
            throw RestshException.usage(file + " is not a HAR file: it has no log.entries");
        }
        List<Entry> read = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : entries) {
            index++;
            String url = entry.path("request").path("url").asText("");
            String problem = unsupported(entry, url);
            if (problem != null) {
                skipped.add(skippedNote(index, url, problem));
                continue;
            }
            try {
                read.add(entry(entry, url));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                skipped.add(skippedNote(index, url, ErrorText.of(e)));
            }
        }
        return new Capture(List.copyOf(read), List.copyOf(skipped));
    }

    /** Why restsh cannot hold this entry as a response; null when it can. */
    private static String unsupported(JsonNode entry, String url) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (entry.has("_webSocketMessages")
                || "websocket".equals(entry.path("_resourceType").asText())
                || scheme.equals("ws")
                || scheme.equals("wss")) {
            return "a WebSocket, not an HTTP exchange: left out";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "a " + (scheme.isEmpty() ? "relative" : scheme + ":") + " URL, not HTTP: left out";
        }
        if (entry.path("response").path("status").asInt(0) <= 0) {
            return "no response (blocked, cancelled or failed in the browser): left out";
        }
        if (!METHOD.matcher(entry.path("request").path("method").asText("GET")).matches()) {
            return "its method is not an HTTP method: left out";
        }
        return null;
    }

    private static Entry entry(JsonNode entry, String url) {
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        Headers sent = new Headers();
        for (JsonNode header : request.path("headers")) {
            String name = header.path("name").asText();
            String value = header.path("value").asText();
            if (name.equalsIgnoreCase("accept-encoding")) {
                value = decodable(value);
            }
            if (!name.startsWith(":")
                    && !TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    && !value.isEmpty()
                    && sendable(name, value)) {
                sent.add(name, value);
            }
        }
        URI uri = URI.create(url);
        RequestSpec spec = new RequestSpec(
                request.path("method").asText("GET").toUpperCase(Locale.ROOT), uri, sent, HarBodies.sent(request));
        Headers received = new Headers();
        for (JsonNode header : response.path("headers")) {
            String name = header.path("name").asText();
            if (!name.startsWith(":")) {
                received.add(name, header.path("value").asText());
            }
        }
        double millis = Math.max(0, entry.path("time").asDouble(0));
        Response answer = new Response(
                spec,
                version(response.path("httpVersion").asText("")),
                response.path("status").asInt(),
                uri,
                received,
                Body.of(HarBodies.received(response.path("content"))),
                Duration.ofNanos(Math.round(millis * 1_000_000)),
                List.of());
        String started = entry.path("startedDateTime").asText("");
        return new Entry(
                answer,
                started.isEmpty()
                        ? Instant.EPOCH
                        : OffsetDateTime.parse(started).toInstant());
    }

    /**
     * A header that could go on the wire (RFC 9110 5.1, 5.5): a token for a name, no control character but tab in
     * the value. Any other is the file's, not a browser's: it could never be sent again, and would carry its control
     * characters into {@code export curl} and saved scripts.
     */
    private static boolean sendable(String name, String value) {
        if (!METHOD.matcher(name).matches()) { // a method and a header name are both tokens
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The codings of an Accept-Encoding that restsh decodes: a browser also asks for br and zstd. */
    private static String decodable(String acceptEncoding) {
        StringJoiner kept = new StringJoiner(", ");
        for (String coding : acceptEncoding.split(",")) {
            String name = coding.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("deflate") || name.equals("identity")) {
                kept.add(coding.strip());
            }
        }
        return kept.toString();
    }

    /** restsh's spelling of the protocol: browsers write {@code h2}, {@code http/2.0} or {@code HTTP/1.1}. */
    static String version(String har) {
        String lower = har.toLowerCase(Locale.ROOT);
        if (lower.equals("h2") || lower.startsWith("http/2")) {
            return "HTTP/2";
        }
        if (lower.equals("h3") || lower.startsWith("http/3")) {
            return "HTTP/3";
        }
        return lower.startsWith("http/1.0") ? "HTTP/1.0" : "HTTP/1.1";
    }

    /** A note about an entry left out: the file is input too, so its text is shown with control characters visible. */
    private static String skippedNote(int index, String url, String problem) {
        return TerminalText.visible("entry " + index + " (" + shortened(url) + "): " + problem);
    }

    private static String shortened(String url) {
        return url.length() <= 60 ? url : url.substring(0, 57) + "...";
    }
}
