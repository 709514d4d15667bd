package dev.restsh.server.ip;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/** Paging metadata in headers only: RFC 8288 {@code Link: <…>; rel="next"} and {@code X-Total-Count}. */
final class PagingHeaders {
    static final String TOTAL_COUNT = "X-Total-Count";
    static final String LINK = "Link";

    private PagingHeaders() {}

    static void add(Response.ResponseBuilder response, UriInfo uri, Optional<PageCursor> next, long total) {
        response.header(TOTAL_COUNT, total);
        next.ifPresent(cursor -> {
            URI request = uri.getRequestUri();
            response.header(LINK, nextLink(request.getRawPath(), request.getRawQuery(), cursor));
        });
    }

    /**
     * {@code <path?query>; rel="next"}: the request's path and query as sent, with every {@code cursor} parameter
     * replaced by one for the next page at the end.
     */
    static String nextLink(String rawPath, String rawQuery, PageCursor cursor) {
        StringBuilder link = new StringBuilder(rawPath.length() + 64)
                .append('<')
                .append(rawPath)
                .append('?');
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                if (!parameter.isEmpty() && !parameter.equals("cursor") && !parameter.startsWith("cursor=")) {
                    link.append(parameter).append('&');
                }
            }
        }
        return link.append("cursor=")
                .append(cursor.encode())
                .append(">; rel=\"next\"")
                .toString();
    }
}
