package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.repl.SecretFilter;
import org.junit.jupiter.api.Test;

/** One list of secret words: what -v and env mask is what the history file leaves out. */
class SecretsTest {
    @Test
    void headersNamedLikeSecretsAreMasked() {
        for (String name : new String[] {
            "Authorization",
            "Proxy-Authorization",
            "Cookie",
            "Set-Cookie",
            "X-Api-Key",
            "api_key",
            "X-Auth-Token",
            "Client-Secret",
            "X-Password",
            "X-Passwd",
            "X-Credential"
        }) {
            assertThat(Secrets.isSecret(name)).as(name).isTrue();
            assertThat(SecretFilter.containsSecret(name + ": v")).as(name).isTrue();
        }
        assertThat(Secrets.isSecret("Accept")).isFalse();
        assertThat(Secrets.isSecret("X-Request-Id")).isFalse();
        assertThat(SecretFilter.containsSecret("Accept: application/json")).isFalse();
    }

    @Test
    void theSchemeOfAnAuthorizationStaysReadable() {
        assertThat(Secrets.mask("Authorization", "Bearer abc")).isEqualTo("Bearer ***");
        assertThat(Secrets.mask("X-Credential", "abc")).isEqualTo("***");
        assertThat(Secrets.mask("Accept", "text/plain")).isEqualTo("text/plain");
    }
}
