package dev.restsh.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code text/event-stream} read over loopback with java.net.http, one {@link Event} at a time as it arrives
 * (comments included, as events of type {@code comment}); each wait has a deadline.
 */
public final class EventStream implements AutoCloseable {
    public record Event(String type, String id, String data) {}

    private static final Event END = new Event("end", null, null);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static EventStream open(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return new EventStream(response);
    }

    public static EventStream open(URI uri) throws IOException, InterruptedException {
        return open(uri, Map.of());
    }

    /** The next event or comment; fails if none comes within the limit or the stream ends. */
    public Event next(Duration limit) throws InterruptedException {
        Event event = events.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + limit);
        }
        return event;
    }

    /** The next event that is not a comment. */
    public Event nextEvent(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (!event.type().equals("comment")) {
                return event;
            }
        }
    }

    private void read() {
        String type = "message";
        String id = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(type, id, data.toString()));
                    }
                    type = "message";
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event("comment", null, line.substring(1).trim()));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data = data == null
                            ? new StringBuilder(line.substring(6))
                            : data.append('\n').append(line.substring(6));
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed by close() or the server
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() throws InterruptedException {
        response.body().close();
        reader.interrupt();
        reader.join(Duration.ofSeconds(5).toMillis());
    }
}
