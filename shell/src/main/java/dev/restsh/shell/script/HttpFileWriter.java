package dev.restsh.shell.script;

import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.render.MediaTypes;
import dev.restsh.shell.request.CurlExporter;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Secrets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes requests in the {@code .http} format of IntelliJ's HTTP client and VS Code's REST Client: {@code ###}
 * between requests, the request line, headers, a blank line and the body. Secret headers become
 * {@code {{VARIABLES}}} unless asked otherwise (both tools fill those from their environments).
 */
public final class HttpFileWriter {
    /** Headers the tools add themselves. */
    private static final Set<String> LEFT_OUT = Set.of("user-agent", "content-length", "host");

    private final boolean showSecrets;
    private final Predicate<String> oauth2Token;

    public HttpFileWriter(boolean showSecrets) {
        this(showSecrets, token -> false);
    }

    /** {@code oauth2Token} tells an OAuth2 sign-in's bearer tokens, written as {@code Bearer {{ACCESS_TOKEN}}}. */
    public HttpFileWriter(boolean showSecrets, Predicate<String> oauth2Token) {
        this.showSecrets = showSecrets;
        this.oauth2Token = oauth2Token;
    }

    public String write(List<Exchange> exchanges) {
        StringBuilder out = new StringBuilder();
        for (Exchange exchange : exchanges) {
            RequestSpec request = exchange.request();
            out.append("### ")
                    .append(exchange.number())
                    .append(": ")
                    .append(request.method())
                    .append(' ')
                    .append(request.url().getRawPath())
                    .append(" -> ")
                    .append(exchange.response().status())
                    .append('\n');
            directives(exchange.options(), out);
            out.append(request.method()).append(' ').append(request.url());
            out.append(exchange.options().http1Only() ? " HTTP/1.1\n" : "\n");
            headers(request.headers(), out);
            body(request, out);
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The request's options as the tools' per-request settings: both read {@code @no-redirect}, IntelliJ the
     * timeouts (whole seconds). Certificate checks have no such setting (they live in the tools' environments).
     */
    private static void directives(RequestOptions options, StringBuilder out) {
        if (!options.followRedirects()) {
            out.append("# @no-redirect\n");
        }
        Duration timeout = options.timeout();
        if (timeout != null && !timeout.equals(RequestOptions.DEFAULT_TIMEOUT)) {
            long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
            out.append("# @timeout ").append(seconds).append('\n');
            out.append("# @connection-timeout ").append(seconds).append('\n');
        }
    }

    private void headers(Headers headers, StringBuilder out) {
        for (Headers.Field field : headers.fields()) {
            String name = field.name().toLowerCase(Locale.ROOT);
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            String value = showSecrets || !Secrets.isSecret(field.name())
                    ? field.value()
                    : oauth2Bearer(name, field.value())
                            ? "Bearer {{" + CurlExporter.TOKEN_VARIABLE + "}}"
                            : "{{" + field.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "}}";
            out.append(field.name()).append(": ").append(value).append('\n');
        }
    }

    private boolean oauth2Bearer(String name, String value) {
        return name.equals("authorization")
                && value.regionMatches(true, 0, "Bearer ", 0, 7)
                && oauth2Token.test(value.substring(7).strip());
    }

    private static void body(RequestSpec request, StringBuilder out) {
        byte[] body = request.body();
        if (body.length == 0) {
            return;
        }
        String contentType = request.headers().first("content-type").orElse("");
        out.append('\n');
        if (MediaTypes.isBinary(contentType, body)) {
            out.append("# (a binary body of ").append(body.length).append(" bytes is not exported)\n");
            return;
        }
        String text = Charsets.decode(body, contentType);
        out.append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
    }
}
