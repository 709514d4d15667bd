package dev.restsh.server.paging;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Paging metadata in headers only: RFC 8288 {@code Link: <…>; rel="next"} and {@code X-Total-Count}. */
public final class PagingHeaders {
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    private PagingHeaders() {}

    /** From the Vert.x request, as sent: UriInfo's request URI needs a Host, which HTTP/1.0 may omit. */
    public static void add(
            Response.ResponseBuilder response, HttpServerRequest request, Optional<PageCursor> next, long total) {
        response.header(TOTAL_COUNT, total);
        next.ifPresent(cursor -> response.header(LINK, nextLink(request.path(), request.query(), cursor)));
    }

    /**
     * {@code <path?query>; rel="next"}: the request's path and query as sent, with every {@code cursor} parameter
     * replaced by one for the next page at the end.
     */
    public static String nextLink(String rawPath, String rawQuery, PageCursor cursor) {
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
