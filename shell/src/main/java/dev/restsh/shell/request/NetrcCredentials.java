package dev.restsh.shell.request;

import dev.restsh.shell.http.Netrc;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.session.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Basic credentials from {@code ~/.netrc} for a request that has none of its own, as curl ({@code --netrc-optional})
 * and HTTPie do: not when the session has auth (even {@code auth none}), the request an Authorization header or
 * its URL a {@code user:pass@}. A file others may read is worth one warning per process.
 */
public final class NetrcCredentials {
    private static final Set<Path> WARNED = ConcurrentHashMap.newKeySet();

    private NetrcCredentials() {}

    public static RequestSpec apply(RequestSpec spec, Session session, Consumer<String> warn) {
        if (session.auth().isPresent()
                || spec.headers().contains("authorization")
                || spec.url().getRawUserInfo() != null) {
            return spec;
        }
        return Netrc.of(session.env())
                .flatMap(netrc -> {
                    if (netrc.readableByOthers() && WARNED.add(netrc.file())) {
                        warn.accept("warning: " + netrc.file()
                                + " can be read by other users: chmod 600 it (it holds passwords)");
                    }
                    return netrc.loginFor(spec.url().getHost());
                })
                .map(login -> {
                    RequestSpec copy = spec.withTarget(spec.method(), spec.url(), spec.body());
                    byte[] pair = (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8);
                    copy.headers()
                            .add("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair));
                    return copy;
                })
                .orElse(spec);
    }
}
