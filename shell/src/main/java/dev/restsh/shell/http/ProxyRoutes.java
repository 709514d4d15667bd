package dev.restsh.shell.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Where a request goes under one {@link ProxySetting}: its proxy, if any, and the credentials for that proxy. */
final class ProxyRoutes extends ProxySelector {
    private final EnvProxies env;
    private final ProxySetting setting;

    ProxyRoutes(EnvProxies env, ProxySetting setting) {
        this.env = env;
        this.setting = setting == null ? ProxySetting.ENVIRONMENT : setting;
    }

    /** The proxy URL for this target (with any credentials), or empty to go direct. */
    Optional<URI> proxyUrl(URI target) {
        if (setting == ProxySetting.NONE) {
            return Optional.empty();
        }
        if (setting.fromEnvironment()) {
            return env.proxyUrl(target);
        }
        return env.bypassed(target.getHost()) ? Optional.empty() : Optional.of(setting.url());
    }

    Optional<Proxy> proxy(URI target) {
        return proxyUrl(target)
                .map(url ->
                        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(url.getHost(), Ports.of(url))));
    }

    /** {@code Basic …} for the proxy of this target when its URL carries {@code user:pass@}. */
    Optional<String> authorization(URI target) {
        return proxyUrl(target).filter(url -> url.getRawUserInfo() != null).map(UrlCredentials::basic);
    }

    /** Whether any request could go through a proxy (so clients without one can be used otherwise). */
    boolean any() {
        return setting == ProxySetting.ENVIRONMENT ? env.any() : setting != ProxySetting.NONE;
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(proxy(uri).orElse(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException error) {
        // The request fails with the error itself; there is no other proxy to try.
    }
}
