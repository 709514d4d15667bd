package dev.restsh.shell.session;

import dev.restsh.shell.http.ApiClient;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.live.MessageLog;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one session: base URL, headers and credentials sent with every request, variables, the
 * response history, and the environment it reads (proxies, token and session files; replaced in tests).
 */
public final class Session {
    public static final String DEFAULT_BASE = "http://localhost:8080";

    private URI base;
    private final Headers headers = new Headers();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final ExchangeHistory history = new ExchangeHistory();
    private final MessageLog messages = new MessageLog();
    private Map<String, String> env = System.getenv();
    private Auth auth;
    private String name;
    private ApiClient client;
    private boolean interruptible = true;
    private Duration timeout = RequestOptions.DEFAULT_TIMEOUT;
    private TlsSettings tls = TlsSettings.DEFAULT;
    private ProxySetting proxy = ProxySetting.ENVIRONMENT;
    private Runnable requestSent = () -> {};
    private CredentialRenewal credentialRenewal = CredentialRenewal.NONE;
    private RequestCheck requestCheck = RequestCheck.NONE;
    private final Exchanges exchanges = new Exchanges(this);

    public Session(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public void base(URI newBase) {
        base = newBase;
    }

    public Headers headers() {
        return headers;
    }

    /** The messages of the session's live connections (WebSocket, server-sent events): {@code _m1}, {@code _m2} … */
    public MessageLog messages() {
        return messages;
    }

    public Map<String, String> variables() {
        return variables;
    }

    public ExchangeHistory history() {
        return history;
    }

    /** The timeout of requests sent without {@code --timeout} (the config file's {@code timeout}). */
    public Duration timeout() {
        return timeout;
    }

    public void timeout(Duration newTimeout) {
        timeout = newTimeout;
    }

    /** How requests sent without --cacert or --verify check certificates (the config file's {@code cacert}). */
    public TlsSettings tls() {
        return tls;
    }

    public void tls(TlsSettings defaults) {
        tls = defaults;
    }

    /** The proxy of requests sent without --proxy (the config's {@code proxy}; else the environment's variables). */
    public ProxySetting proxy() {
        return proxy;
    }

    public void proxy(ProxySetting defaults) {
        proxy = defaults;
    }

    public Optional<Auth> auth() {
        return Optional.ofNullable(auth);
    }

    public void auth(Auth credentials) {
        auth = credentials;
    }

    public Map<String, String> env() {
        return env;
    }

    /** Replaces the environment; only before the first request (the client reads proxies from it). */
    public void env(Map<String, String> environment) {
        env = environment;
        client = null;
    }

    /** The name of the on-disk session this one is saved to after each request ({@code --session NAME}). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public void name(String sessionName) {
        name = sessionName;
    }

    /** The HTTP client, created on first use (start-up speed: nothing network-related before it is needed). */
    public synchronized ApiClient client() {
        if (client == null) {
            // Through the field: a listener set after the client was made still hears of every request.
            client = new ApiClient(env, () -> requestSent.run(), () -> proxy);
            client.interruptible(interruptible);
        }
        return client;
    }

    /**
     * Whether a request's thread may be interrupted while it waits: the REPL's Ctrl-C does (the default); one-shot,
     * {@code -c} and lines on stdin never do, and there a request skips the hand-over to a worker thread.
     */
    public synchronized void interruptible(boolean waitsInterruptibly) {
        interruptible = waitsInterruptibly;
        if (client != null) {
            client.interruptible(waitsInterruptibly);
        }
    }

    /** Runs for every request that reached the server, whichever command sent it (scripts count them). */
    public void onRequestSent(Runnable listener) {
        requestSent = listener;
    }

    /** What looks at every request before it leaves (the API description's pre-flight check); none by default. */
    public RequestCheck requestCheck() {
        return requestCheck;
    }

    public void requestCheck(RequestCheck check) {
        requestCheck = check == null ? RequestCheck.NONE : check;
    }

    /** The one way this session's requests are sent, kept and shown. */
    public Exchanges exchanges() {
        return exchanges;
    }

    /** What renews the credentials when a server rejects the bearer token (OAuth2); by default nothing. */
    public CredentialRenewal credentialRenewal() {
        return credentialRenewal;
    }

    public void credentialRenewal(CredentialRenewal renewal) {
        credentialRenewal = renewal == null ? CredentialRenewal.NONE : renewal;
    }
}
