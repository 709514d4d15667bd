package dev.restsh.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --session NAME} is saved after each request, whichever command sent it: every response here sets a cookie
 * that counts the requests, and the session file must hold the newest one.
 */
class NamedSessionSavedTest {
    @TempDir
    Path home;

    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final AtomicInteger requests = new AtomicInteger();

    NamedSessionSavedTest() {
        server.route("/items", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = query == null ? 1 : Integer.parseInt(query.replace("page=", ""));
            if (page < 3) {
                exchange.getResponseHeaders().add("Link", "</items?page=" + (page + 1) + ">; rel=\"next\"");
            }
            exchange.getResponseHeaders().add("Set-Cookie", "seen=" + requests.incrementAndGet() + "; Path=/");
            LoopbackServer.reply(
                    exchange,
                    200,
                    "application/json",
                    ("[" + page + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    private ShellHarness named() {
        ShellHarness shell = new ShellHarness(server.base()).home(home);
        shell.context().session().name("work");
        return shell;
    }

    @Test
    void nextSavesTheNamedSession() throws Exception {
        ShellHarness shell = named();
        assertThat(shell.line("get /items")).as(shell::err).isZero();
        assertThat(savedCookie(shell)).isEqualTo("1");
        assertThat(shell.line("next")).as(shell::err).isZero();
        assertThat(savedCookie(shell)).isEqualTo("2");
    }

    @Test
    void allPagesSavesTheNamedSession() throws Exception {
        ShellHarness shell = named();
        assertThat(shell.line("get /items --all-pages")).as(shell::err).isZero();
        assertThat(shell.out()).contains("1,").contains("3");
        assertThat(savedCookie(shell)).isEqualTo("3");
    }

    @Test
    void watchSavesTheNamedSession() throws Exception {
        ShellHarness shell = named();
        assertThat(shell.line("get /items")).as(shell::err).isZero();
        assertThat(shell.line("watch -n 0.1 --count 2")).as(shell::err).isZero();
        assertThat(requests).hasValue(3);
        assertThat(savedCookie(shell)).isEqualTo("3");
    }

    /** The value of the {@code seen} cookie in the saved session file. */
    private static String savedCookie(ShellHarness shell) throws Exception {
        Path file = SessionStore.of(shell.context().session().env()).path("work");
        assertThat(file).exists();
        JsonNode saved = Json.mapper().readTree(Files.readString(file));
        for (JsonNode cookie : saved.path("cookies")) {
            if (cookie.path("name").asText().equals("seen")) {
                return cookie.path("value").asText();
            }
        }
        return null;
    }
}
