package dev.restsh.server.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} get a 413 problem+json, not the empty 413 Quarkus would send
 * from below JAX-RS (out of reach of {@link ProblemMappers}): a declared Content-Length is checked before any other
 * route; a chunked body is read here by Vert.x's body handler up to the limit (the REST layer then takes the body
 * read here) and one that grows past it fails with 413, which the failure handler answers.
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
        // A chunked body has no declared length: read it here, up to the limit, so that one too big gets the same
        // problem+json (the REST layer takes the body read here; without this it would answer an empty 413).
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(ORDER + 1).handler(context -> {
            if (isChunked(context)) {
                reader.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(ORDER + 1).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                reject(context);
            } else {
                context.next();
            }
        });
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
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
