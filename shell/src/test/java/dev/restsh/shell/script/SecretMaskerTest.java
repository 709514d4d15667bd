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
        assertThat(masker.mask("auth digest alice:wonderland")).isEqualTo("auth digest alice:{{PASSWORD}}");
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
    void oauth2SecretsBecomeVariablesAndTheRestOfTheSignInStays() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("auth oauth2 client-credentials --issuer http://id/realms/r --client-id cli"
                        + " --client-secret s3cret --scope 'read write'"))
                .isEqualTo("auth oauth2 client-credentials --issuer http://id/realms/r --client-id cli"
                        + " --client-secret {{CLIENT_SECRET}} --scope 'read write'");
        assertThat(masker.mask("auth oauth2 password --issuer http://id --client-id cli --username ann --password=pw"))
                .isEqualTo("auth oauth2 password --issuer http://id --client-id cli --username ann"
                        + " --password={{PASSWORD}}");
        assertThat(masker.mask("auth oauth2 device --issuer http://id --client-id restsh"))
                .isEqualTo("auth oauth2 device --issuer http://id --client-id restsh");
        assertThat(masker.mask("auth oauth2 password --client-id c --username u --password {{PW}}"))
                .isEqualTo("auth oauth2 password --client-id c --username u --password {{PW}}");
        assertThat(masker.variables()).containsExactlyInAnyOrder("CLIENT_SECRET", "PASSWORD");
    }

    /** The same words as -v and the history filter; a URL's password becomes a variable that base and requests expand. */
    @Test
    void credentialHeadersAndUrlPasswordsBecomeVariables() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("header X-Credential: hunter2")).isEqualTo("header X-Credential: {{X_CREDENTIAL}}");
        assertThat(masker.mask("get a X-Amz-Credential:AKIA1"))
                .isEqualTo("get a X-Amz-Credential:{{X_AMZ_CREDENTIAL}}");
        assertThat(masker.mask("base http://ann:s3cret@h:1/api/"))
                .isEqualTo("base http://ann:{{URL_PASSWORD}}@h:1/api/");
        assertThat(masker.mask("get http://ann:pw@h/x?q=a@b")).isEqualTo("get 'http://ann:{{URL_PASSWORD}}@h/x?q=a@b'");
        assertThat(masker.mask("get http://h/x?q=a:b@c")).isEqualTo("get http://h/x?q=a:b@c");
        assertThat(masker.mask("curl 'http://h/x?access_token=abc&q=1'"))
                .isEqualTo("curl 'http://h/x?access_token={{ACCESS_TOKEN}}&q=1'");
        assertThat(masker.mask("ws 'ws://h/feed?Api-Key=abc'")).isEqualTo("ws 'ws://h/feed?Api-Key={{API_KEY}}'");
        assertThat(masker.variables())
                .contains("X_CREDENTIAL", "X_AMZ_CREDENTIAL", "URL_PASSWORD", "ACCESS_TOKEN", "API_KEY");
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

    @Test
    void aClientKeysPasswordAndAProxysPasswordBecomeVariables() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("get /x --cert c.pem --cert-key k.pem --cert-key-pass hunter2"))
                .isEqualTo("get /x --cert c.pem --cert-key k.pem --cert-key-pass {{CERT_KEY_PASS}}");
        assertThat(masker.mask("get /x --cert-key-pass=hunter2")).isEqualTo("get /x --cert-key-pass={{CERT_KEY_PASS}}");
        assertThat(masker.mask("get /x --proxy http://ann:s3cret@proxy:3128"))
                .isEqualTo("get /x --proxy http://ann:{{URL_PASSWORD}}@proxy:3128");
        assertThat(masker.variables()).containsExactlyInAnyOrder("CERT_KEY_PASS", "URL_PASSWORD");
    }

    /** A secret inside JSON becomes a JSON string holding the variable: the line is still valid JSON. */
    @Test
    void secretFieldsInsideJsonBecomeQuotedVariables() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("send {\"password\":\"x\"}")).isEqualTo("send {\"password\":\"{{PASSWORD}}\"}");
        assertThat(masker.mask("send  [{\"a\": {\"token\": 42}}, {\"b\": null}]"))
                .isEqualTo("send  [{\"a\": {\"token\": \"{{TOKEN}}\"}}, {\"b\": null}]");
        assertThat(masker.mask("send {\"password\":\"{{PASSWORD}}\", \"secret\": null}"))
                .isEqualTo("send {\"password\":\"{{PASSWORD}}\", \"secret\": null}");
        assertThat(masker.mask("post /x 'creds:={\"api_key\": \"k\"}'"))
                .isEqualTo("post /x 'creds:={\"api_key\": \"{{API_KEY}}\"}'");
        assertThat(masker.mask("curl http://h/x -d '{\"client_secret\":\"s\"}'"))
                .isEqualTo("curl http://h/x -d '{\"client_secret\":\"{{CLIENT_SECRET}}\"}'");
        assertThat(masker.mask("ws ws://h/feed --send '{\"password\":\"x\"}'"))
                .isEqualTo("ws ws://h/feed --send '{\"password\":\"{{PASSWORD}}\"}'");
        assertThat(masker.mask("send {\"subscribe\": {\"scope\": \"docs\"}}"))
                .isEqualTo("send {\"subscribe\": {\"scope\": \"docs\"}}");
        assertThat(masker.variables()).containsExactlyInAnyOrder("PASSWORD", "TOKEN", "API_KEY", "CLIENT_SECRET");
    }
}
