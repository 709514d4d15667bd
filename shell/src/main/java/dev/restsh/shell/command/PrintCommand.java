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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code print EXPRESSION}: evaluates an inspection expression and prints its value. A line that is not a
 * command is an expression too, so {@code response.json()} alone does the same, except that a None there prints
 * nothing ({@code response.raise_for_status()}), as Python's interactive prompt does.
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

    /** A line typed without {@code p}: None shows nothing there, as at Python's prompt and pdb's. */
    @Option(names = "--bare-line", hidden = true, description = "The expression was typed alone on a line.")
    boolean bareLine;

    public PrintCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String source = String.join(" ", expression);
        try {
            Object value = new Evaluator(new SessionScope(context.session())).evaluate(source);
            if (value != null || !bareLine) {
                render(value);
            }
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
