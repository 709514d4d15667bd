package dev.restsh.server.feed;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Lets a graceful shutdown finish once the feed's WebSockets have closed. Quarkus counts a request as in flight until
 * its response ends or its connection closes with the response pending, and waits for the count to reach zero (up to
 * {@code quarkus.shutdown.timeout}). A WebSocket upgrade gives neither signal: Vert.x completes the response at 101
 * and hands the connection to the socket, so every socket ever opened, closed or not, kept the process waiting the
 * full 10 s. When an upgraded connection closes, this completes its request as Quarkus would have.
 *
 * <p>Quarkus has no public way to do that: this calls its request wrapper's package-private {@code done()} by
 * reflection. Were that method to go in a later Quarkus, a shutdown only waits out the timeout again, as it did
 * before (logged once at start-up).
 */
@ApplicationScoped
public class UpgradedRequests {
    private static final Logger LOG = Logger.getLogger(UpgradedRequests.class);
    private static final Method DONE = doneMethod();
    /** websockets-next adds its upgrade route without an order, which Vert.x numbers from 0: this runs before it. */
    private static final int BEFORE_THE_UPGRADE = -1;

    void install(@Observes Router router) {
        if (DONE != null) {
            router.get("/ips/changes").order(BEFORE_THE_UPGRADE).handler(this::completeOnClose);
        }
    }

    private void completeOnClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        if ("websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
            QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(request);
            request.connection().closeHandler(closed -> complete(wrapper));
        }
        context.next();
    }

    private static void complete(QuarkusRequestWrapper wrapper) {
        try {
            DONE.invoke(wrapper); // does nothing if the request was already done
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("could not complete a closed WebSocket's upgrade request: %s", e);
        }
    }

    private static Method doneMethod() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(
                    "a shutdown will wait quarkus.shutdown.timeout for WebSockets (/ips/changes) that were opened: %s",
                    e);
            return null;
        }
    }
}
