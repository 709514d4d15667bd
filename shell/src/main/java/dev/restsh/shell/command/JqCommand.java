package dev.restsh.shell.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.inspect.MessageObject;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.render.JsonStreamFormatter;
import dev.restsh.shell.render.JsonTreePrinter;
import dev.restsh.shell.render.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jq FILTER [_N]}: a real jq filter on a JSON body; each result printed as pretty JSON. */
@Command(
        description = "Run a jq filter on the JSON body of the newest response (or of _N).",
        footer = {
            "",
            "Examples:",
            "  jq .results[0]",
            "  jq '.results[] | select(.ip | startswith(\"10.\")) | .ip' _2",
            "  jq -r '.results[].ip'",
            "  jq .ip _m3                (a WebSocket message or server-sent event)"
        })
public class JqCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "FILTER", description = "A jq filter (quote it when it has spaces or |).")
    String filter;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "_N",
            description = "The response (default: _, the newest), or a message _mN.")
    String response;

    @Option(
            names = {"-r", "--raw-output"},
            description = "Print strings without quotes.")
    boolean raw;

    @Option(
            names = {"-c", "--compact-output"},
            description = "One line per result.")
    boolean compact;

    public JqCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        JqRunner.compile(filter); // a syntax error is reported before the body is read
        SessionScope scope = new SessionScope(context.session());
        String name = response == null ? "_" : response;
        JsonNode input = MessageObject.NAME.matcher(name).matches()
                ? scope.message(name).json()
                : scope.response(response).json();
        List<JsonNode> results = JqRunner.run(filter, input, name);
        PrintWriter out = out();
        JsonTreePrinter printer = new JsonTreePrinter(context.console().colour(), !compact);
        boolean flattened = false;
        for (JsonNode result : results) {
            if (raw && result.isTextual()) {
                String text = result.textValue(); // the server's text, as it is: visible on a terminal
                out.println(context.console().escapes() ? TerminalText.visible(text) : text);
            } else {
                flattened |= printer.show(result, out, context.console().outStream());
            }
        }
        out.flush();
        if (flattened) {
            context.console().warn(JsonStreamFormatter.flattenedNotice("a result"));
        }
        return 0;
    }
}
