package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.live.Message;
import dev.restsh.shell.live.OutgoingMessage;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code send MESSAGE}: a message over the session's WebSocket connection, kept as {@code _mN}. */
@Command(
        description = "Send a message over the WebSocket connection: text, JSON, key=value items, or @FILE.",
        footer = {
            "",
            "Examples:",
            "  send hello",
            "  send {\"subscribe\": {\"in\": \"10.0.0.0/8\"}}",
            "  send subscribe[in]=10.0.0.0/8 subscribe[version]:=4    (items build a JSON object, as for post)",
            "  send @message.json                                     (binary when the file is not UTF-8)",
            "  send 'a=b'                                             (quoted: the text itself)"
        })
public class SendCommand extends ShellCommand {
    @Parameters(arity = "1..*", paramLabel = "MESSAGE")
    List<String> words;

    public SendCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        OutgoingMessage outgoing =
                OutgoingMessage.read(String.join(" ", words), context.session(), context.workingDirectory());
        Message sent =
                outgoing.sendOver(context.live().current(), context.session().timeout());
        if (context.interactive()) {
            context.live().output().show(context.live().printer().sent(sent));
        }
        return 0;
    }
}
