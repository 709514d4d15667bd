package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.ExpressionException;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.render.ValueRenderer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code print EXPRESSION}: evaluates an inspection expression and prints its value. A line that is not a
 * command is an expression too, so {@code response.json()} alone does the same.
 */
@Command(
        description = "Evaluate an inspection expression and print its value (the word 'print' may be left out).",
        footer = {
            "",
            "Examples:",
            "  response",
            "  dir(response)",
            "  response.json()['results'][1]['ip']",
            "  response.headers['content-type']",
            "  _1.status_code == 200"
        })
public class PrintCommand extends ShellCommand {
    @Parameters(arity = "1..*", paramLabel = "EXPRESSION")
    List<String> expression;

    public PrintCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String source = String.join(" ", expression);
        try {
            Object value = new Evaluator(new SessionScope(context.session())).evaluate(source);
            render(value);
            return ExitStatus.OK.code();
        } catch (ExpressionException e) { // thrown again with the expression and a caret under the place
            throw new RestshException(ExitStatus.USAGE, e.describe(source), e);
        }
    }

    /** Prints the value: JSON as JSON, everything else as Python's repr (strings as they are). */
    void render(Object value) {
        new ValueRenderer(context.console()).render(value);
    }
}
