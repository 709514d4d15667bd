package dev.restsh.shell.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.ExpressionException;
import dev.restsh.shell.inspect.Inspectable;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.inspect.JsonValues;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.session.Exchange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code let name = EXPRESSION}: a variable from the last response, read with the inspection syntax or, with
 * {@code let name = jq FILTER}, a jq filter on the body. Strings are stored as they are, other values as JSON.
 */
@Command(
        description = "Set a variable from a response: an inspection expression or 'jq FILTER'.",
        footer = {
            "",
            "Examples:",
            "  let ip = response.json()['results'][0]['ip']",
            "  let first = jq '.results[0].ip'",
            "  let status = _1.status_code",
            "  get /ips/{{ip}}"
        })
public class LetCommand extends ShellCommand {
    private static final Pattern LET = Pattern.compile("(?s)\\s*(" + SetCommand.NAME + ")\\s*=(.*)");
    private static final Pattern JQ = Pattern.compile("(?s)jq\\s+(.+)");

    @Parameters(arity = "1..*", paramLabel = "NAME = EXPRESSION")
    List<String> words;

    public LetCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String source = String.join(" ", words);
        Matcher let = LET.matcher(source);
        if (!let.matches() || let.group(2).isBlank()) {
            throw RestshException.usage(
                    "let takes NAME = EXPRESSION (for example: let ip = response.json()['results'][0]['ip'])");
        }
        String expression = let.group(2).strip();
        Matcher jq = JQ.matcher(expression);
        String value;
        if (jq.matches()) {
            value = jq(LineSplitter.filter(jq.group(1)));
        } else {
            try {
                value = text(new Evaluator(new SessionScope(context.session())).evaluate(expression));
            } catch (ExpressionException e) { // thrown again with the expression and a caret under the place
                throw new RestshException(ExitStatus.USAGE, e.describe(expression), e);
            }
        }
        context.session().variables().put(let.group(1), value);
        println(let.group(1) + " = " + value);
        return 0;
    }

    private String jq(String filter) {
        Exchange latest = context.session()
                .history()
                .latest()
                .orElseThrow(() -> RestshException.usage("no response yet: send a request first"));
        List<JsonNode> results =
                JqRunner.run(filter, Json.parse(latest.response().body().open()));
        if (results.size() != 1) {
            throw RestshException.usage("jq " + filter + " gave " + results.size()
                    + " results; a variable holds one (wrap them in [...] to keep a list)");
        }
        return text(results.get(0));
    }

    /** Strings as they are (to go into URLs), everything else as JSON text (to go into := items). */
    private static String text(Object value) {
        Optional<JsonNode> data = JsonValues.of(value);
        if (data.isPresent()) {
            return data.get().isTextual() ? data.get().asText() : data.get().toString();
        }
        if (value instanceof Inspectable inspectable) {
            throw RestshException.usage("a variable holds text, not a " + inspectable.typeName()
                    + ": pick a value from it (for example: response.json()['results'][0]['ip'])");
        }
        if (value instanceof JsonNode node) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return Json.mapper().valueToTree(value).toString();
    }
}
