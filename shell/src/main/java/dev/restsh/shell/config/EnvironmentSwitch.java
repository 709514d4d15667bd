package dev.restsh.shell.config;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.ClientCertificate;
import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.inspect.Suggestions;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which named environment the session uses ({@code use NAME}, {@code --env NAME}), and switching: the new one's
 * base URL, headers, auth, variables, client certificate and proxy replace the previous one's, and what it does not
 * set goes back to what the session had before the first environment.
 */
public final class EnvironmentSwitch {
    private final SecretValues secrets;
    private Environment current;
    private Before before;
    private Map<String, String> headersSet = Map.of();
    private Map<String, String> variablesSet = Map.of();

    /** The session's own settings before any environment, restored where an environment sets nothing. */
    private record Before(URI base, Auth auth, TlsSettings tls, ProxySetting proxy) {}

    public EnvironmentSwitch(SecretValues secrets) {
        this.secrets = secrets;
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
            before = new Before(session.base(), session.auth().orElse(null), session.tls(), session.proxy());
        }
        leave(session);
        session.base(resolved.base != null ? UrlResolver.base(resolved.base) : before.base());
        resolved.headers.forEach((header, value) -> session.headers().set(header, value));
        session.variables().putAll(resolved.vars);
        session.auth(resolved.auth != null ? resolved.auth : before.auth());
        session.tls(resolved.cert != null ? before.tls().withClient(resolved.cert) : before.tls());
        session.proxy(resolved.proxy != null ? resolved.proxy : before.proxy());
        headersSet = resolved.headers;
        variablesSet = resolved.vars;
        current = chosen;
        return chosen;
    }

    /** Leaves the current environment: the session's own settings come back. */
    public void clear(Session session) {
        if (before == null) {
            return;
        }
        leave(session);
        session.base(before.base());
        session.auth(before.auth());
        session.tls(before.tls());
        session.proxy(before.proxy());
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
        final Auth auth;
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
            auth = auth(environment.table("auth"), secrets, where + ": auth");
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

        /** {@code auth = { bearer = "…" }}, {@code { basic = "user:pass" }}, {@code { none = true }}, {@code local}. */
        private static Auth auth(Map<String, String> table, SecretValues secrets, String where) {
            if (table.isEmpty()) {
                return null;
            }
            if (table.size() > 1) {
                throw RestshException.usage(where + ": one scheme only, not " + String.join(" and ", table.keySet()));
            }
            Map.Entry<String, String> entry = table.entrySet().iterator().next();
            String value = secrets.resolve(entry.getValue(), where + "." + entry.getKey());
            switch (entry.getKey().toLowerCase(Locale.ROOT)) {
                case "bearer":
                    return Auth.bearer(value);
                case "basic":
                    int colon = value.indexOf(':');
                    if (colon < 0) {
                        throw RestshException.usage(where + ".basic: expected \"USER:PASSWORD\" (the password may be"
                                + " ${env:NAME} or ${cmd:COMMAND})");
                    }
                    return Auth.basic(value.substring(0, colon), value.substring(colon + 1));
                case "local":
                    return Auth.local();
                case "none":
                    return Auth.none();
                default:
                    throw RestshException.usage(
                            where + ": unknown scheme '" + entry.getKey() + "' (known: bearer, basic, local, none)");
            }
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
