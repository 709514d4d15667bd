import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The change feed under load (run by scripts/bench/feed with `java FeedBench.java`, JDK only): N subscribers (SSE and
 * WebSocket, alternating, spread over the given instances) and W creates (spread over the instances, on C threads).
 * Prints events/s delivered (all subscribers together) and the latency from each write's acknowledgement to the
 * event at each subscriber, p50/p99 (an event may arrive before the acknowledgement: that counts as 0).
 * Usage: java FeedBench.java TOKEN SUBSCRIBERS WRITES WRITERS LIMIT_SECONDS URL...
 */
public class FeedBench {
    record Subscriber(Map<String, Long> arrivals, CountDownLatch ready) {}

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int subscribers = Integer.parseInt(args[1]);
        int writes = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
        List<URI> bases = Arrays.stream(args, 5, args.length).map(URI::create).toList();
        String prefix = Long.toHexString(System.nanoTime() & 0xffff);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        AtomicInteger received = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(subscribers * writes);
        List<Subscriber> subs = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            URI base = bases.get(i % bases.size());
            Subscriber sub = new Subscriber(new ConcurrentHashMap<>(), new CountDownLatch(1));
            subs.add(sub);
            Runnable arrived = () -> { received.incrementAndGet(); all.countDown(); };
            if (i % 2 == 0) {
                sse(client, base, sub, arrived);
            } else {
                webSocket(client, base, sub, arrived);
            }
        }
        for (Subscriber sub : subs) {
            if (!sub.ready().await(30, TimeUnit.SECONDS)) throw new IllegalStateException("a subscriber did not start");
        }

        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < writes; ) {
                    String ip = "fd00:" + prefix + "::" + Integer.toHexString(n + 1);
                    HttpRequest post = HttpRequest.newBuilder(bases.get(n % bases.size()).resolve("/ips"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"ip\": \"" + ip + "\"}"))
                            .build();
                    int status = client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 201) throw new IllegalStateException("POST answered " + status);
                    acknowledged.put(ip, System.nanoTime());
                }
                return null;
            });
        }
        pool.shutdown();
        boolean complete = all.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        long end = System.nanoTime();
        pool.awaitTermination(5, TimeUnit.SECONDS);

        long[] latencies = subs.stream()
                .flatMap(sub -> sub.arrivals().entrySet().stream())
                .filter(arrival -> acknowledged.containsKey(arrival.getKey()))
                .mapToLong(arrival -> Math.max(0, arrival.getValue() - acknowledged.get(arrival.getKey())))
                .sorted()
                .toArray();
        double seconds = (end - start) / 1e9;
        System.out.printf("instances %d  subscribers %d  writes %d (%d acknowledged) on %d threads%n",
                bases.size(), subscribers, writes, acknowledged.size(), writers);
        System.out.printf("events delivered %d of %d%s in %.2f s: %.0f events/s, writes %.0f/s%n",
                received.get(), subscribers * writes, complete ? "" : " (INCOMPLETE: limit reached)", seconds,
                received.get() / seconds, acknowledged.size() / seconds);
        if (latencies.length > 0) {
            System.out.printf("acknowledgement -> event: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
        }
        System.exit(complete ? 0 : 1);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** The entry's "ip" from an event's JSON, without a JSON library. */
    private static String ip(String json) {
        int at = json.indexOf("\"ip\":\"");
        return at < 0 ? null : json.substring(at + 6, json.indexOf('"', at + 6));
    }

    private static void sse(HttpClient client, URI base, Subscriber sub, Runnable arrived) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/ips/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    if (line.startsWith(":")) {
                        sub.ready().countDown();
                    } else if (line.startsWith("data: ")) {
                        String ip = ip(line);
                        if (ip != null && sub.arrivals().putIfAbsent(ip, System.nanoTime()) == null) arrived.run();
                    }
                });
            }
        });
    }

    private static void webSocket(HttpClient client, URI base, Subscriber sub, Runnable arrived) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/ips/changes");
        client.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    if (message.startsWith("{\"type\":\"subscribed\"")) {
                        sub.ready().countDown();
                    } else {
                        String ip = ip(message);
                        if (ip != null && sub.arrivals().putIfAbsent(ip, System.nanoTime()) == null) arrived.run();
                    }
                }
                socket.request(1);
                return null;
            }
        }).join();
    }
}
