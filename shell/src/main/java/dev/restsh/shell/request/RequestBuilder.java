package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.Version;
import dev.restsh.shell.http.ContentDecoding;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.LocalToken;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the request to send from a method, what the user typed as URL, request items and the session:
 * {@code {{variables}}} expanded, session headers and credentials added, the body encoded.
 */
public final class RequestBuilder {
    /** Methods that only read: the local token is for writes. */
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    public static final String USER_AGENT = "restsh/" + Version.number();

    private final Session session;

    public RequestBuilder(Session session) {
        this.session = session;
    }

    public RequestSpec build(String method, String target, List<String> items) {
        return build(method, target, items, BodySource.json());
    }

    public RequestSpec build(String method, String target, List<String> items, BodySource source) {
        Map<String, String> variables = session.variables();
        URI url = UrlResolver.resolve(session.base(), Templates.expand(target, variables));
        Headers headers = new Headers()
                .add("User-Agent", USER_AGENT)
                .add("Accept", "application/json, */*;q=0.5")
                .add("Accept-Encoding", ContentDecoding.ACCEPTED);
        session.headers()
                .fields()
                .forEach(field -> headers.set(field.name(), Templates.expand(field.value(), variables)));
        StringBuilder query = new StringBuilder(url.getRawQuery() == null ? "" : url.getRawQuery());
        List<RequestItem> fields = new ArrayList<>();
        RequestItem bodyFile = null;
        java.util.Set<String> removed = new java.util.HashSet<>();
        for (String text : items) {
            RequestItem parsed = RequestItemParser.parse(text);
            RequestItem item = new RequestItem(
                    parsed.kind(),
                    Templates.expand(parsed.key(), variables),
                    Templates.expand(parsed.value(), variables));
            switch (item.kind()) {
                case HEADER -> {
                    if (item.value().isEmpty()) {
                        headers.remove(item.key());
                        removed.add(item.key().toLowerCase(java.util.Locale.ROOT));
                    } else {
                        headers.set(item.key(), item.value());
                    }
                }
                case EMPTY_HEADER -> headers.set(item.key(), "");
                case QUERY ->
                    query.append(query.length() == 0 ? "" : "&")
                            .append(encode(item.key()))
                            .append('=')
                            .append(encode(item.value()));
                case BODY_FILE -> {
                    if (bodyFile != null) {
                        throw RestshException.usage("only one @file body per request");
                    }
                    bodyFile = item;
                }
                default -> fields.add(item);
            }
        }
        RequestBody body = body(fields, bodyFile, source);
        if (body.contentType() != null && !headers.contains("content-type")) {
            headers.add("Content-Type", body.contentType());
        }
        URI finalUrl = withQuery(url, query.toString());
        if (!removed.contains("authorization")) {
            addCredentials(headers, finalUrl, method);
        }
        return new RequestSpec(method, finalUrl, headers, body.bytes());
    }

    /**
     * The request with a fresh Authorization header when it carries a token of the session's OAuth2 sign-in: for
     * requests made from an earlier one's headers (the next page, a resend after a rejected token), so they too
     * leave with a token that is not about to expire. Any other request is returned as it is.
     */
    public RequestSpec withCurrentCredentials(RequestSpec request) {
        Auth auth = session.auth().orElse(null);
        String sent = request.headers().first("authorization").orElse("");
        if (auth == null
                || auth.oauth2() == null
                || !sent.regionMatches(true, 0, "Bearer ", 0, 7)
                || !auth.oauth2().issued(sent.substring(7).strip())) {
            return request;
        }
        String current = "Bearer " + auth.oauth2().accessToken();
        if (current.equals(sent)) {
            return request;
        }
        Headers headers = request.headers().copy();
        headers.set("Authorization", current);
        return new RequestSpec(request.method(), request.url(), headers, request.body());
    }

    private RequestBody body(List<RequestItem> fields, RequestItem bodyFile, BodySource source) {
        FileReferences files = new FileReferences(source.folder());
        int sources = (fields.isEmpty() ? 0 : 1) + (bodyFile == null ? 0 : 1) + (source.stdin() == null ? 0 : 1);
        if (sources > 1) {
            throw RestshException.usage("a request body comes from one place: fields, an @file, or stdin"
                    + (source.stdin() != null ? " (use --ignore-stdin to ignore what is piped in)" : ""));
        }
        if (bodyFile != null) {
            byte[] bytes = files.read(bodyFile.value());
            return new RequestBody(bytes, FileReferences.contentType(bodyFile.value(), bytes));
        }
        if (source.stdin() != null) {
            return new RequestBody(source.stdin(), FileReferences.contentType("", source.stdin()));
        }
        if (fields.isEmpty()) {
            return RequestBody.NONE;
        }
        BodyEncoder encoder = new BodyEncoder(files);
        boolean uploads = fields.stream().anyMatch(item -> item.kind() == RequestItem.Kind.UPLOAD);
        if (source.multipart() || (source.form() && uploads)) {
            return encoder.multipart(fields);
        }
        return source.form() ? encoder.urlencoded(fields) : encoder.json(fields);
    }

    /**
     * The session's credentials, unless the request names its own Authorization; with none at all, on a write,
     * the local server's write token when it exists and the URL is on this machine at the base URL's port (the
     * demo works without a login step; reads, open on that server, and other local services never see the token).
     * Credentials in the URL win over that token: the client sends them (see {@code UrlCredentials}).
     */
    private void addCredentials(Headers headers, URI url, String method) {
        if (headers.contains("authorization")) {
            return;
        }
        if (session.auth().isPresent()) {
            session.auth().get().header(session.env()).ifPresent(value -> headers.add("Authorization", value));
        } else if (url.getRawUserInfo() == null
                && !SAFE_METHODS.contains(method)
                && LocalToken.isFor(url, session.base(), session.env())) {
            LocalToken.read(session.env()).ifPresent(token -> headers.add("Authorization", "Bearer " + token));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI withQuery(URI url, String query) {
        String text = url.toString();
        int hash = text.indexOf('#');
        String withoutFragment = hash < 0 ? text : text.substring(0, hash);
        int mark = withoutFragment.indexOf('?');
        String path = mark < 0 ? withoutFragment : withoutFragment.substring(0, mark);
        return URI.create(query.isEmpty() ? path : path + "?" + query);
    }
}
