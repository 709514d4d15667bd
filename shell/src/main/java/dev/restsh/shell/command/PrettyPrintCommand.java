package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.PrettyPrinter;
import dev.restsh.shell.render.JsonStreamFormatter;
import picocli.CommandLine.Command;

/** {@code pp EXPRESSION}: pdb's pp, printing the value as Python's {@code pprint.pprint} would. */
@Command(
        description = "Evaluate an inspection expression and print it as Python's pprint.pprint does (width 80).",
        footer = {"", "Examples:", "  pp response.json()", "  pp [x['ip'] for x in response.json()['results']]"})
public class PrettyPrintCommand extends PrintCommand {
    public PrettyPrintCommand(ShellContext context) {
        super(context);
    }

    @Override
    void render(Object value) {
        PrettyPrinter.Printed printed = PrettyPrinter.print(value, 80);
        println(printed.text());
        if (printed.flattened()) {
            context.console().warn(JsonStreamFormatter.flattenedNotice("the value"));
        }
    }
}
