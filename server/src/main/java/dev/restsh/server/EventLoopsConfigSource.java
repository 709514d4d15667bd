package dev.restsh.server;

import io.smallrye.config.common.MapBackedConfigSource;
import java.util.Map;

/**
 * The default number of Vert.x event loops: one per two cores, where Quarkus would run two per core. The loops only
 * parse requests and write responses (and, on the embedded database, answer {@code /get_ips} from a kept page); all
 * database work runs on worker threads. Fewer loops leave cores to those workers, the garbage collector and what shares
 * the machine (a database, a load balancer), and a loop that is not preempted answers its connections in turn: on a
 * 2-core machine under load, one loop halves the slowest 1 % of response times (see docs/BENCHMARKS.md).
 *
 * <p>The ordinal sits below application.properties (250) and any library's microprofile-config.properties (100), so
 * {@code quarkus.vertx.event-loops-pool-size} set anywhere (for example {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE})
 * wins.
 */
public final class EventLoopsConfigSource extends MapBackedConfigSource {
    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    static final int ORDINAL = 50;

    public EventLoopsConfigSource() {
        super(
                "restsh event loops (one per two cores)",
                Map.of(
                        EVENT_LOOPS,
                        Integer.toString(eventLoops(Runtime.getRuntime().availableProcessors()))),
                ORDINAL);
    }

    static int eventLoops(int cores) {
        return Math.max(1, cores / 2);
    }
}
