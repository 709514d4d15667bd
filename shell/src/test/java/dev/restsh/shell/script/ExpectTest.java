package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code expect} typed at the prompt: outcomes, statuses, what a failure shows. */
class ExpectTest {
    @AutoClose
    private final ScriptTestServer server = new ScriptTestServer();

    private final ShellHarness shell = new ShellHarness(server.base());

    @BeforeEach
    void start() {
        assertThat(shell.line("get /get_ips")).isZero();
        shell.clear();
    }

    @Test
    void statusPatternsMatchExactCodesClassesAndAlternatives() {
        assertThat(shell.line("expect status 200")).isZero();
        assertThat(shell.line("expect status 2xx")).isZero();
        assertThat(shell.line("expect status 201,2XX")).isZero();
        assertThat(shell.line("expect status '201|2xx'")).isZero();
        assertThat(shell.line("expect status 204,4xx")).isEqualTo(6);
        assertThat(shell.line("expect status 4xx")).isEqualTo(6);
        assertThat(shell.line("expect status 201")).isEqualTo(6);
        assertThat(shell.err()).contains("status → 200 (expected 201)");
    }

    @Test
    void jqFiltersMustYieldTrue() {
        assertThat(shell.line("expect jq '.results | length == 2'")).isZero();
        assertThat(shell.line("expect jq .results[0].ip")).isEqualTo(6);
        assertThat(shell.err()).contains("jq .results[0].ip → [\"1.2.3.4\"]");
        shell.clear();
        assertThat(shell.line("expect jq '.results[] | .ip | startswith(\"1\")'"))
                .isEqualTo(6);
        assertThat(shell.err()).contains("→ [true, false]");
        assertThat(shell.line("expect jq '.results[['")).isEqualTo(2);
    }

    @Test
    void expressionsUseTruthinessAndShowComputedSides() {
        assertThat(shell.line("expect response.ok")).isZero();
        assertThat(shell.line("expect response.json()['results']")).isZero();
        assertThat(shell.line("expect response.json()['results'][0]['ip'] == response.json()['results'][1]['ip']"))
                .isEqualTo(6);
        assertThat(shell.err())
                .contains("  response.json()['results'][0]['ip'] → \"1.2.3.4\"\n")
                .contains("  response.json()['results'][1]['ip'] → \"9.2.3.4\"\n")
                .doesNotContain("expectation failed at");
        shell.clear();
        assertThat(shell.line("expect not response.ok")).isEqualTo(6);
        assertThat(shell.err()).contains("  not response.ok → false\n");
    }

    @Test
    void badExpressionsAreUsageErrorsAndPassesAreShownAtThePrompt() {
        assertThat(shell.line("expect response.status_code ==")).isEqualTo(2);
        assertThat(shell.err()).contains("restsh: ");
        shell.context().interactive(true);
        assertThat(shell.line("expect status 200")).isZero();
        assertThat(shell.out()).contains("passed: expect status 200");
    }
}
