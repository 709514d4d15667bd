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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The change feed under load (run by scripts/bench/feed with `java FeedBench.java`, JDK only): N subscribers (SSE and
 * WebSocket, alternating, spread over the given instances) stay connected while each round makes W creates (spread
 * over the instances, on C threads). Per round it prints the events per second delivered (all subscribers together)
 * and the latency from each write's acknowledgement to its event at each subscriber, p50/p99 (an event may arrive
 * before the acknowledgement: that counts as 0, and the share of such events is printed), and from the moment the
 * write was sent; then the medians of the rounds. A round that does not deliver every
 * event within the limit fails the run.
 * Usage: java FeedBench.java TOKEN SUBSCRIBERS WRITES WRITERS ROUNDS LIMIT_SECONDS URL...
 */
public class FeedBench {
    /** What the subscribers record during one round: when each address's event arrived, per subscriber. */
    record Round(String prefix, List<Map<String, Long>> arrivals, AtomicInteger received, CountDownLatch all) {
        static Round of(int number, int subscribers, int writes) {
            List<Map<String, Long>> arrivals = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) arrivals.add(new ConcurrentHashMap<>());
            String prefix = "fd00:" + Long.toHexString(System.nanoTime() & 0xffff) + ":" + Integer.toHexString(number) + "::";
            return new Round(prefix, arrivals, new AtomicInteger(), new CountDownLatch(subscribers * writes));
        }

        void arrived(int subscriber, String ip) {
            if (ip != null && ip.startsWith(prefix) && arrivals.get(subscriber).putIfAbsent(ip, System.nanoTime()) == null) {
                received.incrementAndGet();
                all.countDown();
            }
        }
    }

    record Figures(double eventsPerSecond, double writesPerSecond, double p50, double p99, double beforeAck,
            double sentP50, double sentP99) {}

    private static volatile Round current;

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int subscribers = Integer.parseInt(args[1]);
        int writes = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[5]));
        List<URI> bases = Arrays.stream(args, 6, args.length).map(URI::create).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        CountDownLatch ready = new CountDownLatch(subscribers);
        for (int i = 0; i < subscribers; i++) {
            URI base = bases.get(i % bases.size());
            if (i % 2 == 0) {
                sse(client, base, i, ready);
            } else {
                webSocket(client, base, i, ready);
            }
        }
        if (!ready.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the subscribers did not all start");
        System.out.printf("instances %d  subscribers %d (SSE and WebSocket alternating)  writes %d per round on %d"
                + " threads  rounds %d%n", bases.size(), subscribers, writes, writers, rounds);

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Figures> all = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Figures figures = round(Round.of(r, subscribers, writes), client, pool, token, bases, writes, writers, limit);
            System.out.printf("round %d: %.0f events/s (writes %.0f/s)  acknowledgement -> event p50 %.2f ms  p99 %.2f ms"
                    + " (%.0f %% before the acknowledgement)  sent -> event p50 %.2f ms  p99 %.2f ms%n", r,
                    figures.eventsPerSecond(), figures.writesPerSecond(), figures.p50(), figures.p99(),
                    figures.beforeAck(), figures.sentP50(), figures.sentP99());
            all.add(figures);
        }
        pool.shutdown();
        System.out.printf("median of %d rounds: %.0f events/s (writes %.0f/s)  acknowledgement -> event p50 %.2f ms"
                + "  p99 %.2f ms (%.0f %% before)  sent -> event p50 %.2f ms  p99 %.2f ms%n", rounds,
                median(all, Figures::eventsPerSecond), median(all, Figures::writesPerSecond),
                median(all, Figures::p50), median(all, Figures::p99), median(all, Figures::beforeAck),
                median(all, Figures::sentP50), median(all, Figures::sentP99));
        System.exit(0);
    }

    private static Figures round(Round round, HttpClient client, ExecutorService pool, String token, List<URI> bases,
            int writes, int writers, Duration limit) throws Exception {
        current = round;
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Void>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < writes; ) {
                    String ip = round.prefix() + Integer.toHexString(n + 1);
                    HttpRequest post = HttpRequest.newBuilder(bases.get(n % bases.size()).resolve("/ips"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"ip\": \"" + ip + "\"}"))
                            .build();
                    sent.put(ip, System.nanoTime());
                    int status = client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 201) throw new IllegalStateException("POST " + ip + " answered " + status);
                    acknowledged.put(ip, System.nanoTime());
                }
                return null;
            }));
        }
        for (Future<Void> writer : done) writer.get(limit.toMillis(), TimeUnit.MILLISECONDS); // a failed write ends the run
        if (!round.all().await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("only " + round.received().get() + " of "
                    + (long) round.arrivals().size() * writes + " events arrived within " + limit);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sinceAck = since(round, acknowledged);
        long[] sinceSent = since(round, sent);
        double beforeAck = 100.0 * Arrays.stream(sinceAck).filter(nanos -> nanos < 0).count() / sinceAck.length;
        return new Figures(round.received().get() / seconds, writes / seconds,
                Math.max(0, percentile(sinceAck, 50)), Math.max(0, percentile(sinceAck, 99)), beforeAck,
                percentile(sinceSent, 50), percentile(sinceSent, 99));
    }

    /** For every event at every subscriber, nanoseconds from its write's moment in {@code moments} (sorted). */
    private static long[] since(Round round, Map<String, Long> moments) {
        return round.arrivals().stream()
                .flatMap(arrivals -> arrivals.entrySet().stream())
                .mapToLong(arrival -> arrival.getValue() - moments.get(arrival.getKey()))
                .sorted()
                .toArray();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double median(List<Figures> rounds, java.util.function.ToDoubleFunction<Figures> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The entry's "ip" from an event's JSON, without a JSON library. */
    private static String ip(String json) {
        int at = json.indexOf("\"ip\":\"");
        return at < 0 ? null : json.substring(at + 6, json.indexOf('"', at + 6));
    }

    private static void sse(HttpClient client, URI base, int subscriber, CountDownLatch ready) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/ips/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            boolean started = false;
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (!started && line.startsWith(":")) {
                        started = true;
                        ready.countDown();
                    } else if (line.startsWith("data: ") && current != null) {
                        current.arrived(subscriber, ip(line));
                    }
                }
            }
        });
    }

    private static void webSocket(HttpClient client, URI base, int subscriber, CountDownLatch ready) {
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
                        ready.countDown();
                    } else if (current != null) {
                        current.arrived(subscriber, ip(message));
                    }
                }
                socket.request(1);
                return null;
            }
        }).join();
    }
}
