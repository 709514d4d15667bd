package dev.restsh.server.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends problem+json from Vert.x routes, which answer below the REST layer and so out of reach of its mappers. */
@ApplicationScoped
public class RouteProblems {
    private final ObjectMapper json;

    @Inject
    RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    /** {@code close}: when the rest of the request will not be read, so the connection cannot carry another. */
    public void send(RoutingContext context, int status, String detail, boolean close) {
        Problem problem = new Problem(
                "about:blank",
                ProblemResponses.title(status),
                status,
                detail,
                context.request().path());
        try {
            var response =
                    context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (close) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
