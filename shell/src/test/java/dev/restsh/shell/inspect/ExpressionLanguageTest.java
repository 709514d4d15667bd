package dev.restsh.shell.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.TutorialServer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the differential test cannot check against CPython: the bound on runaway expressions, syntax errors with
 * their caret, and the REPL's lines ({@code p}, {@code pp}, bare expressions) over the tutorial's endpoint.
 */
class ExpressionLanguageTest {
    private static TutorialServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TutorialServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ShellHarness tutorial() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /get_ips")).as(shell::err).isZero();
        shell.clear();
        return shell;
    }

    @Test
    void ppPrintsWhatTheTutorialsPythonClientPrinted() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("pp response.json()")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("{'results': [{'ip': '1.2.3.4'}, {'ip': '9.2.3.4'}]}\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "[x['ip'] for x in response.json()['results']]         | ['1.2.3.4', '9.2.3.4']",
                "response.status_code in (200, 201)                    | true",
                "response.status_code // 100                           | 2",
                "str(response.status_code) + '!'                       | 200!",
                "response.json().get('missing', 'default')             | default",
                "response.json()['results'][0]['ip'].split('.')        | ['1', '2', '3', '4']",
                "max(1, 2)                                             | 2",
                "sorted(response.json()['results'], key=lambda x: x['ip'], reverse=True)[0]['ip'] | \"9.2.3.4\"",
                "response.json().keys()                                | dict_keys(['results'])",
                "(200, 'OK')                                           | (200, 'OK')",
                "0.1 + 0.2                                             | 0.30000000000000004",
                "2 ** 100                                              | 1267650600228229401496703205376",
                "{'b': 1, 'a': 2}                                      | {'b': 1, 'a': 2}",
                "print('ip', response.json()['results'][0]['ip'], sep=': ') | ip: 1.2.3.4",
            })
    void aPdbUsersNextLinesWork(String expression, String printed) {
        ShellHarness shell = tutorial();
        assertThat(shell.line(expression)).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo(printed + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "'x' * 10**12                   | MemoryError: the result would exceed",
                "list(range(10**12))            | MemoryError: the result would exceed",
                "10 ** 10 ** 10                 | MemoryError: the result would have more than",
                "[x for x in range(10**9)]      | MemoryError: the result would exceed",
                "sum(x for x in range(10**12))  | RuntimeError: stopped after",
            })
    void aRunawayExpressionStopsWithOneLine(String expression, String message) {
        Budget small = new Budget(1_000_000, 100_000, Duration.ofMinutes(5));
        assertThatThrownBy(() -> new Evaluator(empty()).evaluate(expression, small))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theDefaultBoundStopsARunawayLineInTheShell() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("len('x' * 10**12)")).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: MemoryError: the result would exceed 20000000 items");
        shell.clear();
        assertThat(shell.line("len(range(10**12))")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("1000000000000\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "1 +            | SyntaxError: unexpected end of expression | 3",
                "(1, 2          | SyntaxError: expected ')', found end of expression | 5",
                "'abc           | SyntaxError: unterminated string literal | 0",
                "1 = 1          | SyntaxError: use '==' to compare | 2",
                "[x for x in]   | SyntaxError: unexpected ']' | 11",
                "1 $ 2          | SyntaxError: invalid character '$' | 2",
                "12abc          | SyntaxError: invalid decimal literal | 0",
            })
    void syntaxErrorsPointAtTheirPlace(String expression, String message, int position) {
        assertThatThrownBy(() -> new Evaluator(empty()).evaluate(expression))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @Test
    void comprehensionAndLambdaNamesDoNotLeakAndShadowTheScope() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("[response for response in [1, 2]]"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("(lambda response: response * 2)(21)"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("response.status_code")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("[1, 2]\n42\n200\n");
    }

    @Test
    void anErrorInsideALambdaPointsIntoIt() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("sorted([1, 2], key=lambda x: x['ip'])")).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: TypeError: 'int' object is not subscriptable (column 31)");
    }

    @Test
    void raiseForStatusRaisesAnHttpErrorForA4xxAsRequestsDoes() {
        ShellHarness shell = tutorial();
        shell.clear();
        assertThat(shell.line("response.raise_for_status()")).as(shell::err).isZero();
        assertThat(shell.out())
                .as("None on a line of its own prints nothing, as at Python's prompt")
                .isEmpty();
        assertThat(shell.line("p response.raise_for_status()")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("None\n");
        assertThat(shell.line("get /nope")).isEqualTo(4);
        shell.clear();
        assertThat(shell.line("response.raise_for_status()")).isEqualTo(2);
        assertThat(shell.err())
                .startsWith("restsh: HTTPError: 404 Client Error: Not Found for url: " + server.base() + "/nope");
    }

    @Test
    void helpDescribesTheResponseAndItsMethodsAsPydocDoes() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("help(response.json)")).as(shell::err).isZero();
        assertThat(shell.out())
                .isEqualTo("Help on method json in module requests.models:\n\n"
                        + "json(**kwargs) method of requests.models.Response instance\n"
                        + "    Returns the json-encoded content of a response, if any.\n");
        shell.clear();
        assertThat(shell.line("help(response)")).as(shell::err).isZero();
        assertThat(shell.out())
                .startsWith("Help on Response in module requests.models object:\n\nclass Response(builtins.object)\n")
                .contains(" |  raise_for_status()\n |      Raises HTTPError, if one occurred.\n");
        shell.clear();
        assertThat(shell.line("help(len)")).as(shell::err).isZero();
        assertThat(shell.out()).startsWith("Help on built-in function len in module builtins:\n\nlen(obj, /)\n");
    }

    @Test
    void letKeepsPythonValuesAsJsonText() {
        ShellHarness shell = tutorial();
        assertThat(shell.line("let ips = [x['ip'] for x in response.json()['results']]"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("let pair = {'n': 2 ** 70, 'ok': True, 'pi': 3.5, 't': (1, None)}"))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("let ip = response.json()['results'][0]['ip']"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out())
                .isEqualTo("ips = [\"1.2.3.4\",\"9.2.3.4\"]\n"
                        + "pair = {\"n\":1180591620717411303424,\"ok\":true,\"pi\":3.5,\"t\":[1,null]}\n"
                        + "ip = 1.2.3.4\n");
        shell.clear();
        assertThat(shell.line("let r = response")).isEqualTo(2);
        assertThat(shell.err()).contains("a variable holds text, not a Response");
    }

    private static Scope empty() {
        return new Scope() {
            @Override
            public Optional<Object> lookup(String name) {
                return Optional.empty();
            }

            @Override
            public Collection<String> names() {
                return List.of();
            }
        };
    }
}
