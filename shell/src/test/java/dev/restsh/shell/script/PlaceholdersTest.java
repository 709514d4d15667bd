package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.line.LineSplitter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private final Placeholders placeholders = new Placeholders(
            Map.of("auth", "Bearer it's me", "ip", "10.0.0.1", "shadowed", "from-var"),
            Map.of("HOME_DIR", "/home/x y", "shadowed", "from-env"));

    @Test
    void valuesStayOneWordWhereverTheyLand() {
        String line =
                placeholders.expand("get /x Authorization:{{auth}} 'q=={{auth}}' \"h:{{ auth }}\" d={{HOME_DIR}}");
        assertThat(LineSplitter.split(line))
                .containsExactly(
                        "get",
                        "/x",
                        "Authorization:Bearer it's me",
                        "q==Bearer it's me",
                        "h:Bearer it's me",
                        "d=/home/x y");
    }

    @Test
    void variablesComeBeforeTheEnvironmentAndExpressionsGetValuesAsThey() {
        assertThat(placeholders.expand("get /{{shadowed}}")).isEqualTo("get /from-var");
        assertThat(placeholders.expand("expect response.json()['ip'] == '{{ip}}'"))
                .isEqualTo("expect response.json()['ip'] == '10.0.0.1'");
        assertThat(placeholders.expand("get /plain")).isEqualTo("get /plain");
    }

    /** What a saved script holds for a secret inside JSON; the value has a quote, a backslash and an apostrophe. */
    @Test
    void aValueInsideASingleQuotedJsonWordIsEscapedAsJson() {
        Placeholders secret = new Placeholders(Map.of("PASSWORD", "a\"b\\c'd"), Map.of());

        assertThat(LineSplitter.split(secret.expand("post /login creds:='{\"password\":\"{{PASSWORD}}\"}'")))
                .containsExactly("post", "/login", "creds:={\"password\":\"a\\\"b\\\\c'd\"}");
        assertThat(LineSplitter.split(secret.expand("curl -d '[\"{{PASSWORD}}\"]' http://h/")))
                .containsExactly("curl", "-d", "[\"a\\\"b\\\\c'd\"]", "http://h/");
        // As save-script writes them: the whole item quoted, and an apostrophe in the JSON before the placeholder.
        assertThat(LineSplitter.split(
                        secret.expand("post /login 'login:={\"user\": \"ann\", \"password\": \"{{PASSWORD}}\"}'")))
                .containsExactly("post", "/login", "login:={\"user\": \"ann\", \"password\": \"a\\\"b\\\\c'd\"}");
        assertThat(LineSplitter.split(secret.expand("curl -d '{\"name\":\"O'\\''Brien\",\"p\":\"{{PASSWORD}}\"}'")))
                .containsExactly("curl", "-d", "{\"name\":\"O'Brien\",\"p\":\"a\\\"b\\\\c'd\"}");
        assertThat(LineSplitter.split(secret.expand("curl '--data-raw=[\"{{PASSWORD}}\"]'")))
                .containsExactly("curl", "--data-raw=[\"a\\\"b\\\\c'd\"]");
        // Not JSON: an entity tag in quotes keeps the value as it is.
        assertThat(LineSplitter.split(secret.expand("get /x If-Match:'\"{{PASSWORD}}\"'")))
                .containsExactly("get", "/x", "If-Match:\"a\"b\\c'd\"");
    }

    @Test
    void unknownNamesAreErrors() {
        assertThatThrownBy(() -> placeholders.expand("get /{{missing}}"))
                .hasMessageStartingWith("unknown variable {{missing}}: pass --var missing=VALUE");
    }
}
