package dev.restsh.shell.http;

import java.net.http.HttpClient;
import java.util.Map;

/**
 * java.net.http clients for what restsh asks on the side of a session's requests (an OAuth2 token endpoint, say):
 * they reach servers as the session's requests do, through the same proxy and with the same TLS settings, a client
 * certificate included.
 */
public final class SideChannelClients {
    private SideChannelClients() {}

    public static HttpClient.Builder builder(Map<String, String> env, ProxySetting proxy, TlsSettings tls) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        ProxyRoutes routes = new ProxyRoutes(new EnvProxies(env), proxy);
        if (routes.any()) {
            builder.proxy(routes);
        }
        return builder.sslContext(tls.context(new CertificateRequests()));
    }
}
