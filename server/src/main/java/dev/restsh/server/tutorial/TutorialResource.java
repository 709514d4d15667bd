package dev.restsh.server.tutorial;

import dev.restsh.server.ApiDocumentation;
import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.paging.PageParameters;
import dev.restsh.server.paging.PagingHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tutorial's endpoint, byte-compatible with its Flask server, now read from the database. Plain GETs and HEADs
 * are served by {@link TutorialRoute} before they reach this resource; it answers the rest (unusual {@code Accept},
 * invalid parameters, OPTIONS, 405) and describes the endpoint in the OpenAPI document.
 */
@Path("/get_ips")
@Tag(name = "tutorial", description = "The endpoint of the REST tutorial, unchanged on the wire")
public class TutorialResource {
    static final String EXAMPLE =
            "{\n  \"results\": [\n    {\n      \"ip\": \"1.2.3.4\"\n    },\n    {\n      \"ip\": \"9.2.3.4\"\n    }\n  ]\n}\n";

    private final TutorialPages pages;

    @Inject
    TutorialResource(TutorialPages pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List addresses as the tutorial did",
            description = "The body is exactly what the tutorial's Flask server (debug=True) sends: "
                    + "{\"results\": [{\"ip\": …}, …]} pretty-printed, in insertion order. Paging is in headers only: "
                    + "X-Total-Count and, when more remain, Link: <…>; rel=\"next\". Supports ETag/If-None-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The addresses",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "tutorial", value = EXAMPLE)))
    @APIResponse(responseCode = "304", ref = ApiDocumentation.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDocumentation.INVALID_PAGE)
    public Response list(
            @BeanParam PageParameters paging,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request)
            throws SQLException {
        TutorialPage page = pages.page(paging.after(), paging.limit());
        Response.ResponseBuilder response = EntityTags.okOrNotModified(page.body(), page.etag(), ifNoneMatch);
        PagingHeaders.add(response, request, page.next(), page.total());
        return response.build();
    }
}
