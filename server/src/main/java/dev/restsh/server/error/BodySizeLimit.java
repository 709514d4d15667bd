package dev.restsh.server.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects a body whose declared Content-Length is over {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json, before Quarkus's own check would answer with an empty 413. A chunked body (no Content-Length) that
 * grows past the limit is stopped by Quarkus REST while it reads it, which still answers an empty 413 with
 * {@code Connection: close}: that response is written below JAX-RS, out of reach of {@link ProblemMappers}.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before every Quarkus route, including its own body-size check. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    private final long limit;
    private final ObjectMapper json;

    @Inject
    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            reject(context);
            return;
        }
        context.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec rejects malformed lengths itself
        }
    }

    private void reject(RoutingContext context) {
        Problem problem = new Problem(
                "about:blank",
                "Content Too Large",
                413,
                "The request body is larger than the limit of " + limit + " bytes.",
                context.request().path());
        try {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
