package dev.restsh.shell.openapi;

import dev.restsh.shell.http.RedirectPolicy;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The API description of the session's base URL, loaded in a background thread: completion asks without
 * waiting ({@link #ready()}), commands such as {@code endpoints} wait for it ({@link #await()}). A new base URL
 * starts a new load; an explicit document URL ({@code openapi URL}) replaces discovery.
 */
public final class OpenApiCatalog {
    private static final long WAIT_SECONDS = 20;

    private final Session session;
    private URI loadedFor;
    private CompletableFuture<ApiDocument> loading;
    private Supplier<ApiDocument> lastLoader;

    public OpenApiCatalog(Session session) {
        this.session = session;
    }

    /** Starts looking for the base URL's document unless that is already done or under way. */
    public synchronized void prefetch() {
        URI base = session.base();
        if (loading == null || !base.equals(loadedFor)) {
            start(base, () -> discovery(base).discover(base));
        }
    }

    /** Loads the document from this URL for the current base URL, replacing discovery. */
    public synchronized void use(URI document) {
        start(session.base(), () -> discovery(document).load(document));
    }

    /** The TLS settings of the latest request to the same server (scheme, host, port), else the session's. */
    private OpenApiDiscovery discovery(URI target) {
        TlsSettings tls = session.history().all().stream()
                .filter(exchange ->
                        RedirectPolicy.sameOrigin(exchange.response().url(), target))
                .reduce((first, second) -> second)
                .map(exchange -> exchange.options().tls())
                .orElse(session.tls());
        return new OpenApiDiscovery(session.client(), session.headers(), tls);
    }

    private void start(URI base, Supplier<ApiDocument> loader) {
        loadedFor = base;
        lastLoader = loader;
        CompletableFuture<ApiDocument> future = new CompletableFuture<>();
        loading = future;
        Thread thread = new Thread(
                () -> {
                    try {
                        future.complete(loader.get());
                    } catch (RuntimeException | LinkageError e) {
                        future.completeExceptionally(e);
                    }
                },
                "restsh-openapi");
        thread.setDaemon(true);
        thread.start();
    }

    /** The document if it has finished loading for the current base URL; never blocks. */
    public Optional<ApiDocument> ready() {
        CompletableFuture<ApiDocument> current = currentLoad();
        if (current == null || !current.isDone() || current.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(current.join());
    }

    /**
     * The document for the current base URL, loading it now if needed (again if the last try failed: the
     * server may be up now); throws {@link OpenApiException}.
     */
    public ApiDocument await() {
        synchronized (this) {
            CompletableFuture<ApiDocument> current = currentLoad();
            if (current != null && current.isCompletedExceptionally()) {
                start(loadedFor, lastLoader);
            }
        }
        prefetch();
        try {
            return currentLoad().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof OpenApiException known
                    ? known
                    : new OpenApiException("cannot read the OpenAPI document: " + cause);
        } catch (TimeoutException e) {
            throw new OpenApiException("the OpenAPI document took more than " + WAIT_SECONDS + " s to load");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenApiException("cancelled while loading the OpenAPI document");
        }
    }

    /**
     * The document for the current base URL, waiting for the load under way (starting one if none was): empty when
     * there is none. Unlike {@link #await()}, a failed load is not tried again, so a server without a document
     * costs one discovery, not one per request.
     */
    public Optional<ApiDocument> settled() {
        prefetch();
        try {
            return Optional.of(currentLoad().get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException noDocument) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private synchronized CompletableFuture<ApiDocument> currentLoad() {
        return session.base().equals(loadedFor) ? loading : null;
    }
}
