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

    @Test
    void unknownNamesAreErrors() {
        assertThatThrownBy(() -> placeholders.expand("get /{{missing}}"))
                .hasMessageStartingWith("unknown variable {{missing}}: pass --var missing=VALUE");
    }
}
