package dev.restsh.server.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of a list ({@code @BeanParam}): {@code limit} and {@code cursor}, as sent. */
public class PageParameters {
    @Parameter(description = "Page size, 1 to 1000 (default 100)", example = "100")
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque position from a Link rel=\"next\" header")
    @QueryParam("cursor")
    String cursor;

    /** The page size; a 400 problem when invalid. */
    public int limit() {
        return PageLimit.parse(limit);
    }

    /** Where the page starts; a 400 problem when the cursor is not one this server gave out. */
    public PageCursor after() {
        return PageCursor.decode(cursor);
    }
}
