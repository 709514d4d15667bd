package dev.restsh.server.feed;

import dev.restsh.server.error.RouteProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A plain {@code GET /ips/changes}, without {@code Upgrade: websocket}, is answered 426 with a problem that says how
 * to connect, instead of falling through to {@code GET /ips/{ip}} ("'changes' is not an IPv4 or IPv6 address").
 */
@ApplicationScoped
public class UpgradeRequired {
    static final int UPGRADE_REQUIRED = 426;
    /** Before websockets-next's upgrade route and {@link UpgradedRequests}: routes without an order count from 0. */
    private static final int FIRST = -2;

    private final RouteProblems problems;

    @Inject
    UpgradeRequired(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.get("/ips/changes").order(FIRST).handler(this::refusePlainRequests);
    }

    private void refusePlainRequests(RoutingContext context) {
        if ("websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.UPGRADE, "websocket").putHeader(HttpHeaders.CONNECTION, "Upgrade");
        problems.send(
                context,
                UPGRADE_REQUIRED,
                "/ips/changes is a WebSocket: connect with ws:// (Upgrade: websocket), or read the same changes as"
                        + " server-sent events at GET /ips/events.",
                false);
    }
}
