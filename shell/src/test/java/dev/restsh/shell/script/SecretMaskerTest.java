package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {
    @Test
    void secretsBecomeVariablesAndTheirNamesAreCollected() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("post /ips ip=1.2.3.4 'Authorization:Bearer abc.def'"))
                .isEqualTo("post /ips ip=1.2.3.4 Authorization:{{AUTHORIZATION}}");
        assertThat(masker.mask("auth bearer s3cr3t")).isEqualTo("auth bearer {{TOKEN}}");
        assertThat(masker.mask("auth basic alice:wonderland")).isEqualTo("auth basic alice:{{PASSWORD}}");
        assertThat(masker.mask("header X-Api-Key: k-123")).isEqualTo("header X-Api-Key: {{X_API_KEY}}");
        assertThat(masker.mask("set api_token=xyz")).isEqualTo("set api_token={{API_TOKEN}}");
        assertThat(masker.mask("get /login password==hunter2")).isEqualTo("get /login password=={{PASSWORD}}");
        assertThat(masker.variables())
                .containsExactlyInAnyOrder("AUTHORIZATION", "TOKEN", "PASSWORD", "X_API_KEY", "API_TOKEN");
    }

    @Test
    void curlCredentialsBecomeVariables() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("curl -u bob:pw -b 'sid=1' http://h/x -H 'X-Api-Key: k' -H 'Accept: */*'"))
                .isEqualTo("curl -u {{CREDENTIALS}} -b {{COOKIE}} http://h/x -H 'X-Api-Key: {{X_API_KEY}}'"
                        + " -H 'Accept: */*'");
        assertThat(masker.mask("curl http://h/x --oauth2-bearer t"))
                .isEqualTo("curl http://h/x --oauth2-bearer {{TOKEN}}");
        assertThat(masker.mask("curl -u {{CREDENTIALS}} http://h/x")).isEqualTo("curl -u {{CREDENTIALS}} http://h/x");
    }

    @Test
    void linesWithoutSecretsOrWithPlaceholdersStayAsTyped() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("get  /get_ips   limit==2")).isEqualTo("get  /get_ips   limit==2");
        assertThat(masker.mask("get /x Authorization:{{AUTHORIZATION}}"))
                .isEqualTo("get /x Authorization:{{AUTHORIZATION}}");
        assertThat(masker.mask("auth basic alice")).isEqualTo("auth basic alice");
        assertThat(masker.mask("expect response.json()['token'] != ''"))
                .isEqualTo("expect response.json()['token'] != ''");
        assertThat(masker.mask("get /token=1")).isEqualTo("get /token=1");
        assertThat(masker.variables()).isEmpty();
    }
}
