package dev.restsh.server.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} get a 413 problem+json, not the empty 413 Quarkus would send
 * from below JAX-RS (out of reach of {@link ProblemMappers}): a declared Content-Length is checked before any other
 * route; a chunked body is read here, as bytes, up to the limit, and the REST layer then takes the body read here.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before every Quarkus route, including its own body-size check. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    private final long limit;
    private final RouteProblems problems;

    @Inject
    BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, RouteProblems problems) {
        this.limit = limit.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER + 1).handler(this::readChunked);
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

    /**
     * Not Vert.x's BodyHandler: that one decodes form and multipart bodies, which fails on a GET and on a form field
     * over 8 KB (a 500 or a plain-text 400), where the same body sent with a length gets the usual answer (a 415 for a
     * form where JSON is required, say). Here every body is plain bytes, whatever its method or Content-Type.
     */
    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!isChunked(request) || request.isEnded()) {
            context.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
                && request.version() != HttpVersion.HTTP_1_0) {
            context.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] rejected = {false};
        request.handler(chunk -> {
            if (rejected[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                rejected[0] = true;
                reject(context);
                return;
            }
            body.appendBuffer(chunk);
        });
        // a malformed chunk or the client going away: the client's doing, not the server's
        request.exceptionHandler(error -> context.fail(400, error));
        request.endHandler(ended -> {
            if (!rejected[0]) {
                setBody(context, body);
                context.next();
            }
        });
        request.resume();
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** Deprecated in Vert.x 4 but what the REST layer reads (RoutingContext#getBody) when the request has ended. */
    @SuppressWarnings("deprecation")
    private static void setBody(RoutingContext context, Buffer body) {
        context.setBody(body);
    }

    private void reject(RoutingContext context) {
        problems.send(context, 413, "The request body is larger than the limit of " + limit + " bytes.", true);
    }
}
