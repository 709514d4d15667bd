package dev.restsh.server.ip;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/** Paging metadata in headers only: RFC 8288 {@code Link: <…>; rel="next"} and {@code X-Total-Count}. */
final class PagingHeaders {
    static final String TOTAL_COUNT = "X-Total-Count";

    private PagingHeaders() {}

    static void add(Response.ResponseBuilder response, UriInfo uri, Optional<PageCursor> next, long total) {
        response.header(TOTAL_COUNT, total);
        next.ifPresent(cursor -> {
            URI target = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", cursor.encode())
                    .build();
            response.header("Link", "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"next\"");
        });
    }
}
