package dev.restsh.shell.script;

import dev.restsh.shell.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An asynchronous job on loopback: {@code GET /job} says {@code running} until it has been asked {@code polls}
 * times, then {@code done}.
 */
final class AsyncJobServer extends LoopbackServer {
    private final AtomicInteger asked = new AtomicInteger();

    AsyncJobServer(int polls) {
        route("/job", exchange -> {
            int count = asked.incrementAndGet();
            String state = count >= polls ? "done" : "running";
            reply(
                    exchange,
                    200,
                    "application/json",
                    ("{\"id\":7,\"state\":\"" + state + "\",\"polls\":" + count + "}")
                            .getBytes(StandardCharsets.UTF_8));
        });
    }

    int asked() {
        return asked.get();
    }
}
