package dev.restsh.server.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.server.ApiDocumentation;
import dev.restsh.server.address.IpAddress;
import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.error.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One address: read, create or replace its label, patch it, delete it; all with ETag preconditions. */
@Path("/ips/{ip}")
@Tag(name = "ips")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiDocumentation.INVALID_INPUT)
public class IpItemResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String EXAMPLE_BODY = "{\"label\": \"build server\"}";

    private final IpRepository repository;

    @Inject
    IpItemResource(IpRepository repository) {
        this.repository = repository;
    }

    @GET
    @Operation(summary = "Get one address", description = "With its calculated fields. Supports ETag/If-None-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The address",
            content = @Content(schema = @Schema(implementation = IpView.class)))
    @APIResponse(responseCode = "304", ref = ApiDocumentation.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response get(
            @Parameter(description = "The address in any valid spelling", example = "10.0.0.1") @PathParam("ip")
                    String ip,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
            throws SQLException {
        IpAddress address = IpInputReader.address(ip);
        StoredIp stored = repository.find(address).orElseThrow(() -> notFound(address));
        if (EntityTags.matches(ifNoneMatch, stored.entityTag())) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, stored.entityTag())
                    .build();
        }
        return found(stored);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Create or replace an address",
            description = "Sets the label (empty if none is given). If-Match makes it conditional on the current "
                    + "ETag; If-None-Match: * makes it create-only, If-None-Match with ETags refuses to change any "
                    + "of those versions. Needs the API token.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = IpBodies.Replace.class),
                            examples = @ExampleObject(name = "label", value = EXAMPLE_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = IpView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IpView.class)))
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    public Response put(@BeanParam IpItemRequest item, JsonNode body) throws SQLException {
        LabelChange change = labelChange(item, body, IpItemResource::notThePathsAddress);
        IpAddress address = change.address();
        if (change.current().isEmpty()) {
            try {
                StoredIp created = repository.insert(address, change.label());
                return Response.created(URI.create("/ips/" + address.canonical()))
                        .header(HttpHeaders.ETAG, created.entityTag())
                        .entity(created.view())
                        .build();
            } catch (AlreadyPresentException e) {
                if (item.hasIfNoneMatch()) {
                    throw Preconditions.changedMeanwhile(address);
                }
            }
        }
        return relabel(change);
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Change the label",
            description =
                    "A JSON merge patch: {\"label\": …} sets it, {\"label\": null} clears it, {} changes nothing. "
                            + "If-Match and If-None-Match make it conditional. Needs the API token.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = IpBodies.Patch.class),
                            examples = @ExampleObject(name = "label", value = EXAMPLE_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = IpView.class)))
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    public Response patch(@BeanParam IpItemRequest item, JsonNode body) throws SQLException {
        LabelChange change = labelChange(item, body, IpItemResource::addressUnchangeable);
        StoredIp stored = change.current().orElseThrow(() -> notFound(change.address()));
        return body.has("label") ? relabel(change) : found(stored);
    }

    @DELETE
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Delete an address",
            description = "If-Match and If-None-Match make it conditional. Needs the API token.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    public Response delete(@BeanParam IpItemRequest item) throws SQLException {
        IpAddress address = item.address();
        Optional<StoredIp> current = repository.find(address);
        Optional<StoredIp> expected = item.expected(address, current);
        if (current.isEmpty()) {
            throw notFound(address);
        }
        if (!repository.delete(address, expected)) {
            throw item.hasIfMatch() ? Preconditions.changedMeanwhile(address) : notFound(address);
        }
        return Response.noContent().build();
    }

    /**
     * The common part of PUT and PATCH: the path's address, the body (whose ip, if any, must be that address; else
     * a 400 that {@code otherAddress} words), the current row and the row a conditional change must still find.
     */
    private LabelChange labelChange(
            IpItemRequest item, JsonNode body, BiFunction<String, IpAddress, String> otherAddress) throws SQLException {
        IpAddress address = item.address();
        IpInput input = IpInputReader.readForItem(body);
        if (input.ip() != null && !IpInputReader.address(input.ip()).equals(address)) {
            throw ProblemException.badRequest(otherAddress.apply(input.ip(), address));
        }
        Optional<StoredIp> current = repository.find(address);
        return new LabelChange(address, input, current, item.expected(address, current));
    }

    private Response relabel(LabelChange change) throws SQLException {
        return found(repository
                .relabel(change.address(), change.label(), change.expected())
                .orElseThrow(() -> Preconditions.changedMeanwhile(change.address())));
    }

    private static String notThePathsAddress(String bodyIp, IpAddress address) {
        return "The body's ip " + ProblemException.quote(bodyIp) + " is not the address in the path, "
                + address.canonical() + ".";
    }

    private static String addressUnchangeable(String bodyIp, IpAddress address) {
        return "The address cannot be changed; delete it and add the new one.";
    }

    private record LabelChange(
            IpAddress address, IpInput input, Optional<StoredIp> current, Optional<StoredIp> expected) {
        /** No label, or a null one, clears it. */
        String label() {
            return input.label() == null ? "" : input.label();
        }
    }

    private static Response found(StoredIp stored) {
        return Response.ok(stored.view())
                .header(HttpHeaders.ETAG, stored.entityTag())
                .build();
    }

    private static ProblemException notFound(IpAddress address) {
        return ProblemException.notFound(address.canonical() + " is not in the inventory.");
    }
}
