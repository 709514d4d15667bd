package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.session.Session;

/**
 * Creates the session's java.net.http client while the user types at the first prompt, so that the first request
 * that needs it (HTTPS, PATCH, a method of its own) does not wait the ~0.3 s its creation takes. On a daemon
 * thread that starts only after the prompt is drawn (never competing with start-up), and that {@link #cancel}
 * (the REPL's end) stops if it has not begun.
 */
final class HttpClientPrefetch {
    /** As {@link OpenApiPrefetch}'s delay: the first prompt is drawn by then. */
    private static final long DELAY_MILLIS = 300;

    private final ShellContext context;
    private Thread thread;

    HttpClientPrefetch(ShellContext context) {
        this.context = context;
    }

    void onFirstPrompt() {
        if (thread != null) {
            return;
        }
        thread = new Thread(
                () -> {
                    try {
                        Thread.sleep(DELAY_MILLIS);
                    } catch (InterruptedException e) {
                        return; // the REPL ended first
                    }
                    Session session = context.session();
                    try {
                        session.client()
                                .prepareFull(
                                        session.base(),
                                        new RequestOptions(
                                                true, session.timeout(), false, session.tls(), session.proxy()));
                    } catch (RuntimeException e) {
                        // Only a head start: a setting the client refuses is reported by the request that uses it.
                    }
                },
                "restsh-http-client-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    void cancel() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
