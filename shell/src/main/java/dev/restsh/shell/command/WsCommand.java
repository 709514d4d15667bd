package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.live.MessageLog;
import dev.restsh.shell.live.OutgoingMessage;
import dev.restsh.shell.live.WebSocketConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ws URL [ITEMS]}: opens the session's WebSocket connection. In the REPL and in scripts it returns at once and
 * messages are shown as they arrive; one-shot, or with {@code --count}, it listens in the foreground.
 */
@Command(
        description = "Open a WebSocket connection; received messages are shown as they arrive (one at a time).",
        footer = {
            "",
            "Examples:",
            "  ws /ips/changes                          (ws:// or wss:// from the base URL)",
            "  ws wss://echo.example/ Authorization:'Bearer abc' --subprotocol chat",
            "  ws /ips/changes --send '{\"subscribe\":{\"in\":\"10.0.0.0/8\"}}' --count 3",
            "  send type=ping        send @message.json        close 1000 done",
            "",
            "One-shot (restsh ws URL) or with --count, it stays until N messages arrived (exit 0), the server",
            "closes (0 for 1000, else 7), or --timeout passes (7 with --count, else 0); a refused upgrade exits",
            "with the status of its HTTP status (4, 5), any other failure to connect with 7."
        })
public class WsCommand extends ShellCommand {
    @Parameters(
            index = "0",
            paramLabel = "URL",
            description = "Relative to the base URL, or ws://, wss://, http(s)://.")
    String url;

    @Parameters(
            index = "1..*",
            arity = "0..*",
            paramLabel = "ITEMS",
            description = "Headers (Name:value) and query parameters (name==value) of the opening handshake.")
    List<String> items = new ArrayList<>();

    @Option(names = "--subprotocol", paramLabel = "NAME", description = "Offer this subprotocol (repeatable).")
    List<String> subprotocols = new ArrayList<>();

    @Option(
            names = "--send",
            paramLabel = "MESSAGE",
            description = "Send this message once connected (repeatable; as the send command reads it).")
    List<String> messages = new ArrayList<>();

    @Option(names = "--count", paramLabel = "N", description = "Stay until N messages arrived, then close.")
    Integer count;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Connect timeout, and how long to stay in the foreground (default: the session's timeout"
                    + " to connect, no limit to stay).")
    Double timeout;

    public WsCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (count != null && count < 1) {
            throw RestshException.usage("--count must be 1 or more, not " + count);
        }
        if (timeout != null && !(timeout > 0)) {
            throw RestshException.usage("--timeout must be a number of seconds above 0, not " + timeout);
        }
        Duration limit = timeout == null ? null : Duration.ofMillis((long) (timeout * 1000));
        RequestOptions options = new RequestOptions(
                true,
                limit == null ? context.session().timeout() : limit,
                true,
                context.session().tls(),
                context.session().proxy());
        MessageLog log = context.session().messages();
        long before = log.received();
        WebSocketConnection connection =
                context.live().open(url, items, subprotocols, options, count == null ? Long.MAX_VALUE : count);
        // One-shot, unless it is a script's line (restsh run FILE): the script's next lines must run.
        boolean foreground = count != null
                || context.oneShot() && context.scripting().current().isEmpty();
        if (!foreground || context.console().terminal()) {
            note("connected to " + connection.shownUrl()
                    + (connection.subprotocol().isEmpty() ? "" : " (subprotocol " + connection.subprotocol() + ")")
                    + (foreground ? "" : "; messages show as they arrive (send MESSAGE, close, messages)"));
        }
        for (String message : messages) {
            OutgoingMessage.read(message, context.session(), context.workingDirectory())
                    .sendOver(connection, options.timeout());
        }
        return foreground ? listen(connection, log, before, limit) : ExitStatus.OK.code();
    }

    /** Stays until the messages wanted arrived, the server closed, or the time is up. */
    private int listen(WebSocketConnection connection, MessageLog log, long before, Duration limit) {
        int wanted = count == null ? Integer.MAX_VALUE : count;
        boolean arrived = log.awaitCount(before, wanted, limit, connection::isClosed);
        if (arrived) {
            if (!connection.isClosed()) { // the server may have closed right after the last one
                connection.close(1000, "");
            }
            return ExitStatus.OK.code();
        }
        if (connection.isClosed()) {
            String how = connection.closing();
            if (count != null) {
                throw new RestshException(
                        ExitStatus.NETWORK,
                        "the connection closed (" + how + ") before " + count + " messages arrived");
            }
            return how.startsWith("1000") ? ExitStatus.OK.code() : ExitStatus.NETWORK.code();
        }
        connection.close(1000, "");
        if (count != null) {
            throw new RestshException(
                    ExitStatus.NETWORK,
                    (Thread.currentThread().isInterrupted() ? "cancelled" : "timed out after " + timeout + " s")
                            + " waiting for " + count + " messages");
        }
        return ExitStatus.OK.code();
    }
}
