package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.live.WebSocketConnection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code close [CODE [REASON]]}: closes the WebSocket connection with a closing handshake. */
@Command(
        description = "Close the WebSocket connection (default code 1000, normal closure).",
        footer = {"", "Examples:", "  close", "  close 1000 done", "  close 4000 'going away for now'"})
public class CloseCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "1000, or 3000-4999.")
    Integer code;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "REASON")
    List<String> reason = List.of();

    public CloseCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        int status = code == null ? 1000 : code;
        if (status != 1000 && (status < 3000 || status > 4999)) {
            // RFC 6455 7.4: the other codes are the protocol's own, never sent by an application.
            throw RestshException.usage("a close code is 1000 or 3000 to 4999, not " + status);
        }
        String text = String.join(" ", reason);
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
            throw RestshException.usage("a close reason is at most 123 bytes of UTF-8");
        }
        WebSocketConnection connection = context.live().current();
        connection.close(status, text);
        if (context.interactive()) {
            println("closed " + connection.shownUrl() + " (" + connection.closing() + ")");
        }
        return 0;
    }
}
