package dev.restsh.server;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API as a whole, for the OpenAPI document at /q/openapi (and Swagger UI at /q/swagger-ui). */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "restsh IP inventory",
                        version = "0.1.0",
                        description =
                                "The REST tutorial's /get_ips grown into an IP address inventory. Reads are open; "
                                        + "writes need Authorization: Bearer <token>. Every error is application/problem+json."))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "RESTSH_API_TOKEN, or the token in $RESTSH_DATA_DIR/api-token")
public class ApiDocumentation extends Application {}
