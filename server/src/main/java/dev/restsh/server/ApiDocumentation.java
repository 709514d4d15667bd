package dev.restsh.server;

import dev.restsh.server.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API as a whole, for the OpenAPI document at /q/openapi (and Swagger UI at /q/swagger-ui). The responses that
 * several operations share are declared here once; operations name them with {@code @APIResponse(ref = …)} and
 * {@link SharedResponses} adds them to the document.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "restsh IP inventory",
                        version = "0.1.0",
                        description =
                                "The REST tutorial's /get_ips grown into an IP address inventory. Reads are open; "
                                        + "writes need Authorization: Bearer <token>. Every error is application/problem+json."),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "RESTSH_API_TOKEN, or the token in $RESTSH_DATA_DIR/api-token")
public class ApiDocumentation extends Application {
    // The names of the shared responses: 304, then problems (400 for paging, filters or input; 401, 404, 409, 412).
    public static final String NOT_MODIFIED = "NotModified";
    public static final String INVALID_PAGE = "InvalidPage";
    public static final String INVALID_QUERY = "InvalidQuery";
    public static final String INVALID_INPUT = "InvalidInput";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String ALREADY_PRESENT = "AlreadyPresent";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
}
