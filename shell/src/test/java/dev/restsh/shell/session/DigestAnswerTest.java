package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The digest maths against the worked examples of RFC 7616 §3.9.1 and RFC 2617 §3.5. */
class DigestAnswerTest {
    private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String RFC7616_OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    private static String rfc7616(String algorithm) {
        return "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=" + algorithm + ", nonce=\""
                + RFC7616_NONCE + "\", opaque=\"" + RFC7616_OPAQUE + "\"";
    }

    private static String answer(String challenge, String password, String cnonce) {
        return DigestAnswer.authorization(
                DigestAnswer.parse(challenge).orElseThrow(), "Mufasa", password, "GET", "/dir/index.html", cnonce, 1);
    }

    @Test
    void rfc7616Sha256() {
        assertThat(answer(rfc7616("SHA-256"), "Circle of Life", RFC7616_CNONCE))
                .isEqualTo("Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\","
                        + " algorithm=SHA-256, nonce=\"" + RFC7616_NONCE + "\", nc=00000001, cnonce=\"" + RFC7616_CNONCE
                        + "\", qop=auth, response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\","
                        + " opaque=\"" + RFC7616_OPAQUE + "\"");
    }

    @Test
    void rfc7616Md5() {
        assertThat(answer(rfc7616("MD5"), "Circle of Life", RFC7616_CNONCE))
                .contains("algorithm=MD5,")
                .contains("response=\"8ca523f5e9506fed4657c9700eebdbec\"");
    }

    @Test
    void rfc2617Md5WithoutAnAlgorithmNamed() {
        String challenge = "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";
        assertThat(answer(challenge, "Circle Of Life", "0a4f113b"))
                .contains("response=\"6629fae49393a05397450978507c4ef1\"");
        // MD5-sess: HA1 = MD5(MD5(user:realm:pass):nonce:cnonce); the value computed independently (Python hashlib).
        assertThat(answer(challenge.replace("qop=", "algorithm=MD5-sess, qop="), "Circle Of Life", "0a4f113b"))
                .contains("algorithm=MD5-sess,")
                .contains("response=\"8e3825c57e897f5a0dec6c2d4e5059d0\"");
    }

    @Test
    void findsTheDigestChallengeAmongOthersAndSkipsWhatItCannotAnswer() {
        assertThat(DigestAnswer.parse("Basic realm=\"x\", Digest realm=\"a, b\", nonce=\"n\\\"1\", qop=auth")
                        .orElseThrow()
                        .params())
                .isEqualTo(Map.of("realm", "a, b", "nonce", "n\"1", "qop", "auth"));
        assertThat(DigestAnswer.parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"))
                .isEmpty();
        assertThat(DigestAnswer.parse("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""))
                .isEmpty();
        assertThat(DigestAnswer.parse("Bearer realm=\"r\"")).isEmpty();
    }
}
