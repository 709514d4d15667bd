package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code set name=value}: session variables, used as {@code {{name}}} in URLs, items and headers. */
@Command(
        description = "Set variables (used as {{name}} in URLs, items and headers), remove them (-d), or list them.",
        footer = {"", "Examples:", "  set ip=10.0.0.1", "  get /ips/{{ip}}", "  set -d ip"})
public class SetCommand extends ShellCommand {
    static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

    @Option(
            names = {"-d", "--delete"},
            paramLabel = "NAME",
            description = "Remove this variable.")
    List<String> delete;

    @Parameters(arity = "0..*", paramLabel = "NAME=VALUE")
    List<String> assignments;

    public SetCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Map<String, String> variables = context.session().variables();
        PrintWriter out = out();
        if (delete != null) {
            for (String name : delete) {
                if (variables.remove(name) == null) {
                    throw RestshException.usage("no variable named " + name);
                }
            }
        }
        if (assignments != null) {
            for (String assignment : assignments) {
                int equals = assignment.indexOf('=');
                String name = equals < 0 ? assignment : assignment.substring(0, equals);
                if (equals < 0 || !name.matches(NAME)) {
                    throw RestshException.usage("set takes NAME=VALUE with a name of letters, digits and _ "
                            + "(for example: set ip=10.0.0.1), not '" + assignment + "'");
                }
                variables.put(name, assignment.substring(equals + 1));
            }
        }
        if (delete == null && assignments == null) {
            if (variables.isEmpty()) {
                out.println("no variables (set one with: set name=value)");
            }
            variables.forEach((name, value) -> out.println(name + " = " + value));
        }
        out.flush();
        return 0;
    }
}
