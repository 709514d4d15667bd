package dev.restsh.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends POST /ips for many addresses at once, spread round-robin over one or more servers; counts the statuses. */
public final class ConcurrentCreates {
    private final List<URI> servers;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public ConcurrentCreates(List<URI> servers, String token) {
        this.servers = List.copyOf(servers);
        this.token = token;
    }

    /** Posts every address once, all released together on {@code threads} threads; returns status → count. */
    public Map<Integer, Integer> post(List<String> addresses, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (String address : addresses) {
                URI server = servers.get(next.getAndIncrement() % servers.size());
                sent.add(pool.submit(() -> {
                    start.await();
                    int status = send(server, address);
                    statuses.merge(status, 1, Integer::sum);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Map.copyOf(statuses);
    }

    private int send(URI server, String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/ips"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ip\": \"" + address + "\"}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
