package dev.restsh.server.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.ApiDocumentation;
import dev.restsh.server.address.IpAddress;
import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.error.ProblemException;
import dev.restsh.server.paging.Page;
import dev.restsh.server.paging.PageParameters;
import dev.restsh.server.paging.PagingHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inventory as a collection: list with filters and cursor paging, and add. */
@Path("/ips")
@Tag(name = "ips", description = "The IP address inventory")
public class IpResource {
    private final IpListQuery list;
    private final IpRepository repository;
    private final ObjectMapper json;

    @Inject
    IpResource(IpListQuery list, IpRepository repository, ObjectMapper json) {
        this.list = list;
        this.repository = repository;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List addresses",
            description =
                    "Insertion order, one page at a time: the body is {\"items\": […]}, the next page is in "
                            + "Link: <…>; rel=\"next\" and the number of matches in X-Total-Count. Supports ETag/If-None-Match.")
    @APIResponse(
            responseCode = "200",
            description = "One page of addresses",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "one address",
                                            value =
                                                    "{\"items\": [{\"ip\": \"10.0.0.1\", \"label\": \"router\", \"version\": 4, "
                                                            + "\"scope\": \"private\", \"ptr\": \"1.0.0.10.in-addr.arpa\", "
                                                            + "\"createdAt\": \"2026-11-23T20:00:00Z\", \"updatedAt\": \"2026-11-23T20:00:00Z\"}]}")))
    @APIResponse(responseCode = "304", ref = ApiDocumentation.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDocumentation.INVALID_QUERY)
    public Response list(
            @BeanParam PageParameters paging,
            @Parameter(description = "4 or 6", example = "4") @QueryParam("version") String version,
            @Parameter(description = "Scope, such as private or global", example = "private") @QueryParam("scope")
                    String scope,
            @Parameter(description = "Only addresses inside this network", example = "10.0.0.0/8") @QueryParam("in")
                    String network,
            @Parameter(description = "Only labels containing this text (case-insensitive)", example = "router")
                    @QueryParam("q")
                    String labelContains,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request)
            throws SQLException, JsonProcessingException {
        IpFilter filter = IpFilterParser.parse(version, scope, network, labelContains);
        Page<StoredIp> page = list.page(filter, paging.after(), paging.limit());
        byte[] body = json.writeValueAsBytes(
                Map.of("items", page.items().stream().map(StoredIp::view).toList()));
        Response.ResponseBuilder response = EntityTags.okOrNotModified(body, ifNoneMatch);
        PagingHeaders.add(response, request, page.next(), page.total());
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an address", description = "Stores the address in canonical form. Needs the API token.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = IpBodies.Create.class),
                            examples =
                                    @ExampleObject(
                                            name = "IPv6",
                                            value = "{\"ip\": \"2001:DB8::0001\", \"label\": \"build server\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names it",
            content = @Content(schema = @Schema(implementation = IpView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.ALREADY_PRESENT)
    public Response add(JsonNode body) throws SQLException {
        IpInput input = IpInputReader.read(body);
        if (input.ip() == null) {
            throw ProblemException.badRequest("Field \"ip\" is required.");
        }
        IpAddress address = IpInputReader.address(input.ip());
        try {
            StoredIp stored = repository.insert(address, input.label() == null ? "" : input.label());
            return Response.created(URI.create("/ips/" + address.canonical()))
                    .header(HttpHeaders.ETAG, stored.entityTag())
                    .entity(stored.view())
                    .build();
        } catch (AlreadyPresentException e) {
            throw ProblemException.conflict(
                    e.getMessage() + "; use PUT or PATCH /ips/" + address.canonical() + " to change its label.");
        }
    }
}
