package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.net.URI;

/**
 * A proxy's credentials ({@code user:pass@} in its URL) as the {@code Proxy-Authorization} header, sent to that
 * proxy only: on the request itself for http:// (the proxy removes it before passing the request on), on the
 * CONNECT for https:// (java.net.http moves it there). A 407 is the proxy's answer, never the server's: one line.
 */
final class ProxyAuthorization {
    private ProxyAuthorization() {}

    static RequestSpec add(RequestSpec spec, ProxyRoutes proxy) {
        if (spec.headers().contains("proxy-authorization")) {
            return spec; // given by the user as an item
        }
        return proxy.authorization(spec.url())
                .map(value -> {
                    RequestSpec copy = spec.withTarget(spec.method(), spec.url(), spec.body());
                    copy.headers().add("Proxy-Authorization", value);
                    return copy;
                })
                .orElse(spec);
    }

    static void check(Response response, ProxyRoutes proxy) {
        if (response.status() != 407) {
            return;
        }
        URI target = response.request().url();
        URI proxyUrl = proxy.proxyUrl(target).orElse(null);
        if (proxyUrl == null) {
            return; // no proxy on the way: a server's own (odd) 407 is shown as any response
        }
        response.body().cancel();
        String shown = proxyUrl.getScheme() + "://" + proxyUrl.getHost() + ":" + Ports.of(proxyUrl);
        throw new RestshException(
                ExitStatus.NETWORK,
                target + ": the proxy " + shown
                        + (proxyUrl.getRawUserInfo() == null
                                ? " wants credentials (407): give them as --proxy http://USER:PASS@"
                                        + proxyUrl.getHost() + ":" + Ports.of(proxyUrl)
                                : " refused the credentials given (407 Proxy Authentication Required)"));
    }
}
