package dev.restsh.server.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * An OpenID Connect provider on loopback (mock-oauth2-server: discovery, JWKS, token endpoint over real HTTP), with
 * the server under test pointed at its issuer {@value #ISSUER_ID}, the audience {@value #AUDIENCE} and the write
 * role {@value #WRITE_ROLE}. Tests receive it in a field marked {@link Provider}.
 */
public class MockIdentityProvider implements QuarkusTestResourceLifecycleManager {
    static final String ISSUER_ID = "restsh";
    static final String AUDIENCE = "restsh-inventory";
    static final String WRITE_ROLE = "inventory-writer";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Provider {}

    private MockOAuth2Server server;

    @Override
    public Map<String, String> start() {
        server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return Map.of(
                OidcConfigSourceFactory.ISSUER,
                server.issuerUrl(ISSUER_ID).toString(),
                OidcConfigSourceFactory.AUDIENCE,
                AUDIENCE,
                "restsh.oidc.write-role",
                WRITE_ROLE);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(Provider.class, MockOAuth2Server.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
    }
}
