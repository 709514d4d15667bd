package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;

/**
 * When the REPL looks for the API's OpenAPI document: shortly after the first prompt is shown (never before it,
 * so start-up does not wait or compete for the CPU), then whenever a line changed the base URL.
 */
final class OpenApiPrefetch {
    /** Long enough for the first prompt to be drawn, short enough to be ready by the first Tab. */
    private static final long DELAY_MILLIS = 300;

    private final ShellContext context;
    private final boolean enabled;
    private boolean started;

    OpenApiPrefetch(ShellContext context, boolean enabled) {
        this.context = context;
        this.enabled = enabled;
    }

    void onFirstPrompt() {
        if (started || !enabled || !context.settings().openApiDiscovery()) {
            return;
        }
        started = true;
        Thread delayed = new Thread(
                () -> {
                    try {
                        Thread.sleep(DELAY_MILLIS);
                        context.openApi().prefetch();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "restsh-openapi-delay");
        delayed.setDaemon(true);
        delayed.start();
    }

    void afterLine() {
        if (started) {
            context.openApi().prefetch();
        }
    }
}
