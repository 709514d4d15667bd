package dev.restsh.server.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details object, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference identifying the problem type", example = "about:blank")
        String type,

        @Schema(description = "Short summary of the problem type", example = "Conflict")
        String title,

        @Schema(description = "HTTP status code", example = "409")
        int status,

        @Schema(
                description = "What went wrong with this request and how to fix it",
                example = "10.0.0.1 is already in the inventory.")
        String detail,

        @Schema(description = "The request path", example = "/ips")
        String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
