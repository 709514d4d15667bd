package dev.restsh.shell;

import dev.restsh.shell.config.Environments;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.live.LiveConnections;
import dev.restsh.shell.live.LiveOutput;
import dev.restsh.shell.openapi.OpenApiCatalog;
import dev.restsh.shell.openapi.RequestPreflight;
import dev.restsh.shell.script.Scripting;
import dev.restsh.shell.session.Session;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.terminal.Terminal;

/** What every command works with: the session's state and the console it writes to. */
public final class ShellContext {
    private final Session session;
    private final Console console;
    private Settings settings = Settings.defaults();
    private OpenApiCatalog openApi;
    private RequestPreflight preflight;
    private boolean interactive;
    private boolean exitRequested;
    private boolean oneShot;
    private java.io.InputStream bodyInput;
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private Terminal terminal;
    private final Scripting scripting = new Scripting();
    private Environments environments;
    private Pacer pacer = Pacer.SYSTEM;
    private LiveConnections live;
    private final LiveOutput liveOutput;

    public ShellContext(Session session, Console console) {
        this.session = session;
        this.console = console;
        this.liveOutput = new LiveOutput(console);
        session.onRequestSent(scripting::requestSent);
        // Made on the first request: start-up loads nothing of it.
        session.requestCheck(request -> preflight().beforeSending(request));
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

    /** The check of every request against the OpenAPI document before it is sent. */
    public synchronized RequestPreflight preflight() {
        if (preflight == null) {
            preflight = new RequestPreflight(this);
        }
        return preflight;
    }

    /** The OpenAPI description if something asked for it already: never starts looking for one. */
    public synchronized Optional<OpenApiCatalog> openApiIfUsed() {
        return Optional.ofNullable(openApi);
    }

    /** True in the REPL, where nothing exits and HTTP error statuses are only shown. */
    public boolean interactive() {
        return interactive;
    }

    public void interactive(boolean on) {
        interactive = on;
    }

    /**
     * True when the process runs the one command its arguments name and exits ({@code restsh ws URL} listens in the
     * foreground then); false in the REPL, scripts, stdin and {@code -c}.
     */
    public boolean oneShot() {
        return oneShot;
    }

    public void oneShot(boolean on) {
        oneShot = on;
    }

    /** Asks the loop that reads commands to stop after this one. */
    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** What was piped to a one-shot request command, readable as its body; null in every other mode. */
    public java.io.InputStream bodyInput() {
        return bodyInput;
    }

    public void bodyInput(java.io.InputStream in) {
        bodyInput = in;
    }

    /** The folder relative file references ({@code @body.json}) resolve against: the running script's folder. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    public void workingDirectory(Path folder) {
        workingDirectory = folder.toAbsolutePath();
    }

    /** The REPL's terminal while one is open, so a paused script can read from it too. */
    public Optional<Terminal> terminal() {
        return Optional.ofNullable(terminal);
    }

    public void terminal(Terminal open) {
        terminal = open;
    }

    /** Script state of the session: the running script, expectations, the transcript of commands. */
    /** The named environments ({@code use NAME}): read from their files on each use, one switch per session. */
    public synchronized Environments environments() {
        if (environments == null) {
            environments = new Environments(this);
        }
        return environments;
    }

    /** The session's WebSocket connection and where live messages are shown; made on first use. */
    public synchronized LiveConnections live() {
        if (live == null) {
            live = new LiveConnections(session, console, liveOutput);
        }
        return live;
    }

    /** Where live connections show what arrives (the REPL points it above its prompt). */
    public LiveOutput liveOutput() {
        return liveOutput;
    }

    /** Drops the WebSocket connection, if one was opened (the shell is leaving). */
    public synchronized void dropLive() {
        if (live != null) {
            live.abort();
        }
    }

    public Scripting scripting() {
        return scripting;
    }

    /** The clock and pause of commands that wait between sends (watch, retry); tests replace it. */
    public Pacer pacer() {
        return pacer;
    }

    public void pacer(Pacer replacement) {
        pacer = replacement;
    }
}
