package dev.restsh.shell.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.line.LineSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading curl command lines, and writing them with POSIX quoting. */
class CurlTest {
    private static CurlRequest parse(String line) {
        return new CurlParser(Map.of("id", "7"), Path.of("")).parse(LineSplitter.split(line));
    }

    private static String body(RequestSpec spec) {
        return new String(spec.body(), StandardCharsets.UTF_8);
    }

    @Test
    void dataMeansPostWithAFormBodyJoinedByAmpersands() {
        CurlRequest curl = parse("-H 'X-A: 1' -d a=1 --data-raw '@b=2' http://h/x");
        assertThat(curl.spec().method()).isEqualTo("POST");
        assertThat(body(curl.spec())).isEqualTo("a=1&@b=2");
        assertThat(curl.spec().headers().first("content-type")).contains("application/x-www-form-urlencoded");
        assertThat(curl.spec().headers().first("x-a")).contains("1");
        assertThat(curl.follow()).isFalse();
    }

    @Test
    void methodJsonUserCookiesAndBundledFlags() {
        CurlRequest curl = parse("-sSLk -XPATCH --json '{\"a\":1}' -u ann:pw -b 'c=1' -b d=2 h:1/items/{{id}}");
        RequestSpec spec = curl.spec();
        assertThat(spec.method()).isEqualTo("PATCH");
        assertThat(spec.url()).hasToString("http://h:1/items/7");
        assertThat(body(spec)).isEqualTo("{\"a\":1}");
        assertThat(spec.headers().first("content-type")).contains("application/json");
        assertThat(spec.headers().first("accept")).contains("application/json");
        assertThat(spec.headers().first("authorization")).contains("Basic YW5uOnB3");
        assertThat(spec.headers().first("cookie")).contains("c=1; d=2");
        assertThat(curl.follow()).isTrue();
        assertThat(curl.insecure()).isTrue();
    }

    @Test
    void cacertNamesAFileFromTheWorkingDirectory() {
        assertThat(parse("--cacert ca.pem https://h/").caFile()).isEqualTo(Path.of("ca.pem"));
        assertThat(parse("https://h/").caFile()).isNull();
    }

    @Test
    void getMovesDataToTheQueryAndHeadIsHead() {
        CurlRequest get = parse("-G -d q=1 -d r=2 http://h/s");
        assertThat(get.spec().method()).isEqualTo("GET");
        assertThat(get.spec().url()).hasToString("http://h/s?q=1&r=2");
        assertThat(get.spec().body()).isEmpty();
        assertThat(parse("-I http://h/").spec().method()).isEqualTo("HEAD");
    }

    @Test
    void multiLinePastesWithBackslashNewlinesWork() {
        CurlRequest curl = parse("-X DELETE \\\n  -H 'X-A: 1' \\\n  http://h/x");
        assertThat(curl.spec().method()).isEqualTo("DELETE");
        assertThat(curl.spec().url()).hasToString("http://h/x");
    }

    @Test
    void unknownFlagsAreNamed() {
        assertThatThrownBy(() -> parse("--proxy-anyauth http://h/"))
                .hasMessageContaining("--proxy-anyauth")
                .hasMessageContaining("-X -H -d");
        assertThatThrownBy(() -> parse("-o out.html http://h/")).hasMessageContaining("-o");
        assertThatThrownBy(() -> parse("-X")).hasMessageContaining("-X needs a value");
        assertThatThrownBy(() -> parse("-u ann http://h/")).hasMessageContaining("USER:PASSWORD");
    }

    @Test
    void userWithoutPasswordIsAskedForItAsCurlDoes() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        CurlRequest curl = new CurlParser(Map.of(), Path.of(""), user -> {
                    asked.add(user);
                    return java.util.Optional.of("s3cret");
                })
                .parse(LineSplitter.split("-u ann http://h/"));
        assertThat(asked).containsExactly("ann");
        assertThat(curl.spec().headers().first("authorization"))
                .contains("Basic " + java.util.Base64.getEncoder().encodeToString("ann:s3cret".getBytes()));
    }

    @Test
    void quotingIsPosix() {
        assertThat(CurlExporter.quote("plain/path-1.json")).isEqualTo("plain/path-1.json");
        assertThat(CurlExporter.quote("it's $HOME `x` \"q\"")).isEqualTo("'it'\\''s $HOME `x` \"q\"'");
        assertThat(CurlExporter.quote("")).isEqualTo("''");
    }

    @Test
    void ansiCQuotesReadBashEscapes() {
        assertThat(LineSplitter.split("a$'O\\'Brien \\\"q\\\" \\\\'b")).containsExactly("aO'Brien \"q\" \\b");
        assertThat(LineSplitter.split(
                        "$'\\n\\t\\r\\a\\b\\e\\f\\v\\x41\\101\\u00e9\\U0001F600\\xc3\\xa9\\cA\\q' \"$'x'\""))
                .containsExactly("\n\t\r\u0007\b\u001b\f\u000bAAé\uD83D\uDE00é\u0001\\q", "$'x'");
        assertThatThrownBy(() -> LineSplitter.split("$'open")).hasMessageContaining("unclosed $' quote");
    }

    /** The error for an unknown flag lists what restsh reads; each flag it lists is one it reads. */
    @Test
    void everyFlagTheErrorListsIsRead() {
        String message = "";
        try {
            parse("--proxy-anyauth http://h/x");
        } catch (dev.restsh.shell.RestshException e) {
            message = e.getMessage();
        }
        assertThat(message).startsWith("curl: restsh does not know --proxy-anyauth (it reads ");
        String[] listed = message.substring(message.indexOf("(it reads ") + 10, message.length() - 1)
                .split(" ");
        assertThat(listed).contains("-X", "--connect-timeout", "--url", "--http2", "-i");
        for (String flag : listed) {
            // A flag that takes a value takes "1"; the URL comes after it either way.
            String line = flag + " 1 http://h/x";
            try {
                parse(line);
            } catch (dev.restsh.shell.RestshException e) {
                assertThat(e.getMessage()).as(line).doesNotContain("does not know");
            }
        }
    }
}
