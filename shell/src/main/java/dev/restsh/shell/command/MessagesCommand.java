package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.live.Message;
import dev.restsh.shell.render.Sizes;
import dev.restsh.shell.render.TerminalText;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code messages}: the session's WebSocket messages and server-sent events, numbered as {@code _mN}. */
@Command(
        description = "List the messages of live connections (WebSocket, server-sent events): _m1, _m2 ...",
        footer = {"", "Examples:", "  messages", "  messages --last 5", "  _m3.json()['ip']", "  jq .ip _m3"})
public class MessagesCommand extends ShellCommand {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final int PREVIEW = 60;

    @Option(names = "--last", paramLabel = "N", description = "Only the newest N.")
    Integer last;

    public MessagesCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (last != null && last < 1) {
            throw dev.restsh.shell.RestshException.usage("--last must be 1 or more, not " + last);
        }
        PrintWriter out = out();
        List<Message> all = context.session().messages().all();
        if (all.isEmpty()) {
            out.println("no messages yet (ws URL opens a WebSocket; get on an event stream keeps its events)");
        }
        int from = last == null ? 0 : Math.max(0, all.size() - last);
        for (Message message : all.subList(from, all.size())) {
            out.printf(
                    "%-5s %s %-8s %s  %-6s %9s  %s%n",
                    message.name(),
                    message.direction().arrow(),
                    message.direction().word(),
                    CLOCK.format(message.time()),
                    message.binary() ? "binary" : "text",
                    Sizes.bytes(message.data().length),
                    preview(message));
        }
        out.flush();
        return 0;
    }

    /** The start of a message's text: enough for the preview, however large the message. */
    private static String head(Message message) {
        byte[] data = message.data();
        return new String(data, 0, Math.min(data.length, PREVIEW * 8), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String preview(Message message) {
        if (message.binary()) {
            return "";
        }
        String text = head(message).replaceAll("\\s*\n\\s*", " ");
        String cut = text.length() > PREVIEW ? text.substring(0, PREVIEW - 3) + "..." : text;
        return TerminalText.visible((message.event() == null ? "" : message.event() + ": ") + cut);
    }
}
