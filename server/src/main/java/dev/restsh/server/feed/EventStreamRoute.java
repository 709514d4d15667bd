package dev.restsh.server.feed;

import dev.restsh.server.error.ProblemException;
import dev.restsh.server.error.RouteProblems;
import dev.restsh.server.inventory.IpFilterParser;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * {@code GET /ips/events}: the feed as server-sent events, filtered like {@code GET /ips} ({@code version}, {@code
 * scope}, {@code in}, {@code q}), resumed from {@code Last-Event-ID} or {@code ?after=}, with a comment every {@link
 * FeedSettings#keepAlive}. A Vert.x route, so that each write's completion is known (the bound on unsent events).
 */
@ApplicationScoped
public class EventStreamRoute {
    private final ChangeFeed feed;
    private final FeedSettings settings;
    private final RouteProblems problems;

    @Inject
    EventStreamRoute(ChangeFeed feed, FeedSettings settings, RouteProblems problems) {
        this.feed = feed;
        this.settings = settings;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.get("/ips/events")
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        EntryFilter filter;
        OptionalLong after;
        try {
            filter = new EntryFilter(IpFilterParser.parse(
                    request.getParam("version"),
                    request.getParam("scope"),
                    request.getParam("in"),
                    request.getParam("q")));
            after = Resumption.parse(request.getHeader("Last-Event-ID"), request.getParam("after"));
        } catch (ProblemException e) {
            problems.send(context, e.status(), e.detail(), false);
            return;
        }
        HttpServerResponse response = context.response()
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        EventStreamSubscriber subscriber = new EventStreamSubscriber(response, settings.buffer(), filter);
        long keepAlive = context.vertx().setPeriodic(settings.keepAlive().toMillis(), timer -> subscriber.keepAlive());
        response.closeHandler(closed -> {
            feed.unsubscribe(subscriber);
            context.vertx().cancelTimer(keepAlive);
        });
        response.endHandler(ended -> {
            feed.unsubscribe(subscriber);
            context.vertx().cancelTimer(keepAlive);
        });
        feed.subscribe(subscriber, after);
        if (response.closed()) { // closed before the handlers were in place
            feed.unsubscribe(subscriber);
            context.vertx().cancelTimer(keepAlive);
        }
    }
}
