package dev.restsh.shell.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.FixtureServer;
import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every attribute of the response and request objects, and type/len/dir on every kind of value. */
class ObjectModelTest {
    @AutoClose
    private static final FixtureServer server = new FixtureServer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "response.status_code                 | 200",
                "len('日本語😀')                        | 4",
                "'😀x'[0]                             | 😀",
                "'a😀'[-1]                            | 😀",
                "'x😀yz'[1:3]                         | 😀y",
                "response.reason                      | OK",
                "response.ok                          | true",
                "response.url                         | http://127.0.0.1:PORT/first",
                "response.headers['x-fixture']        | yes",
                "response.headers['CONTENT-TYPE']     | application/json",
                "response.text[0:10]                  | {\"count\":3",
                "len(response.content)                | 151",
                "type(response.content)               | <class 'bytes'>",
                "response.json()['results'][-1]['ip'] | \"10.0.0.2\"",
                "response.json()['results'][0]['tags'][0:1] | `[\n    \"a\"\n]`",
                "type(response.elapsed)               | <class 'timedelta'>",
                "response.elapsed.total_seconds() < 30 | true",
                "response.encoding                    | utf-8",
                "response.cookies                     | `{\n    \"session\": \"abc123\"\n}`",
                "response.history                     | `[<Response [302]>]`",
                "response.history[0].status_code      | 302",
                "response.history[0].is_redirect      | true",
                "response.is_redirect                 | false",
                "response.links['next']['url']        | http://127.0.0.1:PORT/ips?page=2",
                "dir(response.links)                  | ['next', 'last']",
                "response.request.method              | GET",
                "request.url                          | http://127.0.0.1:PORT/links",
                "request.headers['accept']            | application/json, */*;q=0.5",
                "p request.body                       | None",
                "type(request)                        | <class 'PreparedRequest'>",
                "dir(request)                         | ['body', 'headers', 'method', 'path_url', 'url']",
                "request.path_url                     | /links",
                "response.history[0].is_permanent_redirect | false",
                "response.history[0].next.url         | http://127.0.0.1:PORT/first",
                "response.history[0].next.method      | GET",
                "p response.next                      | None",
                "p response.raise_for_status()        | None",
                "response.connection                  | <requests.adapters.HTTPAdapter object>",
                "response.raw                         | <urllib3.response.HTTPResponse object>",
                "type(response)                       | <class 'Response'>",
                "type(response.headers)               | <class 'CaseInsensitiveDict'>",
                "len(response.headers) > 3            | true",
                "'x-fixture' in dir(response.headers) | true",
                "type(response.json())                | <class 'dict'>",
                "dir(response.json())                 | ['count', 'results']",
                "len(response.json()['results'])      | 2",
                "type(response.json()['count'])       | <class 'int'>",
                "type(response.json()['results'][1]['score']) | <class 'float'>",
                "type(response.json()['results'][1]['owner']) | <class 'NoneType'>",
                "type(response.json)                  | <class 'method'>",
                "type(response.status_code)           | <class 'int'>",
                "type(response.ok)                    | <class 'bool'>",
                "type(response.reason)                | <class 'str'>",
                "'strip' in dir(response.reason)      | true",
                "len(response.reason)                 | 2",
                "type(_1)                             | <class 'Response'>",
                "_1.status_code == _.status_code      | true",
                "'router' in response.text and not response.is_redirect | true",
            })
    void evaluates(String expression, String expected) {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /redirect")).as(shell::err).isZero();
        if (expression.contains("links") || expression.contains("cookies") || expression.matches("(p )?request\\..*")) {
            shell.line("get /links");
        }
        if (expression.contains("history") || expression.contains("cookies") || expression.contains("links")) {
            shell.clear();
        }
        shell.clear();
        assertThat(shell.line(expression)).as(shell::err).isZero();
        assertThat(shell.out().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT"))
                .isEqualTo(expected + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "len(response)                 | TypeError: object of type 'Response' has no len() (column 4)",
                "response.status              | AttributeError: 'Response' object has no attribute 'status'; did you mean 'status_code'?",
                "response.json()['result']     | KeyError: 'result'; did you mean 'results'?",
                "response.json()['results'][5] | IndexError: list index out of range (length 2)",
            })
    void errorsPointAtTheOffendingPosition(String expression, String message) {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        shell.clear();
        assertThat(shell.line(expression)).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: " + message).contains("^");
    }
}
