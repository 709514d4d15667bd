package dev.restsh.shell.command;

import dev.restsh.shell.http.ApiClient;

/**
 * A one-shot request's start-up work that the main thread would otherwise do alone, done on the second core while it
 * reads the settings and builds the command tree: the HTTP client's one-time set-up (the JDK's URL-handler look-up,
 * {@code HttpURLConnection}'s initialisation). Nothing here changes what runs; it only runs sooner.
 */
public final class StartupPrefetch {
    private StartupPrefetch() {}

    /** Starts the prefetch when the arguments name a command that sends a request. */
    public static void start(String[] args) {
        if (!CommandCatalogue.is(CommandTree.firstWord(args), CommandCatalogue.Trait.SENDS_REQUEST)) {
            return;
        }
        Thread prefetch = new Thread(ApiClient::prepare, "restsh-prefetch");
        prefetch.setDaemon(true);
        prefetch.start();
    }
}
