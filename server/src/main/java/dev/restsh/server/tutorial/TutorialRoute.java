package dev.restsh.server.tutorial;

import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.error.ProblemException;
import dev.restsh.server.paging.PageCursor;
import dev.restsh.server.paging.PageLimit;
import dev.restsh.server.paging.PagingHeaders;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The fast path of {@code GET}/{@code HEAD /get_ips}: a plain Vert.x route ahead of the REST layer, sending the same
 * bytes and headers as {@link TutorialResource}. A page that {@link TutorialPages} knows to be current without asking
 * the database (the embedded database, after the first request and until the next write) is sent from the event loop;
 * anything that reads the database runs on a worker thread, so the event loop never waits for a connection.
 *
 * <p>Anything out of the ordinary — an {@code Accept} header other than the usual ones, an invalid {@code limit} or
 * {@code cursor}, a database failure — goes on to {@link TutorialResource}, which answers it (content negotiation,
 * problem+json) as it always has.
 */
@ApplicationScoped
public class TutorialRoute {
    private static final Set<String> USUAL_ACCEPT = Set.of("*/*", "application/json", "application/*");
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence ETAG = HttpHeaders.createOptimized("ETag");
    private static final CharSequence TOTAL_COUNT = HttpHeaders.createOptimized(PagingHeaders.TOTAL_COUNT);
    private static final CharSequence LINK = HttpHeaders.createOptimized(PagingHeaders.LINK);

    private final TutorialPages pages;

    @Inject
    TutorialRoute(TutorialPages pages) {
        this.pages = pages;
    }

    void install(@Observes Router router) {
        router.route("/get_ips")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !USUAL_ACCEPT.contains(accept)) {
            context.next();
            return;
        }
        PageCursor after;
        int limit;
        try {
            boolean plain = request.query() == null;
            limit = PageLimit.parse(plain ? null : request.getParam("limit"));
            after = PageCursor.decode(plain ? null : request.getParam("cursor"));
        } catch (ProblemException e) {
            context.next();
            return;
        }
        TutorialPage kept = pages.keptWithoutReading(after, limit);
        if (kept != null) {
            send(context, kept);
            return;
        }
        context.vertx().executeBlocking(() -> pages.page(after, limit), false).onComplete(read -> {
            if (read.succeeded()) {
                send(context, read.result());
            } else {
                context.next();
            }
        });
    }

    private static void send(RoutingContext context, TutorialPage page) {
        HttpServerRequest request = context.request();
        HttpServerResponse response =
                context.response().putHeader(ETAG, page.etag()).putHeader(TOTAL_COUNT, Long.toString(page.total()));
        page.next()
                .ifPresent(cursor ->
                        response.putHeader(LINK, PagingHeaders.nextLink(request.path(), request.query(), cursor)));
        if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(CONTENT_TYPE, JSON).end(Buffer.buffer(page.body()));
    }
}
