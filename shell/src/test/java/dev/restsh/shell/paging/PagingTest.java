package dev.restsh.shell.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** next/prev and --all-pages over a loopback server that pages with RFC 8288 Link headers. */
class PagingTest {
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    PagingTest() {
        server.route("/items", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = query == null ? 1 : Integer.parseInt(query.replace("page=", ""));
            if (page < 3) {
                exchange.getResponseHeaders().add("Link", "</items?page=" + (page + 1) + ">; rel=\"next\"");
            }
            if (page > 1) {
                exchange.getResponseHeaders().add("Link", "</items?page=" + (page - 1) + ">; rel=\"prev\"");
            }
            exchange.getResponseHeaders()
                    .add(
                            "X-Auth-Seen",
                            String.valueOf(exchange.getRequestHeaders().getFirst("X-Key")));
            send(exchange, "{\"total\": 6, \"items\": [" + (2 * page - 1) + ", " + (2 * page) + "]}");
        });
        server.route("/plain", exchange -> send(exchange, "[1, 2]"));
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        LoopbackServer.reply(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private ShellHarness shell() {
        return new ShellHarness(server.base());
    }

    @Test
    void nextAndPrevFollowTheLinksWithTheSameHeaders() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /items X-Key:secret")).isZero();
        assertThat(shell.line("next")).isZero();
        assertThat(shell.line("next")).isZero();
        shell.clear();
        shell.line("response.json()['items']");
        shell.line("response.headers['x-auth-seen']");
        shell.line("response.links['prev']['url']");
        assertThat(shell.out())
                .contains("5,")
                .contains("6")
                .contains("secret\n")
                .endsWith("/items?page=2\n");
        assertThat(shell.line("prev")).isZero();
        assertThat(shell.line("history")).isZero();
        assertThat(shell.out()).contains("_4 ").contains("page=2");
    }

    @Test
    void pagingTakesTheRequestsOutputOptions() {
        ShellHarness shell = shell();
        assertThat(shell.line("get /items")).isZero();
        shell.clear();
        assertThat(shell.line("next -b")).as(shell::err).isZero();
        assertThat(shell.err()).as("-b: no status line").doesNotContain("HTTP/1.1");
        assertThat(shell.out().replaceAll("\\s", "")).contains("\"items\":[3,4]");
        shell.clear();
        assertThat(shell.line("next -h")).isZero();
        assertThat(shell.out())
                .as("-h: the response's headers, as on get")
                .contains("HTTP/1.1 200")
                .doesNotContain("[5,");
        shell.clear();
        assertThat(shell.line("prev --print=b")).isZero();
        assertThat(shell.err()).doesNotContain("HTTP/1.1");
        assertThat(shell.out().replaceAll("\\s", "")).isEqualTo("{\"total\":6,\"items\":[3,4]}");
        shell.clear();
        assertThat(shell.line("next --help")).isZero();
        assertThat(shell.out()).contains("Usage:").contains("--body");
    }

    @Test
    void theLastPageHasNoNext() {
        ShellHarness shell = shell();
        shell.line("get /items page==3");
        shell.clear();
        assertThat(shell.line("next")).isEqualTo(2);
        assertThat(shell.err()).isEqualTo("restsh: this response has no rel=\"next\" link (it may be the last page)\n");
    }

    @Test
    void aServerWithoutLinksSaysSo() {
        ShellHarness shell = shell();
        shell.line("get /plain");
        shell.clear();
        assertThat(shell.line("next")).isEqualTo(2);
        assertThat(shell.err()).contains("no Link header");
    }

    @Test
    void allPagesJoinsTheArraysAndKeepsEveryPageInTheHistory() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("get", "/items", "--all-pages")).isZero();
        assertThat(shell.out().replaceAll("\\s", "")).isEqualTo("{\"total\":6,\"items\":[1,2,3,4,5,6]}");
        assertThat(shell.err().lines().filter(line -> line.startsWith("HTTP/1.1 200")))
                .hasSize(3);
        assertThat(shell.context().session().history().size()).isEqualTo(3);
        shell.clear();
        assertThat(shell.oneShot("get", "/items", "--all-pages", "-b")).isZero();
        assertThat(shell.out().replaceAll("\\s", "")).isEqualTo("{\"total\":6,\"items\":[1,2,3,4,5,6]}");
        assertThat(shell.err()).as("-b: no status lines").doesNotContain("HTTP/1.1");
    }

    @Test
    void maxPagesStopsWithAClearMessage() {
        ShellHarness shell = shell();
        assertThat(shell.oneShot("get", "/items", "--all-pages", "--max-pages", "2"))
                .isEqualTo(2);
        assertThat(shell.err()).contains("stopped after 2 pages");
    }
}
