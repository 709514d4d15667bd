package dev.restsh.shell;

import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.OpenApiCatalog;
import dev.restsh.shell.session.Session;

/** What every command works with: the session's state and the console it writes to. */
public final class ShellContext {
    private final Session session;
    private final Console console;
    private Settings settings = Settings.defaults();
    private OpenApiCatalog openApi;
    private boolean interactive;
    private boolean exitRequested;

    public ShellContext(Session session, Console console) {
        this.session = session;
        this.console = console;
    }

    public Session session() {
        return session;
    }

    public Console console() {
        return console;
    }

    /** The user's defaults from the config file and environment. */
    public Settings settings() {
        return settings;
    }

    public void settings(Settings newSettings) {
        settings = newSettings;
    }

    /** The base URL's OpenAPI description, created on first use (its loading is in the background). */
    public synchronized OpenApiCatalog openApi() {
        if (openApi == null) {
            openApi = new OpenApiCatalog(session);
        }
        return openApi;
    }

    /** True in the REPL, where nothing exits and HTTP error statuses are only shown. */
    public boolean interactive() {
        return interactive;
    }

    public void interactive(boolean on) {
        interactive = on;
    }

    /** Asks the loop that reads commands to stop after this one. */
    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }
}
