package dev.restsh.shell.config;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.ClientCertificate;
import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.inspect.Suggestions;
import dev.restsh.shell.oauth.OAuth2Login;
import dev.restsh.shell.oauth.OAuth2Settings;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.CredentialRenewal;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which named environment the session uses ({@code use NAME}, {@code --env NAME}), and switching: the new one's
 * base URL, headers, auth, variables, client certificate and proxy replace the previous one's, and what it does not
 * set goes back to what the session had before the first environment. An OAuth2 {@code auth} signs in as the
 * environment is used, through its certificate and proxy.
 */
public final class EnvironmentSwitch {
    /** Signs in with an environment's OAuth2 settings; the session has the environment's TLS and proxy by then. */
    public interface SignIn {
        OAuth2Login signIn(OAuth2Settings settings, Session session);
    }

    private final SecretValues secrets;
    private final SignIn signIn;
    private Environment current;
    private Before before;
    private Map<String, String> headersSet = Map.of();
    private Map<String, String> variablesSet = Map.of();

    /** The session's own settings before any environment, restored where an environment sets nothing. */
    private record Before(URI base, Auth auth, CredentialRenewal renewal, TlsSettings tls, ProxySetting proxy) {
        static Before of(Session session) {
            return new Before(
                    session.base(),
                    session.auth().orElse(null),
                    session.credentialRenewal(),
                    session.tls(),
                    session.proxy());
        }

        void restore(Session session) {
            session.base(base);
            session.auth(auth);
            session.credentialRenewal(renewal);
            session.tls(tls);
            session.proxy(proxy);
        }
    }

    public EnvironmentSwitch(SecretValues secrets, SignIn signIn) {
        this.secrets = secrets;
        this.signIn = signIn;
    }

    public Optional<Environment> current() {
        return Optional.ofNullable(current);
    }

    /** Switches to the environment of this name (secrets resolved first: a failure changes nothing). */
    public Environment use(String name, Map<String, Environment> known, Session session) {
        Environment chosen = known.get(name);
        if (chosen == null) {
            throw RestshException.usage(
                    known.isEmpty()
                            ? "no environments: write them in " + EnvironmentFiles.PROJECT_FILE + " (or "
                                    + EnvironmentFiles.PERSONAL_FILE + " in the config folder)"
                            : "unknown environment '" + name + "'" + Suggestions.hint(name, known.keySet())
                                    + " (known: " + String.join(", ", known.keySet()) + ")");
        }
        Resolved resolved = new Resolved(chosen, secrets);
        if (before == null) {
            before = Before.of(session);
        }
        Before previous = Before.of(session);
        Map<String, String> previousHeaders = headersSet;
        Map<String, String> previousVariables = variablesSet;
        leave(session);
        session.base(resolved.base != null ? UrlResolver.base(resolved.base) : before.base());
        resolved.headers.forEach((header, value) -> session.headers().set(header, value));
        session.variables().putAll(resolved.vars);
        EnvironmentAuth auth = resolved.auth;
        session.auth(auth == null ? before.auth() : auth.credentials());
        session.credentialRenewal(auth == null ? before.renewal() : CredentialRenewal.NONE);
        session.tls(resolved.cert != null ? before.tls().withClient(resolved.cert) : before.tls());
        session.proxy(resolved.proxy != null ? resolved.proxy : before.proxy());
        headersSet = resolved.headers;
        variablesSet = resolved.vars;
        if (auth != null && auth.signIn() != null) {
            try {
                OAuth2Login login = signIn.signIn(auth.signIn(), session);
                session.auth(Auth.oauth2(login));
                session.credentialRenewal(login);
            } catch (RuntimeException failed) {
                // The sign-in failed: the session goes back to the environment it was in.
                leave(session);
                previous.restore(session);
                previousHeaders.forEach((header, value) -> session.headers().set(header, value));
                session.variables().putAll(previousVariables);
                headersSet = previousHeaders;
                variablesSet = previousVariables;
                throw failed;
            }
        }
        current = chosen;
        return chosen;
    }

    /** Leaves the current environment: the session's own settings come back. */
    public void clear(Session session) {
        if (before == null) {
            return;
        }
        leave(session);
        before.restore(session);
        current = null;
    }

    private void leave(Session session) {
        headersSet.forEach((header, value) -> {
            if (session.headers().first(header).filter(value::equals).isPresent()) {
                session.headers().remove(header);
            }
        });
        variablesSet.forEach((variable, value) -> session.variables().remove(variable, value));
        headersSet = Map.of();
        variablesSet = Map.of();
    }

    /** An environment's values with every {@code ${env:…}}/{@code ${cmd:…}} filled. */
    private static final class Resolved {
        final String base;
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, String> vars = new LinkedHashMap<>();
        final EnvironmentAuth auth;
        final ClientCertificate cert;
        final ProxySetting proxy;

        Resolved(Environment environment, SecretValues secrets) {
            String where = "environment " + environment.name();
            base = secrets.resolve(environment.text("base"), where + ": base");
            environment
                    .table("headers")
                    .forEach((name, value) -> headers.put(name, secrets.resolve(value, where + ": headers." + name)));
            environment
                    .table("vars")
                    .forEach((name, value) -> vars.put(name, secrets.resolve(value, where + ": vars." + name)));
            auth = EnvironmentAuth.of(environment.values().get("auth"), secrets, where + ": auth");
            String certFile = secrets.resolve(environment.text("cert"), where + ": cert");
            String keyFile = secrets.resolve(environment.text("cert-key"), where + ": cert-key");
            cert = certFile == null
                    ? null
                    : new ClientCertificate(
                            relative(environment, certFile),
                            keyFile == null ? null : relative(environment, keyFile),
                            secrets.resolve(environment.text("cert-key-pass"), where + ": cert-key-pass"));
            String proxyText = secrets.resolve(environment.text("proxy"), where + ": proxy");
            proxy = proxyText == null ? null : ProxySetting.parse(proxyText);
        }

        /** A file named in an environment, relative to the folder of the (last) file that defines it. */
        private static Path relative(Environment environment, String file) {
            Path path = Path.of(file);
            Path folder =
                    environment.sources().get(environment.sources().size() - 1).getParent();
            return path.isAbsolute() || folder == null ? path : folder.resolve(path);
        }
    }
}
