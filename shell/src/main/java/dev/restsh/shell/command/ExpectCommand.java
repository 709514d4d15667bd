package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.ExpressionException;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.script.ExchangeSummary;
import dev.restsh.shell.script.Expectations;
import dev.restsh.shell.script.MessageExpectation;
import dev.restsh.shell.script.ScriptEvent;
import dev.restsh.shell.script.ScriptLine;
import dev.restsh.shell.script.Snapshots;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code expect ...}: asserts on the latest response; a failure explains itself and ends with status 6. */
@Command(
        description = "Assert on the latest response (an inspection expression, a status, or a jq filter),"
                + " or wait for a message.",
        footer = {
            "",
            "Examples:",
            "  expect response.status_code == 201",
            "  expect 'application/json' in response.headers['content-type']",
            "  expect len(response.json()['results']) == 2",
            "  expect status 2xx",
            "  expect status 200,204        (or '200|204': a bare | would pipe the output)",
            "  expect jq '.results | length == 2'",
            "  expect snapshot ips --ignore .createdAt --ignore '.results[].id' [--header ETag] [--update]",
            "  expect message within 5s jq '.type == \"created\"'   (waits for the next message that matches)",
            "  expect message within 2s message.json()['ip'] == '10.0.0.1'",
            "",
            "A failed expectation shows the values it saw; in a script it stops the script with exit status 6.",
            "A snapshot is __snapshots__/NAME.json beside the script (in the REPL: in the current folder),",
            "written the first time (and by run --update-snapshots), compared with the response after that."
        })
public class ExpectCommand extends ShellCommand {
    @Parameters(arity = "1..*", paramLabel = "EXPRESSION")
    List<String> words;

    public ExpectCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String source = String.join(" ", words).strip();
        Expectations expectations = new Expectations(context.session());
        String[] parts = source.split("\\s+", 2);
        Expectations.Check check;
        boolean onMessage = false;
        try {
            Optional<MessageExpectation> message = MessageExpectation.parse(source, context.session());
            if (message.isPresent()) {
                onMessage = true;
                check = message.get().check();
            } else if (parts.length == 2
                    && parts[0].equals("status")
                    && Expectations.isStatusPattern(unquote(parts[1]))) {
                check = expectations.status(unquote(parts[1]));
            } else if (parts[0].equals("snapshot")) {
                check = new Snapshots(context).expect(parts.length == 2 ? parts[1] : "");
            } else if (parts.length == 2 && parts[0].equals("jq")) {
                check = expectations.jq(LineSplitter.filter(parts[1]));
            } else {
                check = expectations.expression(source);
            }
        } catch (ExpressionException e) { // thrown again with the expression and a caret under the place
            throw new RestshException(ExitStatus.USAGE, e.describe(source), e);
        }
        ScriptLine line = context.scripting().current().map(run -> run.line()).orElse(null);
        String name = "expect " + source;
        if (check.passed()) {
            context.scripting().report(new ScriptEvent(line, ScriptEvent.Kind.PASSED, name, "", ""));
            if (context.interactive()) {
                println("passed: " + name);
            }
            return ExitStatus.OK.code();
        }
        String details = check.actual()
                + (onMessage
                        ? ""
                        : context.session()
                                .history()
                                .latest()
                                .map(e -> ExchangeSummary.of(e.response()))
                                .orElse(""));
        String where = context.scripting().position().map(at -> " at " + at).orElse("");
        context.scripting().report(new ScriptEvent(line, ScriptEvent.Kind.FAILED, name, "failed" + where, details));
        PrintWriter err = context.console().err();
        err.println("restsh: expectation failed" + where + ": " + name);
        // the details quote the server (the body's start, values): visible on a terminal, as the body itself is
        err.print(context.console().escapes() ? dev.restsh.shell.render.TerminalText.visible(details) : details);
        err.flush();
        return ExitStatus.EXPECTATION_FAILED.code();
    }

    private static String unquote(String text) {
        String filter = text.strip();
        if (filter.length() >= 2
                && (filter.startsWith("'") && filter.endsWith("'")
                        || filter.startsWith("\"") && filter.endsWith("\""))) {
            return filter.substring(1, filter.length() - 1);
        }
        return filter;
    }
}
