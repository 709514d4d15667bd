package dev.restsh.server.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns {@code restsh.oidc.issuer} (RESTSH_OIDC_ISSUER) and {@code restsh.oidc.audience} into quarkus-oidc's
 * default tenant. Without an issuer the tenant stays disabled, so quarkus-oidc neither discovers a provider nor
 * complains that none is configured.
 *
 * <p>Ordinal as {@code DatabaseSelectionConfigSourceFactory}: above application.properties, below environment
 * variables, so an explicit {@code QUARKUS_OIDC_...} setting still wins.
 */
public final class OidcConfigSourceFactory implements ConfigSourceFactory {
    static final int ORDINAL = 275;
    /** The provider's issuer URL (RESTSH_OIDC_ISSUER); discovery is read from below it. */
    public static final String ISSUER = "restsh.oidc.issuer";
    /** An audience the token must name (RESTSH_OIDC_AUDIENCE); any when unset. */
    public static final String AUDIENCE = "restsh.oidc.audience";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> oidc = new HashMap<>();
        String issuer = value(context, ISSUER);
        oidc.put("quarkus.oidc.tenant-enabled", String.valueOf(issuer != null));
        if (issuer != null) {
            oidc.put("quarkus.oidc.auth-server-url", issuer);
            String audience = value(context, AUDIENCE);
            if (audience != null) {
                oidc.put("quarkus.oidc.token.audience", audience);
            }
        }
        return List.of(new PropertiesConfigSource(oidc, "restsh OpenID Connect provider", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return null;
        }
        return value.getValue().trim();
    }
}
